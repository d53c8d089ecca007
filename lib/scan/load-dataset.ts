import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../dataset/validate';
import type { Dataset } from '../dataset/schema';

/** The bundled dataset, read from public/dataset.json and validated like any download. */
export function loadBundledDatasetFromDisk(
  path = fileURLToPath(new URL('../../public/dataset.json', import.meta.url)),
): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path}: invalid dataset: ${result.errors.slice(0, 3).join('; ')}`);
  return result.dataset;
}
