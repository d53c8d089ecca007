/**
 * Build-time switches. `CLAIMLENS_REFRESH_BASE` (read by wxt.config.ts into
 * __CLAIMLENS_REFRESH_BASE__) points every refresh source at a local test server, e.g.
 * https://127.0.0.1:47813, for the test build only; the production build leaves it empty and
 * fetches the real https endpoints.
 */
declare const __CLAIMLENS_REFRESH_BASE__: string | undefined;

export const REFRESH_BASE: string =
  typeof __CLAIMLENS_REFRESH_BASE__ === 'string' ? __CLAIMLENS_REFRESH_BASE__.replace(/\/+$/, '') : '';

/**
 * Maps a production URL onto `base`: https://host/path?q → base/host/path?q. With no base the URL
 * is returned as it is.
 */
export function resolveSourceUrl(url: string, base: string = REFRESH_BASE): string {
  if (!base) return url;
  const u = new URL(url);
  return `${base}/${u.host}${u.pathname}${u.search}`;
}

/** The match pattern that grants a URL's host (any port), for permissions.request/contains. */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
