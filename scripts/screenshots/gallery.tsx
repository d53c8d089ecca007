import { render } from 'preact';
import { ClaimCard } from '../../components/ClaimCard';
import type { Claim } from '../../lib/claims/types';
import type { Series } from '../../lib/dataset/schema';

/** The page the screenshot script opens: one card, from the claim and series it was handed. */
const data = (window as unknown as { __CARD__: { claim: Claim; series: Series | null; theme: 'light' | 'dark' } })
  .__CARD__;
const noop = () => {};
render(
  <ClaimCard
    claim={data.claim}
    series={data.series}
    theme={data.theme}
    site="ainvest.com"
    onClose={noop}
    onHide={noop}
    onReport={async () => {}}
    onDisableSite={noop}
  />,
  document.getElementById('app')!,
);
