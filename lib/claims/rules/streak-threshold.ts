/**
 * streak-threshold. Example: "It was the second straight year above 5%, after 2024's 5.1%" (or "the second year in
 * a row above 5%"), "the first reading under
 * 2 percent since March 2022": a whole percentage a run of readings stayed above or fell below is a threshold,
 * not a reading.
 */
const STREAK_LEAD_RE =
  /\b(?:years?|months?|quarters?|readings?|prints?|times?)(?:[\s\u00a0]+in[\s\u00a0]+a[\s\u00a0]+row)?[\s\u00a0]+(?:above|below|over|under|beneath|topping)[\s\u00a0]+$/i;

/** Whether the figure after `lead` is a round threshold of a run of readings. */
export function isStreakThreshold(lead: string, figureText: string): boolean {
  return (
    /^\d+(?:[\s\u00a0]?%|[\s\u00a0]+(?:percent|per[\s\u00a0]cent))$/i.test(figureText) && STREAK_LEAD_RE.test(lead)
  );
}
