import { describe, expect, it } from 'vitest';
import { parseBojTarget } from './boj-target';
import { parseEoMeta, parsePledge } from './fedreg';
import { parseFomcGoal } from './fomc-goals';

/** Figures read from sentences on official pages: the wordings each parser must accept or refuse. */
describe('parseBojTarget', () => {
  it('reads the target and the month it was set, in either word order', () => {
    const a =
      '<p>On this basis, the Bank set the "price stability target" at 2 percent in terms of CPI in January 2013.</p>';
    const b =
      '<p>On this basis, the Bank in January 2013 set the price stability target at 2 percent in terms of CPI.</p>';
    expect(parseBojTarget(a)).toEqual({ value: 2, since: '2013-01' });
    expect(parseBojTarget(b)).toEqual({ value: 2, since: '2013-01' });
  });
  it('skips the page title, which names the target but no month', () => {
    const html =
      '<h1>Price Stability Target of 2 Percent</h1><p>The "price stability target" at 2 percent was set in January 2013.</p>';
    expect(parseBojTarget(html).since).toBe('2013-01');
  });
  it('fails clearly when the sentence is gone', () => {
    expect(() => parseBojTarget('<p>Monetary policy outline.</p>')).toThrow(/not on the page/);
  });
});

describe('parseFomcGoal', () => {
  it('reads the goal and takes the earliest dated entry as the day it took effect', () => {
    const html =
      '<p>The Statement sets inflation at a rate of 2 percent.</p><ul><li><strong>August 22, 2025</strong>: revised</li><li>January 25, 2012: first</li></ul>';
    expect(parseFomcGoal(html)).toEqual({ value: 2, since: '2012-01-25' });
  });
  it('fails clearly without the sentence or without a dated entry', () => {
    expect(() => parseFomcGoal('<p>January 25, 2012: first</p>')).toThrow(/inflation goal is not on the page/);
    expect(() => parseFomcGoal('<p>inflation at the rate of 2 percent</p>')).toThrow(/no dated entry/);
  });
});

describe('parsePledge', () => {
  it('reads the amount the order says will be invested, not other dollar amounts', () => {
    expect(
      parsePledge('<pre>Japan will\n    invest $550 billion in the United States; purchases of $8 billion</pre>'),
    ).toBe(550e9);
    expect(parsePledge('investments of $1.2 trillion')).toBe(1.2e12);
  });
  it('refuses a text with two different investment amounts', () => {
    expect(() => parsePledge('invest $550 billion … invest $400 billion')).toThrow(/2 different investment amounts/);
  });
});

describe('parseEoMeta', () => {
  const meta = (over: Record<string, unknown>) =>
    JSON.stringify({
      executive_order_number: 14345,
      signing_date: '2025-09-04',
      raw_text_url: 'https://www.federalregister.gov/documents/full_text/text/2025/09/09/2025-17389.txt',
      ...over,
    });
  it('reads the signing date and the text URL of EO 14345', () => {
    expect(parseEoMeta(meta({})).signingDate).toBe('2025-09-04');
  });
  it('never follows a text URL to another host, and refuses another order', () => {
    expect(() => parseEoMeta(meta({ raw_text_url: 'https://evil.example/x.txt' }))).toThrow(
      /not on www\.federalregister\.gov/,
    );
    expect(() => parseEoMeta(meta({ executive_order_number: 14257 }))).toThrow(/not Executive Order 14345/);
  });
});
