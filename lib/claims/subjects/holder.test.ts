import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

/** A page that has already named holdings of Treasuries, then speaks of holders without the alias. */
const opening = "Japan's Treasury holdings rose to $1,180 billion in August.";

describe('holder: whose holdings a figure is, from a possessive, the opening subject or the sentence before', () => {
  it('"China\'s pile" and "its holdings" after a lead-in subject', () => {
    const ids = idsOf(
      [
        opening,
        "China's pile slipped to $700.2 billion.",
        'Britain, a hub for custody accounts, trimmed its position by $12.1 billion.',
      ],
      '2025-12-01',
    );
    expect(ids['$700.2 billion']).toBe('cn.ust_holdings');
    expect(ids['$12.1 billion']).toBe('uk.ust_holdings');
  });

  it('holder-reach: "China trimmed its stake for a third straight month, to $690.1 billion"', () => {
    const ids = idsOf(
      [`${opening} China trimmed its stake for a third straight month, to $690.1 billion.`],
      '2025-12-01',
    );
    expect(ids['$690.1 billion']).toBe('cn.ust_holdings');
  });

  it('"Its stockpile" takes the country that opened the sentence before', () => {
    const ids = idsOf([opening, 'Beijing kept selling. Its stockpile shrank by $5.4 billion.'], '2025-12-01');
    expect(ids['$5.4 billion']).toBe('cn.ust_holdings');
  });

  it('ranks: "stayed in second place with"', () => {
    const ids = idsOf([opening, 'Britain stayed in second place with $865.0 billion.'], '2025-12-01');
    expect(ids['$865.0 billion']).toBe('uk.ust_holdings');
  });

  it('several holders and "respectively"', () => {
    const ids = idsOf(
      [opening, "Beijing's and Tokyo's piles fell by $3.3 billion and $7.1 billion, respectively."],
      '2025-12-01',
    );
    expect(ids['$3.3 billion']).toBe('cn.ust_holdings');
    expect(ids['$7.1 billion']).toBe('jp.ust_holdings');
  });

  it('says nothing before the page has named such holdings, of another holding, or of a gap', () => {
    expect(idsOf("China's pile slipped to $700.2 billion.", '2025-12-01')['$700.2 billion']).toBe('-');
    const ids = idsOf(
      [
        opening,
        "China's central bank kept buying. Its stockpile of gold is worth $300.5 billion.",
        "That leaves Japan's pile $480.0 billion ahead of China's.",
      ],
      '2025-12-01',
    );
    expect(ids['$300.5 billion']).toBe('-');
    expect(ids['$480.0 billion']).toBe('-');
  });

  it('a change "over the month" is no gap between holders: "cut its stake by $17.2 billion over the month"', () => {
    const ids = idsOf([`${opening} Japan cut its stake by $17.2 billion over the month.`], '2025-12-01');
    expect(ids['$17.2 billion']).toBe('jp.ust_holdings');
  });

  it('total-parts: after the foreign total, "Japan ... cut its stake by $17.2 billion" is Japan\'s holdings', () => {
    const total = 'Foreign holdings of Treasuries stood at $9.27 trillion in December.';
    const ids = idsOf(
      [total, 'Japan stayed on top even after it cut its stake by $17.2 billion over the month.'],
      '2026-02-18',
    );
    expect(ids['$17.2 billion']).toBe('jp.ust_holdings');
  });

  it('holder-verb: "China held $784.3 billion" and "Japan, still the largest holder, owned about $1.2 trillion"', () => {
    const total = 'Total overseas holdings of U.S. Treasuries amounted to $8.817 trillion in February.';
    const ids = idsOf([total, 'China held $784.3 billion, up from $760.8 billion.'], '2025-04-16');
    expect(ids['$784.3 billion']).toBe('cn.ust_holdings');
    const ids2 = idsOf([opening, 'Japan, still the largest holder, owned about $1.2 trillion.'], '2025-12-01');
    expect(ids2['$1.2 trillion']).toBe('jp.ust_holdings');
  });
});

