import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { contrastAt } from './broader-index';

describe('broader-index: "the broader index" is the country\'s broader index, not the one just named', () => {
  it('after the Nikkei, "the broader index" is the Topix, its move and its level', () => {
    const ids = idsOf(
      'The Nikkei rose 640.10 points to 50,980.25 by the close, while the broader index gained 41.30 points to 3,402.66.',
    );
    expect(ids['640.10 points']).toBe('idx.nikkei225');
    expect(ids['41.30 points']).toBe('idx.topix');
    expect(ids['3,402.66']).toBe('idx.topix');
  });

  it('finds the phrase only after the last name', () => {
    const text = 'the broader index and the Nikkei rose 2%';
    expect(contrastAt(text, 0, text.length)).toBe(0);
    expect(contrastAt(text, text.indexOf('Nikkei'), text.length)).toBe(-1);
  });
});

describe('epithets before an anaphor: "the yellow metal"', () => {
  it('points back to gold named in the sentence before', () => {
    const ids = idsOf('Gold settled at $4,050 an ounce. The yellow metal has lost 5.2% this month.', '2026-01-05');
    expect(ids['5.2%']).toBe('cmd.gold_usd');
  });

  it('broader-across-sentences: "The broader index added 0.9%" in the block after the Nikkei\'s', () => {
    const ids = idsOf(['The Nikkei 225 rose 1.2% to 54,110.50.', 'The broader index added 0.9%.'], '2026-01-16');
    expect(ids['0.9%']).toBe('idx.topix');
  });
});
