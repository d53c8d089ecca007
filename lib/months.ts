/**
 * Example: "in February", "Sept. 17", "3 Dec 2025": the month names, once, for the engine's patterns,
 * the card's dates and the refresh parsers. A pattern built here matches exactly the names listed here.
 */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Jan" … "Dec": how the card writes a month and how most publishers' files abbreviate it. */
export const MONTH_ABBREVIATIONS: readonly string[] = /* @__PURE__ */ MONTH_NAMES.map((m) => m.slice(0, 3));
