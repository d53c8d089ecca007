import type { AliasDrop } from '../site';

/** Words after "Dow Jones" that name its sister averages. */
const SISTER_AVERAGES: ReadonlySet<string> = new Set([
  'transportation',
  'transportations',
  'transport',
  'transports',
  'utility',
  'utilities',
  'composite',
]);

/**
 * other-dow. Example: "The Dow Jones Transportation Average fell 2.1%", "the Global Dow rose 1.2%": other indices
 * whose names hold "Dow", not the Dow Jones Industrial Average.
 */
export const otherDow: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.id !== 'idx.djia') return false;
  const { tokens } = info;
  if (tokens[o.first - 1]?.norm === 'global') return true;
  const next = tokens[o.last + 1]?.norm;
  return !!next && SISTER_AVERAGES.has(next);
};
