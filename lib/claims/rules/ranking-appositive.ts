import { RANKINGS } from '../lexicon/rankings';

/**
 * ranking-appositive: "The VIX closed at 29.49, its highest close in a while and a long way from the calm of
 * January": past the comma a phrase ranks the figure against others; a period inside it is the comparison's,
 * not the figure's. Unless the figure is that extreme and a participle dates it: "well clear of 7.3499, its weakest
 * noon rate of the year, reached on April 9".
 */
const SET_ON = 'reached|set|hit|touched|struck|recorded|notched|posted';
export const RANKING_APPOSITIVE_RE = new RegExp(
  String.raw`,[\s\u00a0]+(?:its|their)[\s\u00a0]+(?:${RANKINGS})\b(?![^,;]*,[\s\u00a0]*(?:${SET_ON}))`,
  'i',
);
