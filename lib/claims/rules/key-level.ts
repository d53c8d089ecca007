/**
 * Example: "EUR/USD: support at 1.1800, resistance at 1.2000" and "USD/JPY to test 160" name levels
 * to watch, not where the market stood: no such figure is marked.
 *
 * Chart levels and levels a market "can reach" or is "to test" are targets of analysis; a fact is a
 * past level ("tested 160 before retreating"), which this rule leaves alone.
 */
const KEY_LEVEL_BEFORE_RE = new RegExp(
  '(?:' +
    // "support $60,000", "resistance at 1.2000", "first support near", "the pivot is", "a stop-loss at".
    String.raw`\b(?:support|resistance|pivot|stop[\s\u00a0-]?loss|key[\s\u00a0]+level)s?(?:[\s\u00a0]+(?:level|zone|area|band|line))?(?:[\s\u00a0]+(?:is|sits|lies|seen|comes?|stands?))?(?:[\s\u00a0]+(?:at|near|around|of|in))?` +
    `|` +
    // "to test 160", "could retest", "can reach 7,500", "may hit".
    String.raw`\b(?:to|can|could|may|might|will|would|should)[\s\u00a0]+(?:re)?(?:test|reach|hit|touch|revisit|target)` +
    String.raw`)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+)?$`,
  'i',
);

/** Whether the words just before a figure make it a level to watch. `before` is the clause's text up to the figure. */
export function isKeyLevel(before: string): boolean {
  return KEY_LEVEL_BEFORE_RE.test(before.slice(-48));
}
