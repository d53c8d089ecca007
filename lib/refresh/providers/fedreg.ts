import { RefreshError } from '../fetch';
import { assertPlausible } from '../plausible';
import type { Provider, ProviderObservation } from '../types';
import { DATE_RE } from '../../dataset/schema';
import { pageText } from './page-text';

/**
 * Federal Register API v1 (keyless JSON), Executive Order 14345 "Implementing the United
 * States-Japan Agreement" (FR Doc 2025-17389), then its plain text:
 *   GET https://www.federalregister.gov/api/v1/documents/2025-17389.json
 *   → {"document_number":"2025-17389","executive_order_number":14345,"title":"…","signing_date":"2025-09-04",
 *      "publication_date":"2025-09-09","raw_text_url":"https://www.federalregister.gov/documents/full_text/text/…txt",…}
 *   GET <raw_text_url> → the GPO text of the order inside <html><body><pre>…</pre></body></html>.
 * The pledge is the dollar amount the order says Japan will invest ("invest $550 billion in the
 * United States"); the period is the signing date. The text URL is followed only on this host.
 */
const FR_HOST = 'www.federalregister.gov';
const FR_EO_JSON_URL = `https://${FR_HOST}/api/v1/documents/2025-17389.json`;
const EO_NUMBER = 14345;

const SOURCE = {
  name: 'Executive Order 14345, Implementing the United States-Japan Agreement (Federal Register)',
  url: 'https://www.federalregister.gov/documents/2025/09/09/2025-17389/implementing-the-united-states-japan-agreement',
};

interface EoMeta {
  signingDate: string;
  rawTextUrl: string;
}

export function parseEoMeta(text: string): EoMeta {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RefreshError('Federal Register: the document reply is not JSON');
  }
  const d = json as { executive_order_number?: unknown; signing_date?: unknown; raw_text_url?: unknown };
  if (d.executive_order_number !== EO_NUMBER && d.executive_order_number !== String(EO_NUMBER))
    throw new RefreshError(`Federal Register: the document is not Executive Order ${EO_NUMBER}`);
  if (typeof d.signing_date !== 'string' || !DATE_RE.test(d.signing_date))
    throw new RefreshError('Federal Register: the document has no signing_date');
  if (typeof d.raw_text_url !== 'string') throw new RefreshError('Federal Register: the document has no raw_text_url');
  let url: URL;
  try {
    url = new URL(d.raw_text_url);
  } catch {
    throw new RefreshError('Federal Register: raw_text_url is not a URL');
  }
  // Only the declared host is ever asked: a reply cannot send the refresh elsewhere.
  if (url.protocol !== 'https:' || url.host !== FR_HOST)
    throw new RefreshError(`Federal Register: raw_text_url is not on ${FR_HOST}`);
  return { signingDate: d.signing_date, rawTextUrl: url.href };
}

/** "will invest $550 billion", "investments of $550 billion": the amount in USD. */
const PLEDGE_RE = /\binvest\w*\s+(?:\w+\s+){0,3}\$\s?(\d[\d,]*(?:\.\d+)?)\s+(billion|trillion)\b/gi;
const SCALE = { billion: 1e9, trillion: 1e12 } as const;

export function parsePledge(text: string): number {
  const amounts = new Set<number>();
  for (const m of pageText(text).matchAll(PLEDGE_RE)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    amounts.add(Math.round(n * SCALE[m[2]!.toLowerCase() as keyof typeof SCALE]));
  }
  if (amounts.size === 0)
    throw new RefreshError('Federal Register: the order text no longer states an investment amount');
  if (amounts.size > 1)
    throw new RefreshError(`Federal Register: the order text states ${amounts.size} different investment amounts`);
  return [...amounts][0]!;
}

export const fedRegProvider: Provider = {
  id: 'fedreg',
  label: 'Federal Register (Japan investment pledge, EO 14345)',
  indicators: ['jp.us_investment_pledge'],
  urls: () => [FR_EO_JSON_URL],
  async fetch(ctx) {
    const meta = await ctx.get(ctx.resolve(FR_EO_JSON_URL), 'application/json');
    if (meta.status === 304) return { observations: [], unchanged: true };
    const { signingDate, rawTextUrl } = parseEoMeta(meta.text);
    const body = await ctx.get(ctx.resolve(rawTextUrl), 'text/plain, text/html');
    if (body.status === 304) return { observations: [], unchanged: true };
    const value = parsePledge(body.text);
    assertPlausible('Federal Register', 'jp.us_investment_pledge', 'USD', value, signingDate);
    const o: ProviderObservation = {
      indicator: 'jp.us_investment_pledge',
      period: signingDate,
      value,
      unit: 'USD',
      as_of: ctx.now.toISOString().slice(0, 10),
      source: SOURCE,
      note: 'amount the order says Japan will invest; period = signing date of the order',
    };
    return { observations: [o], unchanged: false };
  },
};
