import { describe, expect, it } from 'vitest';
import { parseStoxxTxt, stoxxProvider } from './stoxx';

const FILE = 'Date;Symbol;Indexvalue;\n02.01.2026;SX5E;5831.75;\n06.03.2026;SX5E;5768.06;\n';

describe('parseStoxxTxt', () => {
  it('reads dd.mm.yyyy rows into dated levels, oldest first', () => {
    expect(parseStoxxTxt(FILE, 'SX5E')).toEqual([
      ['2026-01-02', 5831.75],
      ['2026-03-06', 5768.06],
    ]);
  });
  it('reads the same file with CRLF line ends and without the closing semicolons', () => {
    const bare = FILE.replaceAll(';\n', '\r\n');
    expect(parseStoxxTxt(bare, 'SX5E')).toEqual(parseStoxxTxt(FILE, 'SX5E'));
  });
  it('refuses a decimal comma rather than reading 5768,06 as 576806', () => {
    expect(() => parseStoxxTxt(FILE.replace('5768.06', '5768,06'), 'SX5E')).toThrow(
      /"5768,06" .* is not an index level/,
    );
  });
  it('refuses a grouped thousands level (5.768,06)', () => {
    expect(() => parseStoxxTxt(FILE.replace('5768.06', '5.768,06'), 'SX5E')).toThrow(/is not an index level/);
  });
  it('refuses a file of another index', () => {
    expect(() => parseStoxxTxt(FILE, 'DAX')).toThrow(/the row of 2026-01-02 is for "SX5E", not DAX/);
  });
  it('refuses ISO dates, a changed header and an HTML login page', () => {
    expect(() => parseStoxxTxt(FILE.replace('06.03.2026', '2026-03-06'), 'SX5E')).toThrow(/not a dd\.mm\.yyyy date/);
    expect(() => parseStoxxTxt(FILE.replace('Indexvalue', 'Close'), 'SX5E')).toThrow(/not a Date;Symbol;Indexvalue/);
    expect(() => parseStoxxTxt('<!DOCTYPE html><html>Sign in</html>', 'SX5E')).toThrow(/not a Date;Symbol/);
  });
  it('refuses a header with no rows', () => {
    expect(() => parseStoxxTxt('Date;Symbol;Indexvalue;\n', 'SX5E')).toThrow(/holds no index level/);
  });
});

describe('stoxxProvider', () => {
  it('asks only for the two free three-month files on www.stoxx.com', () => {
    expect(stoxxProvider.urls(new Date('2026-08-24T12:00:00Z'))).toEqual([
      'https://www.stoxx.com/document/Indices/Current/HistoricalData/h_3msx5e.txt',
      'https://www.stoxx.com/document/Indices/Current/HistoricalData/h_3mdax.txt',
    ]);
    expect(stoxxProvider.indicators).toEqual(['idx.stoxx50', 'idx.dax']);
  });
});
