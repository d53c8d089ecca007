/**
 * Example: "bitcoin's trading volume", "open interest in gold futures", "the G7 price cap": nouns
 * that make a market's name qualify another measure than its price or level. Singular forms
 * (tokens are normalised); "value" counts only as "market value" (see rules/other-market-measure.ts).
 */
export const MARKET_MEASURE_NOUNS: ReadonlySet<string> = new Set([
  'volume',
  'turnover',
  'cap',
  'capitalization',
  'capitalisation',
  'interest',
  'inflow',
  'outflow',
  'flow',
  'liquidation',
  'dominance',
  'hashrate',
  'demand',
  'holding',
  'reserve',
  'inventory',
  'stockpile',
  'output',
  'production',
  'import',
  'export',
  'volatility',
  'premium',
  'ratio',
  'dividend',
  'earning',
  'revenue',
]);

/**
 * Example: "the Hang Seng China Enterprises Index", "the Hang Seng Tech index", "the S&P 500 Energy
 * sector": words right after an index's name that make it another, narrower index (rules/sub-index.ts).
 */
export const SUB_INDEX_WORDS: ReadonlySet<string> = new Set([
  'china',
  'enterprises',
  'tech',
  'technology',
  'financials',
  'energy',
  'utilities',
  'banks',
  'property',
  'properties',
  'healthcare',
  'small-cap',
  'midcap',
  'equal',
]);

/**
 * Example: "XRP XRP/USD +1.24%", "Solana climbed 3.7%": coins the catalogue does not keep, as the tokenizer folds
 * them (lower case; a pair code "XRP/USD" reads "xrp" then "usd"). Short words that are also English ("sol",
 * "dot", "link", "ton") are left out (rules/other-coin.ts).
 */
export const OTHER_COIN_WORDS: ReadonlySet<string> = new Set([
  'xrp',
  'ripple',
  'solana',
  'dogecoin',
  'doge',
  'cardano',
  'ada',
  'bnb',
  'tron',
  'trx',
  'litecoin',
  'ltc',
  'avalanche',
  'avax',
  'polkadot',
  'chainlink',
  'shiba',
  'tether',
  'usdt',
  'usdc',
  'stellar',
  'xlm',
  'monero',
  'xmr',
  'pepe',
  // Solana's ticker: "BTC has gained 28% and SOL 33%" (not an English word).
  'sol',
]);
