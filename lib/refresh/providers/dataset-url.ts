import type { Dataset } from '../../dataset/schema';
import { validateDataset } from '../../dataset/validate';
import { compareVersions } from '../../dataset/version';
import { RefreshError, type FetchResult } from '../fetch';

/**
 * A whole dataset published at a URL, in exactly the bundled format (the public/dataset.json that
 * `npm run data` writes). Accepted only if it passes the same validation as the build and is
 * not older than the dataset already held.
 */
export type DatasetUrlOutcome =
  | { kind: 'unchanged' } // 304, or the same version as held
  | { kind: 'newer'; dataset: Dataset };

export function readPublishedDataset(res: FetchResult, held: Dataset): DatasetUrlOutcome {
  if (res.status === 304) return { kind: 'unchanged' };
  let raw: unknown;
  try {
    raw = JSON.parse(res.text);
  } catch (err) {
    throw new RefreshError(`dataset URL: the file is not valid JSON (${(err as Error).message.slice(0, 80)})`);
  }
  const checked = validateDataset(raw);
  if (!checked.ok) {
    const more = checked.errors.length > 3 ? ` and ${checked.errors.length - 3} more` : '';
    throw new RefreshError(`dataset URL: the file failed validation: ${checked.errors.slice(0, 3).join('; ')}${more}`);
  }
  const order = compareVersions(checked.dataset.version, held.version);
  if (order < 0) {
    throw new RefreshError(
      `dataset URL: version ${checked.dataset.version} is older than the ${held.version} already in use`,
    );
  }
  if (order === 0) return { kind: 'unchanged' };
  return { kind: 'newer', dataset: checked.dataset };
}
