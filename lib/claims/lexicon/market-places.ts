/**
 * Example: "as Shanghai soars 8%", "while Frankfurt slid 1.2%": a market's city, written for its stock market,
 * and the catalogue indices that market's moves may be of (none where the catalogue holds no index of it).
 */
export const MARKET_PLACES: ReadonlyMap<string, readonly string[]> = new Map([
  ['shanghai', ['idx.shanghai_composite']],
  ['shenzhen', []],
  ['hong', ['idx.hang_seng']],
  ['seoul', ['idx.kospi']],
  ['tokyo', ['idx.nikkei225', 'idx.topix']],
  ['frankfurt', ['idx.dax']],
  ['paris', ['idx.cac40']],
  ['london', ['idx.ftse100']],
  ['sydney', []],
  ['mumbai', []],
  ['taipei', []],
  ['singapore', []],
  ['jakarta', []],
]);
