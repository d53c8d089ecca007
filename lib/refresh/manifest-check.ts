import type { FetchResult } from './fetch';
import { checkAgainstManifest, manifestUrlFor, parseManifest } from './manifest';

/**
 * The refresh's one use of the manifest: a freshly downloaded dataset (status 200) is accepted
 * only if the manifest beside it names its exact bytes. A 304 reuses what was checked before.
 * The manifest is fetched without stored validators so it is never "unchanged" against a new file.
 */
export async function checkPublishedManifest(
  res: FetchResult,
  datasetUrl: string,
  get: (url: string, accept?: string) => Promise<FetchResult>,
): Promise<void> {
  if (res.status !== 200) return;
  const m = await get(manifestUrlFor(datasetUrl), 'application/json');
  if (m.status !== 200) return;
  await checkAgainstManifest(res.text, parseManifest(m.text));
}
