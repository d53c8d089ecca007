export { formatValue } from './value';
export { formatDatasetAge, formatDay, formatPeriod, todayIso } from './date';
export { isReaderNote, publisherLink } from './source';
export {
  claimUnits,
  confidenceWords,
  inferredNotes,
  latestLine,
  markLabel,
  ruleWords,
  verdictLine,
} from './claim';
