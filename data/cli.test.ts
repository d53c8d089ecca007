import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'data', 'build.ts'), ...args], {
    cwd: tmp,
    encoding: 'utf8',
  });
}

describe('npm run data (CLI)', () => {
  it('exits 1 and prints file:line: reason for each bad row, writing nothing', () => {
    const dir = join(tmp, 'bad');
    cpSync(join(root, 'data'), dir, { recursive: true });
    const facts = readFileSync(join(dir, 'facts.csv'), 'utf8');
    const lines = facts.trimEnd().split('\n').length;
    writeFileSync(
      join(dir, 'facts.csv'),
      `${facts.trimEnd()}\nxx.yy,2025-01,1,percent,2025-02-01,S,https://example.org/a,\n` +
        'fx.usdjpy,2025-05-02,Infinity,JPY per USD,2025-05-02,S,http://example.org/a,\n',
    );
    const out = join(tmp, 'bad.json');
    const res = run(['--dir', dir, '--out', out]);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(`bad/facts.csv:${lines + 1}: unknown indicator "xx.yy"`);
    expect(res.stderr).toContain(`bad/facts.csv:${lines + 2}: value "Infinity" is not a finite number`);
    expect(res.stderr).toContain(`bad/facts.csv:${lines + 2}: source url "http://example.org/a" is not an https URL`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 0 and writes the dataset for the project data', () => {
    const out = join(tmp, 'good.json');
    const res = run(['--out', out]);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe(1);
  });
});
