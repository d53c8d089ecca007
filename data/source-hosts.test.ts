import { describe, expect, it } from 'vitest';
import { isPrimaryHost, rejectedKind } from './source-hosts';

describe('rejectedKind: a source url on a code host, blog, wiki, aggregator or AI-summary site is refused', () => {
  it.each([
    ['https://github.com/datasets/oil-prices/blob/abc/data/wti-daily.csv', 'code host'],
    ['https://raw.githubusercontent.com/x/y/main/DGS10.csv', 'code host'],
    ['https://ralphhightower.github.io/markets/2025-04-03', 'code host'],
    ['https://main.d358xbzettaslu.amplifyapp.com/article', 'code host'],
    ['https://climateerinvest.blogspot.com/2025/04/tic.html', 'blog'],
    ['https://blinkfeed.blog/boe-december', 'blog'],
    ['https://en.wikipedia.org/wiki/Nikkei_225', 'wiki'],
    ['https://allthe.news/kospi-record', 'aggregator'],
    ['https://preview.deepnewz.com/china/yuan', 'AI summary'],
    ['https://static.anthonyhaake.com/hicp.html', 'personal page'],
  ])('%s is a %s', (url, kind) => {
    expect(rejectedKind(url)).toBe(kind);
  });

  it.each([
    'https://fred.stlouisfed.org/series/DGS10',
    'https://www.federalreserve.gov/newsevents/pressreleases/monetary20251210a.htm',
    'https://japannews.yomiuri.co.jp/business/market/20250407-247485',
    // A host that only ends with a listed name's letters is not that site.
    'https://notgithub.com/x',
    'https://www.blog.example.org/a',
  ])('%s is allowed', (url) => {
    expect(rejectedKind(url)).toBeNull();
  });
});

describe('isPrimaryHost: publishers of official figures', () => {
  it.each([
    'https://ticdata.treasury.gov/resource-center/data-chart-center/tic/Documents/slt%5Ftable5.html',
    'https://fred.stlouisfed.org/series/SP500',
    'https://www.govinfo.gov/content/pkg/FR-2025-04-03/html/2025-05930.htm',
    'https://www.boj.or.jp/en/mopo/mpmdeci/index.htm',
    'https://www.theice.com/forex/usdx',
    'https://www.dax-indices.com/index-details?isin=DE0008469008',
    'https://stoxx.com/?p=40271',
    'https://www.ftserussell.com/products/indices/ukx',
    'https://www.hsi.com.hk/index360/eng/indexes?id=00001.00',
    // stoxx
    'https://stoxx.com/index/sx5e/',
    'https://www.sse.com.cn/market/price/trends/',
    'https://www.bundesbank.de/en/statistics/money-and-capital-markets/interest-rates-and-yields',
    'https://ecos.bok.or.kr/',
    'https://www.lbma.org.uk/prices-and-data/precious-metal-prices',
    'https://www.coinbase.com/price/ethereum',
    // A shared host counts under the publisher's own account path only.
    'https://content.govdelivery.com/bulletins/gd/USDHSCBP-40b3b7b',
  ])('%s is primary', (url) => {
    expect(isPrimaryHost(url)).toBe(true);
  });

  it.each([
    'https://www.finanznachrichten.de/nachrichten-2025-03/x.htm',
    'https://fakestlouisfed.org/series/SP500',
    // A host that merely ends with a listed name's letters is not that publisher.
    'https://notstoxx.com/index/sx5e',
    'https://content.govdelivery.com/accounts/OTHERAGENCY/bulletins/1',
    'https://truthsocial.com/@realDonaldTrumpFan/1',
  ])('%s is not primary', (url) => {
    expect(isPrimaryHost(url)).toBe(false);
  });
});
