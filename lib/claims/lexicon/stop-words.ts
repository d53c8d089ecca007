/**
 * Example: in "a 24% tariff on Japanese exports", "a" and "on" are not counted as words between
 * the alias and its figure. Three nested lists, once: each is the one before with a few more words.
 */

/** Skipped when counting the words after a figure to its qualifier: "24% for Japan". */
export const STOP_AFTER_FIGURE = ['a', 'an', 'the', 'of', 'for', 'on', 'in', 'to', 'by', 'and'] as const;

/** Not counted in distances between an alias and its figure. */
export const NOT_COUNTED = [...STOP_AFTER_FIGURE, 'at', 'its', 'their'] as const;

/** Dropped from aliases before matching, and never starting a fuzzy query. */
export const ALIAS_STOP_WORDS = [...NOT_COUNTED, 'this', 'that', 'with', 'from', 'as', 'all'] as const;
