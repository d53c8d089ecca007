/**
 * Example: "the 2-year TB yield" (a Korea Treasury Bond in Yonhap's reports), "the 10-year gilt": names of
 * government bonds the catalogue does not keep, so a bare tenor's yield beside them is not a U.S. one
 * (tokens as the tokenizer folds them: lower case, singular).
 */
export const OTHER_BOND_NAMES: ReadonlySet<string> = new Set([
  'tb',
  'ktb',
  'msb',
  'gilt',
  'oat',
  'btp',
  'bonos',
  'acgb',
]);
