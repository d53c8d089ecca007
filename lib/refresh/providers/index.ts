import type { Provider, ProviderId } from '../types';
import { ecbProvider } from './ecb';
import { treasuryProvider } from './treasury';
import { coinbaseProvider } from './crypto';

export const PROVIDERS: Record<ProviderId, Provider> = {
  ecb: ecbProvider,
  treasury: treasuryProvider,
  coinbase: coinbaseProvider,
};