describe('holder-move-verb: "Japan, the largest holder, added $2.6 billion"', () => {
  it('the opening country buys or sells holdings the page has named', () => {
    const ids = idsOf(
      [
        "China's holdings of U.S. Treasuries slipped to $682.6 billion.",
        'Japan, still the biggest holder, added $2.6 billion, lifting its stake to $1,202.6 billion.',
      ],
      '2026-01-15',
    );
    expect(ids['$2.6 billion']).toBe('jp.ust_holdings');
  });
});

describe('clause-holder-move', () => {
  it('"...; China shed $4.1 billion": the country before the verb is the holder, not the sentence\'s opener', () => {
    const ids = idsOf(
      [
        "Japan's holdings of U.S. Treasuries rose to $1,202.6 billion.",
        'Japan added $2.6 billion over the month; China shed $4.1 billion.',
      ],
      '2026-01-15',
    );
    expect(ids['$2.6 billion']).toBe('jp.ust_holdings');
    expect(ids['$4.1 billion']).toBe('cn.ust_holdings');
  });
});

describe('clause-its-holder', () => {
  it('"Japan added $4.4 billion and China trimmed its pile to $702.1 billion": "its" is China\'s', () => {
    const ids = idsOf(
      [opening, 'Japan added $4.4 billion and China trimmed its pile to $702.1 billion.'],
      '2025-10-20',
    );
    expect(ids['$4.4 billion']).toBe('jp.ust_holdings');
    expect(ids['$702.1 billion']).toBe('cn.ust_holdings');
  });
  it('"Japan and China lifted their holdings by 2.1% and 1.4%, respectively": "their" is the list\'s, not China\'s', () => {
    const ids = idsOf(
      [opening, 'Japan and China lifted their holdings by 2.1% and 1.4%, respectively, over the month.'],
      '2025-10-20',
    );
    expect(ids['2.1%'] ?? '-').not.toBe('cn.ust_holdings');
  });
  it('"British accounts pushed their stake to $899.3 billion": "their" of one holder\'s accounts', () => {
    const ids = idsOf([opening, 'British accounts pushed their stake to $899.3 billion.'], '2025-09-18');
    expect(ids['$899.3 billion']).toBe('uk.ust_holdings');
  });
});

describe('holder-move-verb in the present tense (the tokenizer folds "Adds" to "add")', () => {
  it('"Britain Adds $9.8 Billion to $912.4 Billion" in a headline: both figures are Britain\'s', () => {
    const ids = idsOf([opening, 'Britain Adds $9.8 Billion to $912.4 Billion, Belgium Trims Holdings'], '2025-10-20');
    expect([ids['$9.8 Billion'], ids['$912.4 Billion']]).toEqual(['uk.ust_holdings', 'uk.ust_holdings']);
  });
});

describe('holders-held-respectively, listed-holdings', () => {
  it('"Britain and Japan held $865.0 billion and $1,189.3 billion, respectively": each holder its own figure', () => {
    const ids = idsOf(
      [
        "China's holdings of U.S. Treasuries fell to $700.5 billion in September.",
        'Britain and Japan held $865.0 billion and $1,189.3 billion, respectively, at the end of the month.',
      ],
      '2025-11-20',
    );
    expect(ids['$865.0 billion']).toBe('uk.ust_holdings');
    expect(ids['$1,189.3 billion']).toBe('jp.ust_holdings');
  });
});

describe('opening-holders, combined-holders-respectively', () => {
  it('"Japan and the U.K., the two largest holders, added ... and ..., respectively": each holder its own figure', () => {
    const ids = idsOf(
      [
        "Japan's holdings of U.S. Treasuries rose to $1,200.0 billion in October.",
        'Japan and the U.K., the two biggest holders, added $10.7 billion and $12.9 billion, respectively.',
      ],
      '2026-01-08',
    );
    expect(ids['$10.7 billion']).toBe('jp.ust_holdings');
    expect(ids['$12.9 billion']).toBe('uk.ust_holdings');
  });
});

