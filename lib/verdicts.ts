import type { Verdict } from './claims/types';
import { ALARM_VERDICTS } from './claims/verdicts';

/**
 * Every verdict's words, icon and tone, written once: the card, the popup, the legend and the marks'
 * accessible names read them from here. The icon travels with the word so colour is never the only signal.
 */

/** The order verdicts are listed in (popup counts, legend): alarms first, then agreement, then neutral. */
export const VERDICTS: readonly Verdict[] = [
  'differs',
  'inconsistent',
  'matches',
  'close',
  'since-changed',
  'check',
  'no-figure-yet',
  'unverifiable',
];

/** alarm: red; agree: green; near: amber; neutral: grey (never an alarm, e.g. "since changed", "check"). */
export type VerdictTone = 'alarm' | 'agree' | 'near' | 'neutral';

export interface VerdictWords {
  icon: string;
  /** The verdict in one or two words, shown first on the card. */
  word: string;
  tone: VerdictTone;
  /** One plain sentence for the legend ("What do the colours mean?"). */
  meaning: string;
}

export const VERDICT_WORDS: Record<Verdict, VerdictWords> = {
  matches: {
    icon: '✓',
    word: 'Matches',
    tone: 'agree',
    meaning: 'The official figure for that period says the same, to the article’s rounding.',
  },
  close: {
    icon: '≈',
    word: 'Close',
    tone: 'near',
    meaning: 'A small gap, about the size of rounding; the gap is shown.',
  },
  differs: {
    icon: '✗',
    word: 'Differs',
    tone: 'alarm',
    meaning: 'The official figure for that period is clearly different.',
  },
  'since-changed': {
    icon: '↻',
    word: 'Since changed',
    tone: 'neutral',
    meaning: 'Right when written; the figure has moved since. Not an error.',
  },
  'no-figure-yet': {
    icon: '…',
    word: 'No figure yet',
    tone: 'neutral',
    meaning: 'Nothing was published for that period by the article’s date.',
  },
  check: {
    icon: '?',
    word: 'Check',
    tone: 'neutral',
    meaning: 'The subject or the period is uncertain; the card says which.',
  },
  unverifiable: { icon: '∅', word: 'Unverifiable', tone: 'neutral', meaning: 'No official figure to compare with.' },
  inconsistent: {
    icon: '!',
    word: 'Inconsistent',
    tone: 'alarm',
    meaning: 'The article’s own figures contradict each other.',
  },
};

/** Whether a verdict is one a reader should be warned about (red, counted on the toolbar badge). */
export function isAlarm(v: Verdict): boolean {
  return ALARM_VERDICTS.has(v);
}

/** Anything read from a message or storage, narrowed to a verdict. */
export function isVerdict(v: unknown): v is Verdict {
  return typeof v === 'string' && Object.hasOwn(VERDICT_WORDS, v);
}
