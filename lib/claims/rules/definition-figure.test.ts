import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isDefinitionFigure } from './definition-figure';

describe('definition-figure', () => {
  it('reads "is usually defined as a"', () => {
    expect(isDefinitionFigure('A bear market is usually defined as a ')).toBe(true);
    expect(isDefinitionFigure('The S&P 500 fell ')).toBe(false);
  });
  it('"A bear market is usually defined as a 20% drop from a record" marks no index move', () => {
    // A reader question's answer: the question is the answer's context (lib/dom/collect.ts termContext).
    const c = claimsOf(
      [
        {
          text: 'A bear market is usually defined as a 20% drop from a record.',
          context: 'How far is the S&P 500 from bear-market territory?',
        },
      ],
      '2025-04-04',
    ).find((x) => x.text === '20%');
    expect(c?.indicator ?? null).toBeNull();
  });
});
