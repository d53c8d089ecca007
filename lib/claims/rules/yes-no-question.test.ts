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

describe('question-after-label and how-far-question', () => {
  it('"More: ... · Can the yen get back to 140?" and "How far is the KOSPI from 5,000?" ask, they do not state', () => {
    expect(ruleOf('More: RBA: what changed · Can the dollar-yen rate get back to 140?', '140', '2025-05-20').id).toBe(
      '-',
    );
    expect(ruleOf('How far is the KOSPI from 5,000?', '5,000', '2026-01-23').id).toBe('-');
  });
});

describe('run-in-question', () => {
  it('"More from Plainfield Wallet Is $4,000 the new floor for gold?": a links heading run into a question', () => {
    expect(ruleOf('More from Plainfield Wallet Is $4,000 the new floor for gold?', '$4,000', '2026-06-16').id).toBe(
      '-',
    );
    expect(isYesNoQuestion('Why did the Dow fall 500 points?')).toBe(false);
    expect(isYesNoQuestion('Gold is at $4,000 an ounce.')).toBe(false);
  });
});

describe('run-in-question with a decimal', () => {
  it('"Why 150 yen still matters to Tokyo Can the 10-year get back to 4.5%?": links run into a question', () => {
    expect(isYesNoQuestion('Why 150 yen still matters to Tokyo Can the 10-year get back to 4.5%?')).toBe(true);
  });
});

describe('what-would-question', () => {
  it('"What does a 1% move in the Nikkei mean in points?" asks what a figure would mean', () => {
    expect(ruleOf('What does a 1% move in the Nikkei mean in points?', '1%', '2026-01-23').id).toBe('-');
    expect(isYesNoQuestion('What did the 2% drop in the Nikkei cost exporters?')).toBe(false);
  });
});
