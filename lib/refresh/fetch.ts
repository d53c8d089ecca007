/**
 * One bounded HTTP GET for the dataset refresh. Every download is limited three ways: a total
 * deadline (headers and body together, so a server that trickles a byte a second cannot hold the
 * worker open), a byte cap enforced while streaming (Content-Length can lie or be absent), and
 * https only. Conditional headers let a server answer 304 instead of resending an unchanged file.
 *
 * Nothing identifying is sent: no cookies (credentials 'omit'), no referrer, no custom headers
 * beyond the conditional ones and Accept.
 */

export interface FetchLimits {
  /** Total time for the whole exchange, headers and body. */
  timeoutMs: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 8 * 1024 * 1024 };

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchOptions extends Partial<FetchLimits> {
  validators?: Validators;
  accept?: string;
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
  const url = checkFetchUrl(rawUrl, opts.allowHttpLoopback);
  const doFetch = opts.fetchImpl ?? fetch;
  const host = url.host;

  const headers: Record<string, string> = { Accept: opts.accept ?? '*/*' };
  if (opts.validators?.etag) headers['If-None-Match'] = opts.validators.etag;
  if (opts.validators?.lastModified) headers['If-Modified-Since'] = opts.validators.lastModified;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  try {
    let res: Response;
    try {
      res = await doFetch(url.href, {
        method: 'GET',
        headers,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        redirect: 'follow',
      });
    } catch (err) {
      if (timedOut) throw new RefreshError(`${host} did not answer within ${seconds(timeoutMs)}`);
      throw new RefreshError(`${host} could not be reached (${errorText(err)})`);
    }

    // A redirect must not take us off https (or off loopback in tests).
    if (res.url) checkFetchUrl(res.url, opts.allowHttpLoopback);

    if (res.status === 304) {
      await res.body?.cancel().catch(() => {});
      return { status: 304, url: url.href };
    }
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => {});
      throw new RefreshError(`${host} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }

    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new RefreshError(`${host} sent ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`);
    }

    const bytes = await readCapped(res, maxBytes, host, () => timedOut, timeoutMs);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new RefreshError(`${host} sent a body that is not UTF-8 text`);
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
