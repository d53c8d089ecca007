import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';
import { isYesNoQuestion } from './yes-no-question';

describe('yes-no-question: a question asks about a figure, it does not state one', () => {
  it('"Is Kospi 5,000 next?" is not marked', () => {
    expect(ruleOf('Is Kospi 5,000 next?', '5,000', '2026-01-06').id).toBe('-');
    expect(ruleOf('Kospi 5,000 is next.', '5,000', '2026-01-06').id).toBe('idx.kospi');
  });
  it('a wh-question states what it asks about; a statement is no question', () => {
    expect(isYesNoQuestion('Why did gold rise 3% on Tuesday?')).toBe(false);
    expect(isYesNoQuestion('Will the Fed cut to 3.5%?')).toBe(true);
    expect(isYesNoQuestion('Is the rally over? Not yet.')).toBe(false);
  });
});
