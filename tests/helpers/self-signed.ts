import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SelfSigned {
  key: string;
  cert: string;
  /** The certificate's file, for a child process's NODE_EXTRA_CA_CERTS. */
  certPath: string;
}

/**
 * A throwaway self-signed certificate (two days, RSA 2048) made with openssl for the given
 * subject alternative names, e.g. ['DNS:www.ainvest.com', 'IP:127.0.0.1'].
 */
export function selfSignedCertificate(commonName: string, altNames: string[]): SelfSigned {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-cert-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '2',
      '-subj',
      `/CN=${commonName}`,
      '-addext',
      `subjectAltName=${altNames.join(',')}`,
    ],
    { stdio: 'pipe' },
  );
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8'), certPath };
}
