/**
 * Which hosts may stand as a figure's `source_url`. The card shows that link, so it must be the
 * publisher's own page; a copy the figure was read from (a wire story, a GitHub mirror of FRED)
 * goes in `via` instead, which is never checked here and never shown.
 *
 * Every host list lives in this file and nowhere else.
 */

/** Why a host can never be a source: the kind of site it is. */
export type RejectedKind = 'code host' | 'blog' | 'wiki' | 'aggregator' | 'AI summary' | 'personal page';

/**
 * Hosts (a suffix match on the dot boundary: `x.blogspot.com` matches `blogspot.com`) that are
 * never a publisher of official figures.
 */
const REJECTED_HOSTS: Readonly<Record<string, RejectedKind>> = {
  'github.com': 'code host',
  'githubusercontent.com': 'code host',
  'github.io': 'code host',
  'gitlab.com': 'code host',
  'bitbucket.org': 'code host',
  'amplifyapp.com': 'code host',
  'netlify.app': 'code host',
  'vercel.app': 'code host',
  'pages.dev': 'code host',
  'huggingface.co': 'code host',
  'blogspot.com': 'blog',
  'wordpress.com': 'blog',
  'medium.com': 'blog',
  'substack.com': 'blog',
  'tumblr.com': 'blog',
  'wikipedia.org': 'wiki',
  'wikiwand.com': 'wiki',
  'fandom.com': 'wiki',
  'investopedia.com': 'wiki',
  'allthe.news': 'aggregator',
  'allover.news': 'aggregator',
  'siolla.com': 'aggregator',
  'newsbreak.com': 'aggregator',
  'ground.news': 'aggregator',
  'flipboard.com': 'aggregator',
  'menafn.com': 'aggregator',
  'financetom.com': 'aggregator',
  'tradingeconomics.com': 'aggregator',
  'deepnewz.com': 'AI summary',
  '12tldr.com': 'AI summary',
  'geomean.com': 'AI summary',
  'phoebereads.com': 'AI summary',
  'whizbuddy.com': 'AI summary',
  'perplexity.ai': 'AI summary',
  'chatgpt.com': 'AI summary',
  'rbtfl.xyz': 'AI summary',
  'anthonyhaake.com': 'personal page',
  'deenazaidi.com': 'personal page',
  'fayezalajmi-4x.com': 'personal page',
  'icloud.info': 'personal page',
};

/** Top-level domains that are blogs by construction (`news.example.blog`). */
const REJECTED_TLDS: Readonly<Record<string, RejectedKind>> = { blog: 'blog' };

/**
 * Publishers of official figures: central banks, statistics offices, treasuries, the Federal
 * Register, exchanges and index owners, and FRED (the St. Louis Fed's own series pages). Used to
 * report how many rows cite a primary page; a host outside both lists is allowed but counted as
 * secondary.
 */
const PRIMARY_HOSTS: readonly string[] = [
  'treasury.gov',
  'federalreserve.gov',
  'stlouisfed.org',
  'bls.gov',
  'bea.gov',
  'census.gov',
  'eia.gov',
  'govinfo.gov',
  'federalregister.gov',
  'whitehouse.gov',
  'boj.or.jp',
  'mof.go.jp',
  'customs.go.jp',
  'esri.cao.go.jp',
  'stat.go.jp',
  'ecb.europa.eu',
  'ec.europa.eu',
  'bankofengland.co.uk',
  'ons.gov.uk',
  'bankofcanada.ca',
  'rba.gov.au',
  'snb.ch',
  'pbc.gov.cn',
  'chinamoney.com.cn',
  'stats.gov.cn',
  'worldbank.org',
  'jtuc-rengo.org',
  'nikkei.co.jp',
  'jpx.co.jp',
  'krx.co.kr',
  'euronext.com',
  'boerse-frankfurt.de',
  'cboe.com',
  'cmegroup.com',
  'ice.com',
  // ICE's index pages (the U.S. Dollar Index) live on its older domain.
  'theice.com',
  // Index administrators: DAX and EURO STOXX 50 (STOXX / Deutsche Börse), FTSE 100, Hang Seng Index.
  'dax-indices.com',
  'stoxx.com',
  'ftserussell.com',
  'hsi.com.hk',
  // The Shanghai Stock Exchange compiles the SSE Composite (the sse refresh provider reads it there).
  'sse.com.cn',
  // The Bundesbank publishes the daily yields on listed Federal securities (Bund yields).
  'bundesbank.de',
  // The Bank of Korea publishes the Seoul won close and KOSPI in its ECOS database.
  'bok.or.kr',
  // LBMA administers the London OTC gold and silver market and its daily benchmark prices.
  'lbma.org.uk',
  // Coinbase is the exchange whose BTC-USD and ETH-USD prices FRED republishes (CBBTCUSD, CBETHUSD).
  'coinbase.com',
  // Kraken is a U.S. dollar crypto exchange; it publishes its own ETH/USD trades and daily candles.
  'kraken.com',
];

/**
 * Shared hosts where only one account is a publisher: a URL counts only under that account's path.
 * A bulletin service or a social network carries anyone's pages, so the host alone proves nothing.
 */
const PRIMARY_PAGES: readonly { host: string; path: RegExp }[] = [
  // CBP's CSMS messages are GovDelivery bulletins of the account USDHSCBP.
  { host: 'content.govdelivery.com', path: /^\/(?:bulletins\/gd\/USDHSCBP-|accounts\/USDHSCBP\/)/ },
  // The President's tariff letters of July 2025 were published only on his own account.
  { host: 'truthsocial.com', path: /^\/@realDonaldTrump(?:\/|$)/ },
];

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

const onSuffix = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The kind of site a URL is on when it may not be a source, else null. */
export function rejectedKind(url: string): RejectedKind | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const [domain, kind] of Object.entries(REJECTED_HOSTS)) if (onSuffix(host, domain)) return kind;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return REJECTED_TLDS[tld] ?? null;
}

/** Whether a URL is on a publisher of official figures. */
export function isPrimaryHost(url: string): boolean {
  const host = hostOf(url);
  if (host === null) return false;
  if (PRIMARY_HOSTS.some((d) => onSuffix(host, d))) return true;
  const path = new URL(url).pathname;
  return PRIMARY_PAGES.some((p) => p.host === host && p.path.test(path));
}
