/**
 * Dataset versions are 'YYYY.M.D' (from the snapshot date) with an optional '.N' for a second
 * build of the same day. Compared numerically, part by part; a missing part counts as 0, so
 * '2026.7.1' < '2026.7.1.1' < '2026.7.2'.
 */
const VERSION_RE = /^\d{4}\.\d{1,2}\.\d{1,2}(?:\.\d+)?$/;

export function isVersion(v: string): boolean {
  return VERSION_RE.test(v);
}

function parts(v: string): number[] {
  if (!isVersion(v)) throw new Error(`not a dataset version: "${v}"`);
  return v.split('.').map(Number);
}

/** Negative if a is older than b, 0 if equal, positive if newer. Throws on malformed input. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let k = 0; k < 4; k++) {
    const d = (pa[k] ?? 0) - (pb[k] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The version a build made from this snapshot date gets ('2026-07-03' → '2026.7.3'). */
export function versionFromSnapshot(snapshot: string, revision = 0): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(snapshot);
  if (!m) throw new Error(`not a snapshot date: "${snapshot}"`);
  const base = `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
  return revision > 0 ? `${base}.${revision}` : base;
}
