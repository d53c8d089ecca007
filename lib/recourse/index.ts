export {
  clearReports,
  listReports,
  removeReport,
  reportWrongMatch,
  reportsAsText,
  watchReports,
  type WrongMatchReport,
} from './reports';
export { hideMark, hiddenKey, hiddenOn, unhideMark } from './hidden';
export { turnSiteOff } from './site-off';
