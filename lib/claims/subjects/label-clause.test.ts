import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { SentenceInfo } from '../sentence-info';
import { tokenize } from '../tokens';
import { closesOpeningLabel } from './label-clause';

// A page clearly about the U.S.: its country would claim an unqualified yield.
const usPage = [
  'U.S. employers cut 92,000 jobs in February and the U.S. unemployment rate rose to 4.4%.',
  'The U.S. 10-year Treasury yield rose to 4.15% as U.S. stocks fell.',
  'U.S. crude inventories grew by 3.1 million barrels, the U.S. Energy Department said.',
  'U.S. retail sales fell 0.4% in January.',
  'The U.S. dollar index slipped 0.2% to 99.26.',
];

const infoOf = (text: string) => new SentenceInfo(text, tokenize(text, 0, text.length), 0, text.length);

describe('label-clause: a label closed by a colon heads its figure', () => {
  it('"German 10-year Bund: 2.84%" in a box on a U.S. page is the Bund', () => {
    const ids = idsOf([...usPage, "Germany's DAX: 23,950.10", 'German 10-year Bund: 2.84%']);
    expect(ids['2.84%']).toBe('de.bund_10y_yield');
  });

  it('only a short label that opens the sentence', () => {
    const label = infoOf('German 10-year Bund: 2.84%');
    const at = label.tokens.findIndex((t) => t.norm === 'bund');
    expect(closesOpeningLabel(label, at)).toBe(true);
    const late = infoOf('Yields rose, and one market led the way across Europe on Friday: Germany, at 2.84%.');
    const colon = late.tokens.findIndex((t) => t.norm === 'friday');
    expect(closesOpeningLabel(late, colon)).toBe(false);
  });
});
