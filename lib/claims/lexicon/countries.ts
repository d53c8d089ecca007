/**
 * Example: "Core inflation: 3.0%" on a page about Japan: the qualifier groups that are countries,
 * the id prefixes of countries' own indicators, and the kinds of measure news gives without naming
 * the economy.
 */

export const COUNTRY_GROUPS = new Set(['japan', 'china', 'us', 'uk', 'eu', 'germany']);
export const COUNTRY_PREFIX = /^(?:jp|us|cn|uk|ea|de)\./;
/** Measures of an economy, which news often gives without naming it. */
export const PAGE_COUNTRY_KINDS = new Set(['inflation', 'labour', 'growth', 'yield']);
