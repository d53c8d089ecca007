export { MINUS, describeGap, digits, formatValue, gapUnit, type ValueOptions } from './value';
export { daysBetween, formatDatasetAge, formatDay, formatPeriod, todayIso } from './date';
export { isReaderNote, publisherLink, type PublisherLink } from './source';
export {
  claimUnits,
  confidenceWords,
  inferredNotes,
  latestLine,
  markLabel,
  ruleWords,
  verdictLine,
  verdictLineText,
  verdictOf,
  type VerdictLine,
} from './claim';
