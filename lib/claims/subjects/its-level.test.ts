import { describe, expect, it } from 'vitest';
import { isItsLevel } from './its-level';
import { claimsOf, ruleOf, verdictOf } from '../test-engine';

describe('its-level: a past level of the subject named last', () => {
  it('reads "its <date> close of" before the figure and "it stood at" after it', () => {
    expect(isItsLevel('17.3% above its April 8 close of ', '')).toBe(true);
    expect(isItsLevel('its Jan. 27 record close of ', '')).toBe(true);
    expect(isItsLevel('3.1 per cent below the ', ' it stood at on the first day')).toBe(true);
    expect(isItsLevel('rose to ', ' on Friday')).toBe(false);
  });

  it('"its April 8 close of 4,982.77" is the subject\'s level on that day', () => {
    const text = 'The S&P 500 is now down 0.6% for 2025, though it remains 17.3% above its April 8 close of 4,982.77.';
    expect(ruleOf(text, '4,982.77', '2025-05-16')).toEqual({ id: 'idx.sp500', rule: 'its-level' });
    expect(claimsOf(text, '2025-05-16').find((c) => c.text === '4,982.77')!.kind).toBe('level');
  });

  it('"the 24,580.11 it stood at" refers back to the subject', () => {
    const text =
      "Frankfurt's Dax was at 23,813.59 in late afternoon trading, leaving the German benchmark 3.1 per cent below the 24,580.11 it stood at on the first trading day of the year.";
    expect(ruleOf(text, '24,580.11', '2026-03-06').id).toBe('idx.dax');
  });

  it('"its record closing high by just three points at 6,041" is a past level, not the day\'s close', () => {
    expect(isItsLevel('inching closer to its record closing high by just three points at ', '')).toBe(true);
    const claims = claimsOf(
      'The S&P 500 rose 0.8% on Thursday, within three points of its record closing high at 6,144.',
      '2025-06-26',
    );
    const record = claims.find((c) => c.text === '6,144');
    expect(record?.match?.rule).toBe('its-level');
    expect(record?.judgement?.verdict).not.toBe('inconsistent');
  });
});

describe('when-it-stood: "since its low on April 7, when it stood at 30,793" is a past level', () => {
  it("not judged against the article day's close", () => {
    const s =
      'The Nikkei 225 has climbed 58% since its low on April 7, when it stood at 30,793 points, to a record today.';
    expect(claimsOf(s, '2025-10-06').find((c) => c.text === '30,793 points')?.match?.rule).toBe('its-level');
    expect(verdictOf(s, '30,793 points', '2025-10-06')).not.toBe('differs');
  });
});

describe('day-record', () => {
  it('"a day after Thursday\'s record finish at 6,502.08" is the S&P 500 on Thursday', () => {
    const text = "The S&P 500 settled at 6,481.50, a day after Thursday's record finish at 6,502.08.";
    expect(ruleOf([text], '6,502.08', '2025-09-05')).toEqual({ id: 'idx.sp500', rule: 'its-level' });
    expect(verdictOf([text], '6,502.08', '2025-09-05')).toBe('matches');
  });
});

describe('its-own-peak', () => {
  it('"down 12.46 percent from its own peak of 58,850.27, set the same day" is a past level, not today\'s close', () => {
    const c = claimsOf(
      'The Nikkei is down 12.46 percent from its own peak of 58,850.27, set the same day.',
      '2026-03-23',
    ).find((x) => x.text === '58,850.27');
    expect(c?.judgement?.verdict).not.toBe('differs');
  });
});

describe('its-record and its-after-plain', () => {
  it('"still short of its Feb. 10 record of 50,188.14" after a sentence naming the Dow is the Dow’s', () => {
    const cs = claimsOf(
      [
        'The Nasdaq rose 1.2%.',
        'The Dow Jones Industrial Average lagged. It ended a sliver higher, still short of its Feb. 10 record of 50,188.14.',
      ],
      '2026-05-08',
    );
    expect(cs.find((c) => c.text === '50,188.14')?.indicator?.id).toBe('idx.djia');
  });
});

describe('its-record-verb', () => {
  it('"two sessions after it notched a record close of 6,144.15" is the record day’s close', () => {
    const cs = claimsOf(
      ['The S&P 500 fell 1.71% to 6,013.13, two sessions after it notched a record close of 6,144.15.'],
      '2025-02-21',
    );
    expect(cs.find((c) => c.text === '6,144.15')?.judgement?.verdict).toBe('matches');
  });
});

describe('its-level: recent and latest records', () => {
  it('"below its recent all-time high of $4,381" is a past level, not today\'s price', () => {
    const c = claimsOf(['Gold is 8% below its recent all-time high of $4,381.'], '2025-10-31').find(
      (x) => x.text === '$4,381',
    )!;
    expect(c.match?.rule).toBe('its-level');
    expect(c.judgement?.verdict).not.toBe('differs');
  });
});

describe('its-level-named-after', () => {
  it('"After dropping 8% from its recent all-time high above $4,336, gold still shows a 50% gain": a past level of the name after it', () => {
    const c = claimsOf(
      ['After dropping 8% from its recent all-time high above $4,336, gold still shows a 50% gain for the year.'],
      '2025-10-31',
    ).find((x) => x.text === '$4,336')!;
    expect(c.indicator?.id).toBe('cmd.gold_usd');
    expect(c.match?.rule).toBe('its-level');
    expect(c.judgement?.verdict).not.toBe('differs');
  });
});

describe('previous-record-close', () => {
  it('"past the previous record close of" after a round level is the index\'s past record', () => {
    const s =
      'The KOSPI rose 1.9% to 3,611.40, its first close above 3,600 and past the previous record close of 3,549.21 set on Oct. 2.';
    expect(ruleOf(s, '3,549.21', '2025-10-14').id).toBe('idx.kospi');
  });
});

describe('previous-record-was', () => {
  it('"Its previous closing high was" after a question naming the index', () => {
    const blocks = ["Where was the KOSPI's last record?", 'Its previous closing high was 3,549.21, set on Oct. 2.'];
    expect(ruleOf(blocks, '3,549.21', '2025-10-14').id).toBe('idx.kospi');
  });
});