describe('pronoun-holder', () => {
  it('"Japan was still the largest foreign creditor. It held $1,191.6 billion of Treasuries" is Japan\'s holdings', () => {
    const blocks = [
      "Japan's U.S. Treasuries fell to $1.19 trillion in March.",
      'Japan was still the largest foreign creditor of the U.S. government in March. It held $1,191.6 billion of Treasuries at month-end.',
    ];
    expect(idsOf(blocks, '2026-05-20')['$1,191.6 billion']).toBe('jp.ust_holdings');
  });
});

describe('holder-label', () => {
  it('"China: barely changed at $700.5 billion" under a line on Treasury holdings is China\'s holdings', () => {
    const ids = idsOf(
      ["Japan's Treasury holdings rose to $1,189.3 billion in September.", 'China: barely changed at $700.5 billion.'],
      '2025-11-18',
    );
    expect(ids['$700.5 billion']).toBe('cn.ust_holdings');
  });
  it('a label with no holdings named on the page is no holder', () => {
    const ids = idsOf(['China: barely changed at $700.5 billion.'], '2025-11-18');
    expect(ids['$700.5 billion']).toBe('-');
  });
});

describe('holder-label-sign', () => {
  it('"United Kingdom: $779.3 billion, second place": the figure\'s sign after the label\'s colon', () => {
    const ids = idsOf(
      ['The biggest holders of Treasuries', 'United Kingdom: $779.3 billion, now in second place.'],
      '2025-05-16',
    );
    expect(ids['$779.3 billion']).toBe('uk.ust_holdings');
  });
  it('"the largest foreign owner": the holder named by what it is', () => {
    const ids = idsOf(
      ['The biggest holders of Treasuries', 'Japan: still the largest foreign owner, at $1,130.8 billion.'],
      '2025-05-16',
    );
    expect(ids['$1,130.8 billion']).toBe('jp.ust_holdings');
  });
});

describe('holder-clause-move and as-clause-qualifier', () => {
  it('"Japan\'s Treasury Pile Tops $1.2 Trillion as China Slides to $688.7 Billion": each holder keeps its figure', () => {
    const ids = idsOf(
      ["Japan's Treasury Stockpile Tops $1.2 Trillion as China Slides to $688.7 Billion"],
      '2025-12-20',
    );
    expect(ids['$1.2 Trillion']).toBe('jp.ust_holdings');
    expect(ids['$688.7 Billion']).toBe('cn.ust_holdings');
  });
});

describe('holder-label-item', () => {
  it("list items under a heading, each labelled by its holder, are those holders' holdings", () => {
    const ids = idsOf(
      [
        "Japan's holdings of Treasuries climbed to $1.2 trillion in October.",
        { text: 'Japan: $1,200.0 billion at the end of October, up $10.7 billion', context: 'At a glance' },
        { text: 'United Kingdom: $877.9 billion', context: 'At a glance' },
        { text: 'China (mainland): $688.7 billion', context: 'At a glance' },
      ],
      '2025-12-20',
    );
    expect(ids['$1,200.0 billion']).toBe('jp.ust_holdings');
    expect(ids['$10.7 billion']).toBe('jp.ust_holdings');
    expect(ids['$877.9 billion']).toBe('uk.ust_holdings');
    expect(ids['$688.7 billion']).toBe('cn.ust_holdings');
  });
});

describe('clause-holder-verb', () => {
  it("a holder opening a later clause of a headline takes its figure from the first holder's alias", () => {
    const s = "Japan's Treasury Stash Climbs to $1.189 Trillion as UK Cuts $39.3 Billion, China Holds $700.5 Billion";
    const ids = idsOf(s, '2025-11-20');
    expect([ids['$1.189 Trillion'], ids['$39.3 Billion'], ids['$700.5 Billion']]).toEqual([
      'jp.ust_holdings',
      'uk.ust_holdings',
      'cn.ust_holdings',
    ]);
  });
});
