import type { AliasDrop } from '../site';

/** euro-stoxx. Example: "the Euro Stoxx shed 3.5% on the week": a share index's name, not the currency. */
export const euroStoxx: AliasDrop = (o, { info }) =>
  o.entry.indicator.kind === 'fx' && info.tokens[o.last]?.norm === 'euro' && info.tokens[o.last + 1]?.norm === 'stoxx';
