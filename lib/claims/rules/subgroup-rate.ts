/**
 * Example: "The jobless rate for teenagers climbed to 16.3 percent", "youth unemployment hit 14.1%": a
 * group's own jobless rate, not the headline rate the catalogue keeps.
 */
const GROUP = String.raw`(?:teen(?:ager)?s?|teenage|youths?|young(?:er)?(?:[\s\u00a0]+(?:people|workers|adults))?|black|white|hispanic|latino|asian|women|men|female|male|adult|college|graduates?|veterans?)`;
const SUBGROUP_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:for|among)[\s\u00a0]+(?:the[\s\u00a0]+)?${GROUP}\b[^.;:!?\d]{0,40}|\b${GROUP}[\s\u00a0]+(?:jobless|unemployment)\b[^.;:!?\d]{0,40})$`,
  'i',
);

/** Whether the words before a jobless-rate figure make it a group's rate. */
export function isSubgroupRate(lead: string): boolean {
  return SUBGROUP_BEFORE_RE.test(lead.slice(-70));
}
