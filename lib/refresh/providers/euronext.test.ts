import { describe, expect, it } from 'vitest';
import { euronextCacUrl, parseEuronextCsv } from './euronext';

const HEAD = 'Date;Open;High;Low;Last;Close;"Number of Shares";"Number of Trades";Turnover';
const EXPORT = `\uFEFF"Historical Data"\n"From 2025-12-22 to 2026-01-16"\nFR0003500008\n${HEAD}\n16/01/2026;;;;;8258.94;;;;\n22/12/2025;;;;;8121.07;;;;\n`;

describe('parseEuronextCsv', () => {
  it('reads the Close column of a newest-first export into dated levels, oldest first', () => {
    expect(parseEuronextCsv(EXPORT)).toEqual([
      ['2025-12-22', 8121.07],
      ['2026-01-16', 8258.94],
    ]);
  });
  it('finds Close by its name, not its position', () => {
    const moved = EXPORT.replace(HEAD, 'Date;Close;Open;High;Low;Last').replaceAll(';;;;;8', ';8');
    expect(parseEuronextCsv(moved)).toEqual(parseEuronextCsv(EXPORT));
  });
  it('skips a session with no closing level yet', () => {
    const open = EXPORT.replace('16/01/2026;;;;;8258.94;;;;', '19/01/2026;;;;;;;;;\n16/01/2026;;;;;8258.94;;;;');
    expect(parseEuronextCsv(open).map((p) => p[0])).toEqual(['2025-12-22', '2026-01-16']);
  });
  it('refuses an export of another instrument', () => {
    expect(() => parseEuronextCsv(EXPORT.replace('FR0003500008\n', 'FR0000121014\n'))).toThrow(/not for FR0003500008/);
  });
  it('refuses a decimal comma, a changed date style, a header without Close and an HTML page', () => {
    expect(() => parseEuronextCsv(EXPORT.replace('8258.94', '8258,94'))).toThrow(/"8258,94" at 2026-01-16 is not/);
    expect(() => parseEuronextCsv(EXPORT.replace('16/01/2026', '2026-01-16'))).toThrow(/not a dd\/mm\/yyyy date/);
    expect(() => parseEuronextCsv(EXPORT.replace(';Close;', ';Closing;'))).toThrow(/no Date and Close columns/);
    expect(() => parseEuronextCsv('<!DOCTYPE html><html>Maintenance</html>')).toThrow(/not a historical price export/);
  });
  it('refuses an export with no row (an unknown ISIN answers that way)', () => {
    expect(() => parseEuronextCsv(`${EXPORT.split(`${HEAD}\n`)[0]}${HEAD}\n`)).toThrow(/holds no closing level/);
  });
});

describe('euronextCacUrl', () => {
  it('asks by GET for the last month of CAC 40 (FR0003500008 on XPAR) as a point-decimal CSV', () => {
    const u = new URL(euronextCacUrl(new Date('2026-08-24T12:00:00Z')));
    expect(u.origin + u.pathname).toBe(
      'https://live.euronext.com/en/ajax/AwlHistoricalPrice/getFullDownloadAjax/FR0003500008-XPAR',
    );
    expect(Object.fromEntries(u.searchParams)).toMatchObject({
      format: 'csv',
      decimal_separator: '.',
      date_form: 'd/m/Y',
      startdate: '2026-07-24',
      enddate: '2026-08-24',
    });
  });
});
