import type { IncomingHttpHeaders } from 'node:http';
import { createServer, type Server } from 'node:https';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Agent, fetch as undiciFetch } from 'undici';
import { selfSignedCertificate, type SelfSigned } from '../helpers/self-signed';

/** A recorded payload from tests/refresh/payloads. */
export function payload(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./payloads/${name}`, import.meta.url)), 'utf8');
}

export interface Route {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Answer 304 when If-None-Match equals this. */
  etag?: string;
  /** Wait this long before sending anything. */
  delayMs?: number;
  /** Send the body one byte every `trickleMs`. */
  trickleMs?: number;
  /** Omit Content-Length (chunked transfer). */
  chunked?: boolean;
}

interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

let certificate: SelfSigned | null = null;

/**
 * A throwaway self-signed certificate for the loopback addresses the tests serve on, made once per
 * process with openssl. Chromium takes it with --ignore-certificate-errors; Node clients trust it
 * through `trustingFetch` or, for a child process, NODE_EXTRA_CA_CERTS=certPath.
 */
export function testCertificate(): SelfSigned {
  certificate ??= selfSignedCertificate('127.0.0.1', ['IP:127.0.0.1', 'IP:127.0.0.2']);
  return certificate;
}

let agent: Agent | null = null;

/** The platform's fetch semantics over real TLS, trusting only the test certificate besides the usual roots. */
export const trustingFetch: typeof fetch = (input, init) => {
  agent ??= new Agent({ connect: { ca: testCertificate().cert } });
  return undiciFetch(input as string, { ...(init as object), dispatcher: agent }) as unknown as Promise<Response>;
};

/**
 * A real HTTPS server serving `routes` by path (query included), on 127.0.0.1 unless another
 * loopback address is given (127.0.0.2 stands for a host the refresh must not reach).
 */
export async function startServer(
  routes: Record<string, Route>,
  fallback?: (path: string) => Route | undefined,
  host = '127.0.0.1',
) {
  const seen: SeenRequest[] = [];
  const { key, cert } = testCertificate();
  const server: Server = createServer({ key, cert }, (req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, headers: req.headers });
    const route = routes[path] ?? fallback?.(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const send = () => {
      if (res.destroyed) return;
      if (route.etag && req.headers['if-none-match'] === route.etag) {
        res.writeHead(304, { etag: route.etag }).end();
        return;
      }
      const body = Buffer.from(route.body ?? '', 'utf8');
      const headers: Record<string, string> = { ...route.headers };
      if (route.etag) headers.etag = route.etag;
      if (!route.chunked && !route.trickleMs) headers['content-length'] = String(body.length);
      res.writeHead(route.status ?? 200, headers);
      if (!route.trickleMs) {
        if (route.chunked) {
          // Several writes without a length: the client only learns the size by counting.
          for (let i = 0; i < body.length; i += 1024) res.write(body.subarray(i, i + 1024));
          res.end();
        } else res.end(body);
        return;
      }
      let i = 0;
      const timer = setInterval(() => {
        if (res.destroyed || i >= body.length) {
          clearInterval(timer);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(body.subarray(i, i + 1));
        i++;
      }, route.trickleMs);
      res.on('close', () => clearInterval(timer));
    };
    if (route.delayMs) {
      const t = setTimeout(send, route.delayMs);
      res.on('close', () => clearTimeout(t));
    } else send();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `https://${host}:${port}`,
    routes,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Paths the providers request once their production URLs are rewritten onto the test base. */
export const PATHS = {
  ecb: '/www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml',
  treasury: (ym: string) =>
    `/home.treasury.gov/resource-center/data-chart-center/interest-rates/pages/xml?data=daily_treasury_yield_curve&field_tdr_date_value_month=${ym}`,
  btc: '/api.coinbase.com/v2/prices/BTC-USD/spot',
  eth: '/api.coinbase.com/v2/prices/ETH-USD/spot',
  dataset: '/published/dataset.json',
  manifest: '/published/dataset.manifest.json',
};
