import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PROVIDER_ORIGINS } from './lib/refresh/sources';

// Test builds only (`CLAIMLENS_REFRESH_BASE=https://127.0.0.1:PORT wxt build --mode test`, written to
// .output/chrome-mv3-test): every refresh source is fetched from that local server instead.
const REFRESH_BASE = process.env.CLAIMLENS_REFRESH_BASE ?? '';
const OPTIONAL_ORIGINS = [...PROVIDER_ORIGINS, 'https://*/*', 'http://*/*'];

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  modules: [],
  vite: () => ({ plugins: [preact()], define: { __CLAIMLENS_REFRESH_BASE__: JSON.stringify(REFRESH_BASE) } }),
  manifest: {
    name: 'ClaimLens',
    description: 'Financial claims in news, checked against official figures, right beside the text.',
    permissions: ['storage', 'scripting', 'alarms', 'activeTab'],
    // No host_permissions: the content script's own matches (lib/sites.ts) are all it needs on the
    // default sites, and repeating them here would also let the background fetch those sites.
    // The refresh providers' hosts are named so stores and reviewers see them; requests stay narrow at runtime.
    optional_host_permissions: OPTIONAL_ORIGINS,
    action: { default_title: 'ClaimLens' },
    // The card's stylesheet, for sites the reader switches on at run time (WXT lists it for the
    // default sites only). A dynamic URL keeps pages from probing for the extension.
    web_accessible_resources: [
      { resources: ['content-scripts/content.css'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true },
    ],
    browser_specific_settings: {
      gecko: {
        id: 'claimlens@claimlens.dev',
        // data_collection_permissions is read from Firefox 140 (142 on Android); Debian's ESR is 140.
        strict_min_version: '140.0',
        // Nothing leaves the browser: the extension collects no data at all.
        data_collection_permissions: { required: ['none'] },
        // biome-ignore lint/suspicious/noExplicitAny: WXT's manifest type predates data_collection_permissions
      } as any,
      gecko_android: { strict_min_version: '142.0' },
      // biome-ignore lint/suspicious/noExplicitAny: WXT's manifest type has no gecko_android
    } as any,
  },
  hooks: {
    // A headless test browser cannot click a permission prompt, so the test build holds the local
    // server's host from install; permissions.request then resolves without asking.
    'build:manifestGenerated': (wxt, manifest) => {
      // Gecko's settings mean nothing to Chromium, which lists them as an unknown key.
      if (wxt.config.browser !== 'firefox')
        delete (manifest as { browser_specific_settings?: unknown }).browser_specific_settings;
      const mv2 = manifest.manifest_version === 2;
      // MV2 (Firefox's default build) has no optional_host_permissions: origins are optional permissions.
      if (mv2)
        manifest.optional_permissions = [
          ...new Set([...(manifest.optional_permissions ?? []), ...OPTIONAL_ORIGINS]),
          // biome-ignore lint/suspicious/noExplicitAny: MV2 optional_permissions accept origins; the MV3 type does not
        ] as any;
      if (REFRESH_BASE) {
        const host = `${new URL(REFRESH_BASE).protocol}//${new URL(REFRESH_BASE).hostname}/*`;
        if (mv2) manifest.permissions = [...(manifest.permissions ?? []), host];
        else manifest.host_permissions = [...(manifest.host_permissions ?? []), host];
      }
    },
  },
  zip: {
    excludeSources: ['artefacts/**', '**/*.log', '.output/**', 'node_modules/**', 'coverage/**'],
  },
});
