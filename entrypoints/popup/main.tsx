import { render } from 'preact';
import { PopupApp, type ActiveTab } from '../../components/popup/PopupApp';
import { RefreshSlot } from './RefreshSlot';
import './style.css';

async function activeTab(): Promise<ActiveTab | null> {
  // Tests open the popup in a tab of its own and name the page it describes with ?tab=ID.
  const forced = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = forced
    ? [await browser.tabs.get(forced)]
    : await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return null;
  let url: URL | null = null;
  try {
    url = tab.url ? new URL(tab.url) : null;
  } catch {
    url = null;
  }
  return { id: tab.id, url };
}

void activeTab().then((tab) =>
  render(<PopupApp tab={tab} refreshSlot={<RefreshSlot />} />, document.getElementById('app')!),
);
