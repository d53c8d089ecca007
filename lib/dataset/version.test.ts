import { describe, expect, it } from 'vitest';
import { compareVersions, isVersion, versionFromSnapshot } from './version';

describe('compareVersions', () => {
  it('orders by date parts numerically, not as strings', () => {
    expect(compareVersions('2026.10.1', '2026.9.30')).toBe(1);
    expect(compareVersions('2026.9.30', '2026.10.1')).toBe(-1);
    expect(compareVersions('2025.12.31', '2026.1.1')).toBe(-1);
  });
  it('treats a missing build number as 0', () => {
    expect(compareVersions('2026.7.1', '2026.7.1')).toBe(0);
    expect(compareVersions('2026.7.1', '2026.7.1.0')).toBe(0);
    expect(compareVersions('2026.7.1.1', '2026.7.1')).toBe(1);
    expect(compareVersions('2026.7.1.2', '2026.7.1.10')).toBe(-1);
    expect(compareVersions('2026.7.1.9', '2026.7.2')).toBe(-1);
  });
  it('throws on malformed versions rather than guessing', () => {
    expect(() => compareVersions('2026-07-01', '2026.7.1')).toThrow();
    expect(() => compareVersions('2026.7.1', 'latest')).toThrow();
    expect(isVersion('2026.7')).toBe(false);
  });
  it('derives the version from the snapshot date', () => {
    expect(versionFromSnapshot('2026-08-05')).toBe('2026.8.5');
    expect(versionFromSnapshot('2026-11-25', 2)).toBe('2026.11.25.2');
    expect(() => versionFromSnapshot('2026-8-5')).toThrow();
  });
});
