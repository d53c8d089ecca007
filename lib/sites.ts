/** Financial news sites the content script runs on without asking; any other site is opt-in. */
export const NEWS_SITES = [
  'ainvest.com',
  'reuters.com',
  'bloomberg.com',
  'cnbc.com',
  'marketwatch.com',
  'finance.yahoo.com',
  'investing.com',
  'wsj.com',
  'ft.com',
  'barrons.com',
  'seekingalpha.com',
  'nasdaq.com',
  'asia.nikkei.com',
  'japantimes.co.jp',
  'fxstreet.com',
  'economist.com',
  'apnews.com',
  'businessinsider.com',
  'fortune.com',
  'kitco.com',
] as const;

/** http as well as https: a site's http address only redirects, but a mirror or a test may serve it. */
export const NEWS_SITE_MATCHES: string[] = NEWS_SITES.flatMap((host) => [`*://${host}/*`, `*://*.${host}/*`]);
