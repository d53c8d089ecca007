import type { Dataset } from '../dataset/schema';
import { AliasMatcher } from './match';
import { DatasetView } from './dataset-view';
import { siblingIndex, type SiblingIndex } from './subjects/row-owner';
import { tenorIndex, type TenorIndex } from './subjects/tenor';
import { coreIndex, type CoreIndex } from './subjects/core-measure';
import { bankRates, type BankRates } from './subjects/bank-rate';
import { broaderIndex, type BroaderIndex } from './subjects/broader-index';
import { fxPairsOf, type FxPair } from './subjects/currency-words';

/**
 * Example: "jp.ust_holdings" and "cn.ust_holdings" as siblings of one measure: the indexes the
 * subject rules read, built once per dataset when the engine is made.
 */
export interface Catalogue {
  readonly dataset: Dataset;
  readonly matcher: AliasMatcher;
  readonly view: DatasetView;
  readonly siblings: SiblingIndex;
  readonly tenors: TenorIndex;
  readonly cores: CoreIndex;
  readonly rates: BankRates;
  readonly broader: BroaderIndex;
  readonly fxPairs: readonly FxPair[];
  readonly groupOf: (w: string) => string | undefined;
  readonly countriesOf: (id: string) => ReadonlySet<string> | undefined;
}

export function buildCatalogue(dataset: Dataset): Catalogue {
  const matcher = new AliasMatcher(dataset.indicators, dataset.aliasIndex);
  const view = new DatasetView(dataset);
  const countriesOf = (id: string) => matcher.countries.get(id);
  return {
    dataset,
    matcher,
    view,
    siblings: siblingIndex(dataset.indicators),
    tenors: tenorIndex(dataset.indicators),
    cores: coreIndex(dataset.indicators),
    rates: bankRates(dataset.indicators),
    broader: broaderIndex(dataset.indicators, countriesOf),
    fxPairs: fxPairsOf(dataset.indicators),
    groupOf: (w: string) => matcher.groupOf(w),
    countriesOf,
  };
}
