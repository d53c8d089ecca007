import { describe, expect, it } from 'vitest';
import { parseJpxReport } from './jpx';

describe('parseJpxReport', () => {
  it('reads the row named exactly TOPIX, quoted or not, and no other index', () => {
    const text = [
      '日付,指数名,終値',
      '"20251230","TOPIX Core30","9999.99"',
      '"20251230","TOPIX","3,408.97"',
      '20251230,TOPIX(配当込み),9999.99',
    ].join('\r\n');
    expect(parseJpxReport(text)).toEqual([['2025-12-30', 3408.97]]);
  });
  it('keeps every dated TOPIX row, oldest first', () => {
    expect(parseJpxReport('20251230,TOPIX,3408.97\n20241230,TOPIX,2784.92\n')).toEqual([
      ['2024-12-30', 2784.92],
      ['2025-12-30', 3408.97],
    ]);
  });
  it('refuses a close that is not a number rather than skipping it', () => {
    expect(() => parseJpxReport('20251230,TOPIX,3408.97pt')).toThrow(
      /"3408\.97pt" at TOPIX 2025-12-30 is not a number/,
    );
  });
  it('says so when no TOPIX row is dated YYYYMMDD', () => {
    expect(() => parseJpxReport('2025/12/30,TOPIX,3408.97')).toThrow(/no TOPIX row dated YYYYMMDD/);
  });
});
