import { describe, expect, it } from 'vitest';
import { nonPrimarySource } from './primary-source';

describe('primary-source: a facts row cites the publisher, never the copy', () => {
  it.each([
    'https://www.cmegroup.com/markets/metals/precious/silver.html',
    'https://www.lbma.org.uk/prices-and-data/precious-metal-prices',
    'https://content.govdelivery.com/bulletins/gd/USDHSCBP-40b3b7b',
    'https://truthsocial.com/@realDonaldTrump',
  ])('accepts %s', (url) => {
    expect(nonPrimarySource('cmd.gold_usd', '2026-01-26', url)).toBeNull();
  });

  it.each([
    'https://www.deccanherald.com/business/markets/gold-hits-record',
    'https://www.finanznachrichten.de/nachrichten-2025-03/x.htm',
    // Another agency's (or a company's) bulletin on the same service is not CBP's.
    'https://content.govdelivery.com/bulletins/gd/XYZCORP-1a2b3c',
    // Anyone may post on a social network: only the account that published the document counts.
    'https://truthsocial.com/@someone/115',
  ])('refuses %s and names the row', (url) => {
    expect(nonPrimarySource('cmd.gold_usd', '2026-01-26', url)).toMatch(
      /^cmd\.gold_usd 2026-01-26: source url ".*" is not a publisher's page .*put this one in "via"$/,
    );
  });
});
