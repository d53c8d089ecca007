import { resolveSourceUrl, REFRESH_BASE } from './config';

/**
 * Where `.github/workflows/dataset.yml` publishes the refreshed dataset (GitHub Pages of the
 * project's repository). It is the default "dataset URL": used only once the reader opts in to
 * refreshing, and replaceable in the popup by any host serving the same two files.
 */
export const PUBLISHED_DATASET_URL = 'https://claimlens.github.io/claimlens/dataset.json';

/** The dataset URL a refresh fetches: the default one follows the test-build rewrite like the providers. */
export function datasetFetchUrl(datasetUrl: string, base: string = REFRESH_BASE): string {
  return datasetUrl === PUBLISHED_DATASET_URL ? resolveSourceUrl(datasetUrl, base) : datasetUrl;
}
