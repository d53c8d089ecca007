import { PATH_BASES } from '../lexicon/path-verbs';

/**
 * Example: "The Federal Reserve's potential to slash interest rates by 300 basis points has sparked
 * debate": a move someone could make, not one made; it is not judged. "room to wait: core inflation
 * reached 3.6%" names no move, and its clause ends at the colon.
 *
 * `before` is the sentence's text up to the figure.
 */
const POTENTIAL_RE = new RegExp(
  String.raw`\b(?:potential|scope|room|capacity|latitude)[\s\u00a0]+(?:to|for)[\s\u00a0]+(?:(?:a|an|another|further|more|the)[\s\u00a0]+)?(?:${PATH_BASES}|slash|hike|ease|reduce|trim|tighten|loosen|cuts?|hikes?|easing|tightening|reductions?|increases?)\b[^.;:!?,\d]{0,40}$`,
  'i',
);

export function isPotentialMove(before: string): boolean {
  return POTENTIAL_RE.test(before.slice(-80));
}

/** potential-level: "risks from potential 4.35% 10-year yield peaks", "a possible $5,000 gold": a level that may come. */
const POTENTIAL_LEVEL_RE =
  /\b(?:potential|possible|prospective|hypothetical)[\s\u00a0]+(?:an?[\s\u00a0]+)?(?:[$€£¥][\s\u00a0]*)?$/i;

export function isPotentialLevel(before: string): boolean {
  return POTENTIAL_LEVEL_RE.test(before.slice(-40));
}
