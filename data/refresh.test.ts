import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../lib/dataset/validate';
import { compareVersions } from '../lib/dataset/version';
import { PROVIDER_IDS } from '../lib/refresh/types';
import { startServer, testCertificate } from '../tests/refresh/server';
import { replay } from '../tests/refresh/replay';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'claimlens-refresh-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const workflow = readFileSync(join(root, '.github', 'workflows', 'dataset.yml'), 'utf8');
/** The workflow's own refresh command, exactly as written in its `run:` line. */
const refreshCommand = /run: (npm run data -- --refresh .*)$/m.exec(workflow)?.[1];

/** Runs a shell command without blocking this process (the replay server lives here). */
function sh(command: string, env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], {
      cwd: root,
      env: { ...process.env, NODE_EXTRA_CA_CERTS: testCertificate().certPath, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('the dataset workflow', () => {
  it('runs daily and on demand, and publishes the refreshed files to GitHub Pages', () => {
    expect(workflow).toMatch(/schedule:\s*\n\s*- cron: '\d+ \d+ \* \* \*'/);
    expect(workflow).toMatch(/workflow_dispatch:/);
    expect(workflow).toMatch(/actions\/upload-pages-artifact@v\d+\s*\n\s*with:\s*\n\s*path: _site/);
    expect(workflow).toMatch(/actions\/deploy-pages@v\d+/);
    expect(refreshCommand).toBeDefined();
  });

  it('its refresh command, offline against the recorded payloads, writes a valid, newer dataset and a matching manifest', async () => {
    const srv = await startServer({}, replay);
    try {
      const site = join(tmp, 'site');
      rmSync(site, { recursive: true, force: true });
      const res = await sh(`mkdir -p "$SITE_DIR" && ${refreshCommand}`, {
        SITE_DIR: site,
        CLAIMLENS_REFRESH_BASE: srv.base,
      });
      expect(res.code, res.err + res.out).toBe(0);
      for (const id of PROVIDER_IDS) expect(res.out).toMatch(new RegExp(`^ok +${id} `, 'm'));
      // Only the local server was asked; nothing left the machine.
      expect(srv.seen.length).toBeGreaterThan(30);

      const text = readFileSync(join(site, 'dataset.json'), 'utf8');
      const checked = validateDataset(JSON.parse(text));
      expect(checked.ok).toBe(true);
      const ds = checked.ok ? checked.dataset : null;
      const bundled = JSON.parse(readFileSync(join(root, 'public', 'dataset.json'), 'utf8'));
      expect(compareVersions(ds!.version, bundled.version)).toBeGreaterThan(0);
      expect(
        ds!.observations.some(
          (o) => o.indicator === 'jp.ust_holdings' && o.period === '2025-12' && o.value === 1185500000000,
        ),
      ).toBe(true);

      const manifest = JSON.parse(readFileSync(join(site, 'dataset.manifest.json'), 'utf8'));
      expect(manifest).toEqual({
        file: 'dataset.json',
        version: ds!.version,
        sha256: createHash('sha256').update(text).digest('hex'),
        bytes: Buffer.byteLength(text),
      });

      // The next day's run starts from what was published: same payloads, nothing new, same version.
      copyFileSync(join(site, 'dataset.json'), join(site, 'prior.json'));
      const again = await sh(refreshCommand!, { SITE_DIR: site, CLAIMLENS_REFRESH_BASE: srv.base });
      expect(again.code, again.err).toBe(0);
      expect(JSON.parse(readFileSync(join(site, 'dataset.json'), 'utf8')).version).toBe(ds!.version);
    } finally {
      await srv.close();
    }
  }, 120_000);

  it('a broken prior file is ignored with a warning, not fatal', async () => {
    const srv = await startServer({}, replay);
    try {
      const site = join(tmp, 'site2');
      rmSync(site, { recursive: true, force: true });
      await sh(`mkdir -p "${site}"`, {});
      writeFileSync(join(site, 'prior.json'), '{"version":');
      const res = await sh(refreshCommand!, { SITE_DIR: site, CLAIMLENS_REFRESH_BASE: srv.base });
      expect(res.code, res.err).toBe(0);
      expect(res.err).toMatch(/prior dataset .*prior\.json not read/);
    } finally {
      await srv.close();
    }
  }, 120_000);

  it('fails, writing nothing, when no provider answers', async () => {
    const site = join(tmp, 'site3');
    const res = await sh(`mkdir -p "$SITE_DIR" && ${refreshCommand}`, {
      SITE_DIR: site,
      CLAIMLENS_REFRESH_BASE: 'http://127.0.0.1:9',
    });
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^FAIL fred .*could not be reached/m);
    expect(res.err).toMatch(/every provider failed; nothing was written/);
    expect(() => readFileSync(join(site, 'dataset.json'))).toThrow();
  }, 120_000);
});

describe('npm run data -- --coverage', () => {
  it('prints each indicator with its latest figure, age and provider, and the count line last', async () => {
    const res = await sh(`npx tsx data/build.ts --coverage --today 2026-12-03 --out "${join(tmp, 'cov.json')}"`, {});
    expect(res.code, res.err).toBe(0);
    const lines = res.out.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^refreshed by a provider: \d+ of \d+ indicators$/);
    const n = Number(/: (\d+) of/.exec(lines.at(-1)!)![1]);
    expect(n).toBeGreaterThanOrEqual(40);
    expect(res.out).toMatch(/^jp\.ust_holdings +1191600000000 +2026-03 +\d+d +tic$/m);
    expect(res.out).toMatch(/^us\.tariff_china .*\(none\)$/m);
  }, 60_000);
});
