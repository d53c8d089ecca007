import type { Source, Unit } from '../dataset/schema';
import type { BodyEncoding, FetchResult } from './fetch';

/** One figure a provider read, with where it was read. Merged into the dataset as an observation. */
export interface ProviderObservation {
  indicator: string;
  /** YYYY-MM-DD for daily figures and step rates (the day the value took effect), YYYY-MM, YYYY-Qn. */
  period: string;
  value: number;
  unit: Unit;
  as_of: string;
  source: Source;
  note?: string;
}

export const PROVIDER_IDS = [
  'ecb',
  'treasury',
  'coinbase',
  'fred',
  'tic',
  'ecb-data',
  'bls',
  'boj',
  'boe',
  'boc',
  'rba',
  'snb',
  'mof-jgb',
  'ons',
  'worldbank',
  'bundesbank',
  'cfets',
  // p2
  'sse',
  'hsil',
  'ecos',
  // p3
  'lbma',
  'fomc-goals',
  'boj-target',
  'fedreg',
  // stoxx
  'stoxx',
  // euronext
  'euronext',
  // estat
  'estat',
  // v1
  'nbs',
  'jpx',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export interface ProviderContext {
  now: Date;
  /** GET with the run's limits and stored validators; 304 means "unchanged since last time". */
  get(url: string, accept?: string, encoding?: BodyEncoding): Promise<FetchResult>;
  /** Rewrites a production URL for test builds (see config.ts); identity in production. */
  resolve(url: string): string;
  /** A FRED API key the reader supplied, used only when the keyless download fails. */
  fredApiKey?: string;
}

export interface ProviderOutcome {
  observations: ProviderObservation[];
  /** Every request came back 304. */
  unchanged: boolean;
  /** Parts of the reply that could not be used (one series of several), each with its reason. */
  problems?: string[];
}

export interface Provider {
  id: ProviderId;
  /** Shown in the popup. */
  label: string;
  /** Production URLs this provider may fetch at `now`; their origins are the permissions asked for. */
  urls(now: Date): string[];
  /** Catalogue indicator ids this provider brings up to date (read by `npm run data -- --coverage`). */
  indicators: readonly string[];
  fetch(ctx: ProviderContext): Promise<ProviderOutcome>;
}
