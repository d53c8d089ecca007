/**
 * One bounded HTTP GET for the dataset refresh. Every download is limited three ways: a total
 * deadline (headers and body together, so a server that trickles a byte a second cannot hold the
 * worker open), a byte cap enforced while streaming (Content-Length can lie or be absent), and
 * https only, every redirect checked before it is followed.
 *
 * Nothing identifying is sent: no cookies (credentials 'omit'), no referrer, no header but Accept,
 * and never an ETag or Last-Modified sent back (a host could make those unique to each install).
 */

export interface FetchLimits {
  /** Total time for the whole exchange, headers and body. */
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
}

const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 8 * 1024 * 1024 };
/** Redirects followed before giving up (each one checked before it is followed). */
const MAX_REDIRECTS = 5;
/** A server's status text is shown in the popup: no more than this of it. */
const MAX_STATUS_TEXT = 60;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface Validators {
  etag?: string;
  lastModified?: string;
}

/** How a body is read: UTF-8, or Shift_JIS for Japanese publishers' CSV files (JPX). */
export type BodyEncoding = 'utf-8' | 'shift_jis';

export interface FetchOptions extends Partial<FetchLimits> {
  accept?: string;
  /** UTF-8 unless said; a body that is not valid text in this encoding is refused. */
  encoding?: BodyEncoding;
  /**
   * Test builds and tests serve payloads from http://127.0.0.1; production never sets this, so
   * a production build fetches https only.
   */
  allowHttpLoopback?: boolean;
  fetchImpl?: typeof fetch;
}

export type FetchResult =
  | { status: 304; url: string }
  | { status: 200; url: string; text: string; validators: Validators; date: string | null };

/** A failure with a sentence fit for the popup. */
export class RefreshError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefreshError';
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Throws unless the URL may be fetched: https, or http to loopback when explicitly allowed. */
export function checkFetchUrl(raw: string, allowHttpLoopback = false): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RefreshError(`"${raw.slice(0, 120)}" is not a URL`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && allowHttpLoopback && LOOPBACK.has(url.hostname)) return url;
  throw new RefreshError(`${url.origin} is not https`);
}

export async function fetchWithLimits(rawUrl: string, opts: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const maxBytes = opts.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  let url = checkFetchUrl(rawUrl, opts.allowHttpLoopback);
  const doFetch = opts.fetchImpl ?? fetch;
  let host = url.host;

  // Accept only: no conditional headers, whose ETag or date a host could have made unique to this install.
  const headers: Record<string, string> = { Accept: opts.accept ?? '*/*' };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  try {
    let res: Response;
    // Redirects are read, checked and only then followed: a hop off https is never requested.
    for (let hops = 0; ; hops++) {
      try {
        res = await doFetch(url.href, {
          method: 'GET',
          headers,
          signal: controller.signal,
          credentials: 'omit',
          cache: 'no-store',
          referrerPolicy: 'no-referrer',
          redirect: 'manual',
        });
      } catch (err) {
        if (timedOut) throw new RefreshError(`${host} did not answer within ${seconds(timeoutMs)}`);
        throw new RefreshError(`${host} could not be reached (${errorText(err)})`);
      }
      url = (await nextHop(res, url, hops, opts.allowHttpLoopback)) ?? url;
      if (!REDIRECT_STATUSES.has(res.status)) break;
      host = url.host;
    }

    if (res.status === 304) {
      await res.body?.cancel().catch(() => {});
      return { status: 304, url: url.href };
    }
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => {});
      const said = res.statusText.slice(0, MAX_STATUS_TEXT).replace(/[^\x20-\x7e]/g, '');
      throw new RefreshError(`${host} answered HTTP ${res.status}${said ? ` ${said}` : ''}`);
    }

    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new RefreshError(`${host} sent ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`);
    }

    const bytes = await readCapped(res, maxBytes, host, () => timedOut, timeoutMs);
    const encoding = opts.encoding ?? 'utf-8';
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      throw new RefreshError(`${host} sent a body that is not ${encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS'} text`);
    }
    const validators: Validators = {};
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    return { status: 200, url: url.href, text, validators, date: res.headers.get('date') };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Where a redirect leads, checked before it is followed; null when `res` is not a redirect. A
 * browser hides the target of a redirect from fetch (an "opaque redirect"), so there a redirect
 * cannot be checked and is refused; Node shows it, and an https target is followed.
 */
async function nextHop(res: Response, from: URL, hops: number, allowHttpLoopback?: boolean): Promise<URL | null> {
  const opaque = res.type === 'opaqueredirect';
  if (!opaque && !REDIRECT_STATUSES.has(res.status)) return null;
  await res.body?.cancel().catch(() => {});
  if (opaque) {
    throw new RefreshError(
      `${from.host} redirected the request elsewhere; redirects are not followed because their target cannot be checked first (use the file's final https address)`,
    );
  }
  if (hops >= MAX_REDIRECTS) throw new RefreshError(`${from.host} redirected more than ${MAX_REDIRECTS} times`);
  const location = res.headers.get('location');
  let to: URL;
  try {
    to = new URL(location ?? '', from);
  } catch {
    throw new RefreshError(`${from.host} redirected to an address that is not a URL`);
  }
  if (!location) throw new RefreshError(`${from.host} redirected without saying where`);
  try {
    return checkFetchUrl(to.href, allowHttpLoopback);
  } catch {
    throw new RefreshError(
      `${from.host} redirected to ${to.origin.slice(0, 100)}, which is not https; the redirect was not followed`,
    );
  }
}

async function readCapped(
  res: Response,
  maxBytes: number,
  host: string,
  timedOut: () => boolean,
  timeoutMs: number,
): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new RefreshError(`${host} sent more than the ${formatBytes(maxBytes)} limit`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof RefreshError) throw err;
    if (timedOut()) throw new RefreshError(`${host} did not finish sending within ${seconds(timeoutMs)}`);
    throw new RefreshError(`${host}: download broke off (${errorText(err)})`);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}

function errorText(err: unknown): string {
  const e = err as { message?: string; cause?: { code?: string; message?: string } };
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
}
