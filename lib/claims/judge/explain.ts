import type { FigureRef, Judgement, Verdict } from '../types';
import { tidy } from '../numbers';

/** A figure for a sentence: 1191600000000 reads as 1.1916 trillion. */
export function num(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e12) return `${tidy(v / 1e12, 4)} trillion`;
  if (a >= 1e9) return `${tidy(v / 1e9, 3)} billion`;
  if (a >= 1e6) return `${tidy(v / 1e6, 3)} million`;
  return String(tidy(v, 4));
}

export const signed = (x: number) => `${x > 0 ? '+' : ''}${tidy(x, 4)}`;

/** The gap a "close" verdict is shown with. */
export function gapText(claim: number, ref: number): string {
  return ` Off by ${num(Math.abs(tidy(claim - ref, 8)))}.`;
}

export function verdictOf(
  verdict: Verdict,
  reference: FigureRef | null,
  current: FigureRef | null,
  explanation: string,
  revision: FigureRef | null = null,
): Judgement {
  return { verdict, reference, revision, current, explanation: explanation.trim() };
}

/** A change as a figure: the two ends' periods, the end's source. */
export function changeRef(base: FigureRef, end: FigureRef, value: number): FigureRef {
  return {
    period: `${base.period}/${end.period}`,
    value,
    as_of: end.as_of,
    source: end.source,
    ...(end.note ? { note: end.note } : {}),
  };
}

/** A red verdict turned into a question: the gap may come from another instrument, hour or measure, said why. */
export function notCalledWrong(j: Judgement, why: string): Judgement {
  return { ...j, verdict: 'check', explanation: `${j.explanation} Not called wrong: ${why}` };
}
