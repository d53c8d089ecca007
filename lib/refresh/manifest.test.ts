import { describe, expect, it } from 'vitest';
import { checkAgainstManifest, makeManifest, manifestUrlFor, parseManifest } from './manifest';

describe('dataset manifest', () => {
  it('sits beside the dataset and names its exact bytes', async () => {
    expect(manifestUrlFor('https://claimlens.github.io/claimlens/dataset.json')).toBe(
      'https://claimlens.github.io/claimlens/dataset.manifest.json',
    );
    const text = '{"format":1,"version":"2026.12.3.1"}\n';
    const m = await makeManifest(text, '2026.12.3.1');
    expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(checkAgainstManifest(text, m)).resolves.toBeUndefined();
    await expect(checkAgainstManifest(text.replace('}', ' }'), m)).rejects.toThrow(
      /SHA-256 .* differs from the manifest's/,
    );
    await expect(checkAgainstManifest(text, { ...m, version: '2026.12.4.1' })).rejects.toThrow(/differs|manifest says/);
  });
  it('refuses a manifest that is not {file, version, sha256, bytes}', () => {
    expect(() => parseManifest('<html>')).toThrow(/not valid JSON/);
    expect(() => parseManifest('{"file":"dataset.json","version":"1","sha256":"abc","bytes":1}')).toThrow(/64 hex/);
  });
});
