/**
 * level-ellipsis. Example: "The Nikkei 225 closed Monday at 45,043.75 and the broader Topix at 3,131.57": a second
 * name with the first one's verb left out ends on the same day as the first level.
 *
 * `gap` runs from the end of the first level to the second: " and the broader Topix at ".
 */
// ellipsis-after-day: "the 2-year stood at 4.35% at Tuesday's close and the 10-year at 4.15%": the first level's day
// may stand between.
const LEVEL_ELLIPSIS_RE =
  /^(?:[\s\u00a0]+(?:at|on)[\s\u00a0]+[^.;:!?\d,]{1,30}?)?[\s\u00a0]*,?[\s\u00a0]*(?:and|while|with)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:(?:broader|wider|benchmark|blue-chip|tech-heavy|[A-Z0-9][\w&.'’/-]*)[\s\u00a0]+){1,4}(?:at|to)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+)?[$€£¥]?$/;

export function levelEllipsis(gap: string): boolean {
  return LEVEL_ELLIPSIS_RE.test(gap);
}
