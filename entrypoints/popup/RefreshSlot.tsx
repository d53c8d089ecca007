import { RefreshPanel } from '../../components/RefreshPanel';

/** Where the dataset refresh controls go: components/RefreshPanel.tsx (owned by the refresh work). */
export function RefreshSlot() {
  return <RefreshPanel />;
}
