import { siteKey, updateSettings } from '../settings';

/**
 * Turning ClaimLens off on a site from the card's menu, with an undo: the returned function puts
 * the site back exactly as it was (it stays off if it was already off before).
 * const undo = await turnSiteOff('www.ainvest.com'); … await undo();
 */
export async function turnSiteOff(hostname: string): Promise<() => Promise<void>> {
  const site = siteKey(hostname);
  let wasOff = false;
  await updateSettings((s) => {
    wasOff = s.disabledSites.includes(site);
    return wasOff ? s : { ...s, disabledSites: [...s.disabledSites, site] };
  });
  return async () => {
    if (wasOff) return;
    await updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.filter((d) => d !== site) }));
  };
}
