import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's context stops an older copy of a content script when a newer one announces itself with a
 * document event named after the extension's id. That id is public (it is the store listing's), so
 * any page can dispatch the same event and switch the extension off on itself; measured in Chromium
 * with the sample article: every mark gone. This context ignores that event and posts nothing to
 * the page; copies of our script hand over to each other inside the isolated world instead (see
 * index.ts), where page scripts cannot reach.
 */
export class GuardedContext extends ContentScriptContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}
