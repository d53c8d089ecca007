/**
 * Example: "Brent for March delivery", "the December contract", "February WTI": words after a month
 * that make it a futures contract's month (periods.ts, rules/contract-month.ts).
 */
export const CONTRACT_NOUNS = 'futures?|contracts?|delivery|settlement|options|expiry';
/** Benchmarks a contract month is written before: "March Brent", "December gold". */
export const CONTRACT_BENCHMARKS = 'Brent|WTI|crude|gold|silver|copper';

/** A table column of contract months ("Delivery Month", "Contract", "Expiry"): its cells name contracts. */
export const CONTRACT_COLUMN_RE = /\b(?:delivery|contract|expiry|expiration)\b/i;
