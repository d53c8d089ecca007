export {
  MAX_REPORTS,
  clearReports,
  listReports,
  normalizeReport,
  pageAddress,
  removeReport,
  reportAsText,
  reportWrongMatch,
  reportsAsText,
  watchReports,
  type WrongMatchReport,
} from './reports';
export { MAX_HIDDEN_PAGES, hideMark, hiddenKey, hiddenOn, unhideMark } from './hidden';
export { turnSiteOff } from './site-off';
