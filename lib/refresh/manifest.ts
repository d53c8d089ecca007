import { RefreshError } from './fetch';

/**
 * The manifest published beside a dataset (dataset.manifest.json): which file, which version, its
 * SHA-256 and size. A dataset whose bytes do not hash to the manifest's value (a half-uploaded
 * file, a stale CDN copy of one of the two) is refused before it is parsed.
 *   {"file":"dataset.json","version":"2026.12.3.1","sha256":"<64 hex>","bytes":123456}
 */
export interface DatasetManifest {
  file: string;
  version: string;
  sha256: string;
  bytes: number;
}

export const MANIFEST_NAME = 'dataset.manifest.json';

/** The manifest's URL: the same folder as the dataset. */
export function manifestUrlFor(datasetUrl: string): string {
  return new URL(MANIFEST_NAME, datasetUrl).href;
}

export function parseManifest(text: string): DatasetManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new RefreshError('dataset manifest: not valid JSON');
  }
  const m = raw as Partial<DatasetManifest> | null;
  if (
    !m ||
    typeof m.file !== 'string' ||
    typeof m.version !== 'string' ||
    typeof m.sha256 !== 'string' ||
    !/^[0-9a-f]{64}$/.test(m.sha256) ||
    typeof m.bytes !== 'number'
  ) {
    throw new RefreshError('dataset manifest: expected {file, version, sha256 (64 hex), bytes}');
  }
  return { file: m.file, version: m.version, sha256: m.sha256, bytes: m.bytes };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Throws unless `text` is the file the manifest describes. */
export async function checkAgainstManifest(text: string, m: DatasetManifest): Promise<void> {
  const hash = await sha256Hex(text);
  if (hash !== m.sha256) {
    throw new RefreshError(
      `dataset URL: the file's SHA-256 ${hash.slice(0, 12)}… differs from the manifest's ${m.sha256.slice(0, 12)}…`,
    );
  }
  const version = /"version":"([^"]+)"/.exec(text)?.[1];
  if (version !== m.version)
    throw new RefreshError(`dataset URL: the file is version ${version ?? '?'}, the manifest says ${m.version}`);
}

/** The manifest for a dataset text (what `npm run data -- --refresh` writes). */
export async function makeManifest(text: string, version: string, file = 'dataset.json'): Promise<DatasetManifest> {
  return { file, version, sha256: await sha256Hex(text), bytes: new TextEncoder().encode(text).length };
}
