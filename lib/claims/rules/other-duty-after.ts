import type { AliasDrop } from '../site';
import { OTHER_DUTY_WORDS } from '../lexicon/tariff-words';

/**
 * other-duty-after: "27.5% for Japanese cars once the 2.5% most-favoured-nation duty is added": a rate followed
 * by the name of the ordinary duty is that duty, not the new U.S. tariff a nearby alias names.
 */
const OTHER_DUTY_AFTER_RE = new RegExp(String.raw`^[\s\u00a0]+(?:${OTHER_DUTY_WORDS})\b`, 'i');

export const otherDutyAfter: AliasDrop = (o, { text, expr }) =>
  o.entry.indicator.kind === 'tariff' && OTHER_DUTY_AFTER_RE.test(text.slice(expr.end, expr.end + 30));
