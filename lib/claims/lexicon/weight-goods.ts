/**
 * Example: "copper climbed to $4.0770 per pound": goods priced by weight in pounds, whose "pound" is a
 * unit, not sterling (words as the tokenizer folds them: singular, lower case).
 */
export const POUND_PRICED_GOODS: ReadonlySet<string> = new Set([
  'copper',
  'coffee',
  'cotton',
  'cattle',
  'hog',
  'sugar',
  'cocoa',
  'uranium',
  'pork',
  'nickel',
  'aluminum',
  'aluminium',
  'zinc',
]);
