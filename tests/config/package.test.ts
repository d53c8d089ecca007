import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));

describe('a fresh clone says what it needs and builds both packages', () => {
  it('states the Node version its dependencies need (20.19 or later)', () => {
    expect(pkg.engines?.node).toBe('>=20.19');
  });

  it('`npm run zip` packs the Chrome and the Firefox extension', () => {
    const steps: string[] = pkg.scripts.zip.split('&&').map((s: string) => s.trim());
    expect(steps).toContain('wxt zip');
    expect(steps).toContain('wxt zip -b firefox');
  });

  it('`npm run dev` starts WXT’s development mode', () => {
    expect(pkg.scripts.dev).toBe('wxt');
  });
});
