import { addDays } from '../dates';
import { compare } from './compare';
import type { JudgeInput } from './input';
import type { Step } from './step';
import { RECENT_STEP_DAYS } from './tolerances';

/** "The rate had stood at 0.5%", "the cash rate had sat at 3.60%": a level before the article's date. */
const HAD_STOOD_RE =
  /\bhad[\s\u00a0]+(?:stood|sat|been|remained|stayed|held|hovered|rested)[\s\u00a0]+(?:at|steady at|unchanged at)[\s\u00a0]+$/i;

/** The words before a figure state it in the past perfect ("had stood at"). */
export function hadStoodBefore(lead: string): boolean {
  return HAD_STOOD_RE.test(lead);
}

/**
 * Rule had-stood: "The rate had stood at 0.5% for almost a year before that move" speaks of a level
 * that held until some recent change, not the one in force on the article's date. A policy level
 * that ended in the year before the article (or is still in force) is what it names.
 */
export function hadStoodStep(all: Step[], input: JudgeInput, day: string): Step | null {
  if (!input.hadStood) return null;
  const from = addDays(day, -RECENT_STEP_DAYS);
  return (
    all
      .filter((s) => s.from <= day && (!s.to || s.to >= from))
      .find((s) => compare(input, s.ref.value) === 'matches') ?? null
  );
}
