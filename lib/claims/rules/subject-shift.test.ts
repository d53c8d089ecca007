import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('subject-shift: a noun after the alias makes it describe another subject', () => {
  it('"Gold miners\' shares jumped 4%" is not gold', () => {
    expect(ruleOf('Gold jumped 4% on Friday.', '4%').id).toBe('cmd.gold_usd');
    expect(ruleOf("Gold miners' shares jumped 4% on Friday.", '4%').id).toBe('-');
  });
});
