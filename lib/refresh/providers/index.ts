import type { Provider, ProviderId } from '../types';
import { ecbProvider } from './ecb';
import { treasuryProvider } from './treasury';
import { coinbaseProvider } from './crypto';
import { fredProvider } from './fred';
import { ticProvider } from './tic';
import { ecbDataProvider } from './ecb-data';
import { blsProvider } from './bls';
import { bojProvider } from './boj';
import { boeProvider } from './boe';
import { bocProvider } from './boc';
import { rbaProvider } from './rba';
import { snbProvider } from './snb';
import { mofJgbProvider } from './mof-jgb';
import { onsProvider } from './ons';
import { worldBankProvider } from './worldbank';
import { bundesbankProvider } from './bundesbank';
import { lprProvider } from './cfets-lpr';
// p2
import { sseProvider } from './sse';
import { hsilProvider } from './hsil';
import { ecosProvider } from './ecos';
// p3
import { lbmaProvider } from './lbma';
import { fomcGoalsProvider } from './fomc-goals';
import { bojTargetProvider } from './boj-target';
import { fedRegProvider } from './fedreg';
// stoxx
import { stoxxProvider } from './stoxx';
// euronext
import { euronextProvider } from './euronext';
// estat
import { estatProvider } from './estat';
// v1
import { nbsProvider } from './nbs';
import { jpxProvider } from './jpx';

export const PROVIDERS: Record<ProviderId, Provider> = {
  ecb: ecbProvider,
  treasury: treasuryProvider,
  coinbase: coinbaseProvider,
  fred: fredProvider,
  tic: ticProvider,
  'ecb-data': ecbDataProvider,
  bls: blsProvider,
  boj: bojProvider,
  boe: boeProvider,
  boc: bocProvider,
  rba: rbaProvider,
  snb: snbProvider,
  'mof-jgb': mofJgbProvider,
  ons: onsProvider,
  worldbank: worldBankProvider,
  bundesbank: bundesbankProvider,
  cfets: lprProvider,
  // p2
  sse: sseProvider,
  hsil: hsilProvider,
  ecos: ecosProvider,
  // p3
  lbma: lbmaProvider,
  'fomc-goals': fomcGoalsProvider,
  'boj-target': bojTargetProvider,
  fedreg: fedRegProvider,
  // stoxx
  stoxx: stoxxProvider,
  // euronext
  euronext: euronextProvider,
  // estat
  estat: estatProvider,
  // v1
  nbs: nbsProvider,
  jpx: jpxProvider,
};
