import type { Source, Unit } from '../dataset/schema';
import type { FetchResult } from './fetch';

/** One figure a provider read, with where it was read. Merged into the dataset as an observation. */
export interface ProviderObservation {
  indicator: string;
  /** YYYY-MM-DD for the daily figures the providers publish. */
  period: string;
  value: number;
  unit: Unit;
  as_of: string;
  source: Source;
  note?: string;
}

export const PROVIDER_IDS = ['ecb', 'treasury', 'coinbase'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export interface ProviderContext {
  now: Date;
  /** GET with the run's limits and stored validators; 304 means "unchanged since last time". */
  get(url: string, accept?: string): Promise<FetchResult>;
  /** Rewrites a production URL for test builds (see config.ts); identity in production. */
  resolve(url: string): string;
}

export interface ProviderOutcome {
  observations: ProviderObservation[];
  /** Every request came back 304. */
  unchanged: boolean;
}

export interface Provider {
  id: ProviderId;
  /** Shown in the popup. */
  label: string;
  /** Production URLs this provider may fetch at `now`; their origins are the permissions asked for. */
  urls(now: Date): string[];
  fetch(ctx: ProviderContext): Promise<ProviderOutcome>;
}
