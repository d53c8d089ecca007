import { localItem } from '../local-item';
import { PROVIDER_IDS, type ProviderId } from './types';
import { PUBLISHED_DATASET_URL } from './published';

export type RefreshFrequency = 'daily' | 'weekly';

export interface RefreshSettings {
  /** Off until the reader opts in from the popup. */
  enabled: boolean;
  frequency: RefreshFrequency;
  /** A published dataset in the bundled format; empty for none. */
  datasetUrl: string;
  providers: Record<ProviderId, boolean>;
  /** The reader's own FRED API key, tried only when FRED's keyless download fails; empty for none. */
  fredApiKey: string;
}

/** Every provider switched on. */
export const ALL_PROVIDERS = Object.fromEntries(PROVIDER_IDS.map((id) => [id, true])) as Record<ProviderId, boolean>;

export const DEFAULT_REFRESH_SETTINGS: RefreshSettings = {
  enabled: false,
  frequency: 'daily',
  datasetUrl: PUBLISHED_DATASET_URL,
  providers: ALL_PROVIDERS,
  fredApiKey: '',
};

export const refreshSettings = localItem<RefreshSettings>('refreshSettings', DEFAULT_REFRESH_SETTINGS);

type RefreshResult = 'updated' | 'unchanged' | 'partial' | 'failed';

export interface SourceReport {
  /** 'dataset-url' or a provider id. */
  id: string;
  ok: boolean;
  /** One line: what came back, or why it failed. */
  detail: string;
}

/** The last attempt, shown in the popup. */
export interface RefreshStatus {
  /** ISO time the attempt finished. */
  at: string;
  trigger: 'alarm' | 'manual' | 'startup';
  result: RefreshResult;
  /** One readable sentence: what changed, or why nothing did. */
  reason: string;
  /** Version in use after the attempt. */
  version: string | null;
  sources: SourceReport[];
}

export const refreshStatus = localItem<RefreshStatus | null>('refreshStatus', null);

/** Coerces whatever is stored (older shapes, hand edits) into valid settings. */
export function normalizeSettings(raw: Partial<RefreshSettings> | null | undefined): RefreshSettings {
  const d = DEFAULT_REFRESH_SETTINGS;
  const providers = { ...d.providers };
  for (const id of PROVIDER_IDS) {
    if (typeof raw?.providers?.[id] === 'boolean') providers[id] = raw.providers[id];
  }
  return {
    enabled: raw?.enabled === true,
    frequency: raw?.frequency === 'weekly' ? 'weekly' : 'daily',
    datasetUrl: typeof raw?.datasetUrl === 'string' ? raw.datasetUrl.trim() : d.datasetUrl,
    providers,
    fredApiKey:
      typeof raw?.fredApiKey === 'string' && /^[A-Za-z0-9]{1,64}$/.test(raw.fredApiKey.trim())
        ? raw.fredApiKey.trim()
        : '',
  };
}

export const PERIOD_MINUTES: Record<RefreshFrequency, number> = { daily: 24 * 60, weekly: 7 * 24 * 60 };

/**
 * The refreshed dataset in use failed its checks on reading and was set aside: the popup's status
 * says why, while the bundled snapshot marks.
 */
export async function reportSetAside(reason: string, version: string): Promise<void> {
  await refreshStatus.setValue({
    at: new Date().toISOString(),
    trigger: 'startup',
    result: 'failed',
    reason,
    version,
    sources: [],
  });
}
