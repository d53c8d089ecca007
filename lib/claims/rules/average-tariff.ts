/**
 * Example: "tariffs on Chinese goods, averaging 25 per cent", "an average effective tariff of 17%": an
 * average or effective rate across goods is a measure the catalogue does not keep; the rate set on a
 * partner is another figure.
 */
const AVERAGE_BEFORE_RE =
  /\b(?:averag(?:e|es|ed|ing)|effective|weighted)\b(?:[\s\u00a0]+(?:effective|tariff|tariffs|duty|duties|levy|rate|of|at|about|around|roughly|nearly|some))*[\s\u00a0]+$/i;

/** Whether the words before a tariff figure make it an average or effective rate. */
export function isAverageTariff(lead: string): boolean {
  return AVERAGE_BEFORE_RE.test(lead.slice(-50));
}
