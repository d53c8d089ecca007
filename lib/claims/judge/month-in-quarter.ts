import type { ClaimPeriod, Judgement } from '../types';

/**
 * Rule month-in-quarter: "shrank at an annualised 2.3% in July-September" read as July, for an
 * indicator published by quarter only. The month stands for its quarter; since the month read may
 * instead be the release's ("GDP data out in August"), agreement counts and a gap is only "check".
 */
export function quarterOfMonth(period: ClaimPeriod | null): ClaimPeriod | null {
  if (period?.type !== 'point' || !/^\d{4}-\d{2}$/.test(period.period)) return null;
  const q = Math.ceil(Number(period.period.slice(5)) / 3);
  return { type: 'point', period: `${period.period.slice(0, 4)}-Q${q}`, label: period.label };
}

export function asQuarterJudgement(j: Judgement, month: string, quarter: string): Judgement {
  const note = ` The month read (${month}) is taken as its quarter (${quarter}).`;
  if (j.verdict === 'differs')
    return {
      ...j,
      verdict: 'check',
      explanation: `${j.explanation}${note} Not called wrong: the month may be another's.`,
    };
  return { ...j, explanation: `${j.explanation}${note}` };
}
