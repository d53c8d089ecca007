import { describe, expect, it } from 'vitest';
import { tableAfter } from './html-table';

describe('tableAfter', () => {
  it('reads the first table after the caption, cell by cell', () => {
    const html =
      '<table><tr><td>before</td></tr></table><p>Table 2 Growth</p><div><table>' +
      '<tr><td colspan="2">Unit: %</td></tr><tr><th>Year</th><th>Q1</th></tr><tr><td>2026</td><td> 5.0 </td></tr>' +
      '</table></div><table><tr><td>after</td></tr></table>';
    expect(tableAfter(html, 'Growth')).toEqual([['Unit: %'], ['Year', 'Q1'], ['2026', '5.0']]);
  });
  it('keeps the caption case, so prose using the same words in lower case is not a caption', () => {
    const html =
      '<p>the growth of GDP</p><table><tr><td>1</td></tr></table><p>Growth of GDP</p><table><tr><td>2</td></tr></table>';
    expect(tableAfter(html, 'Growth of GDP')).toEqual([['2']]);
  });
  it('is null without the caption or without a table after it', () => {
    expect(tableAfter('<table><tr><td>1</td></tr></table>', 'Growth')).toBeNull();
    expect(tableAfter('<table><tr><td>1</td></tr></table><p>Growth</p>', 'Growth')).toBeNull();
  });
});
