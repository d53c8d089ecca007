import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { NEWS_SITE_MATCHES } from './lib/sites';
import { PROVIDER_ORIGINS } from './lib/refresh/sources';

// Test builds only (`CLAIMLENS_REFRESH_BASE=http://127.0.0.1:PORT wxt build --mode test`, written to
// .output/chrome-mv3-test): every refresh source is fetched from that local server instead.
const REFRESH_BASE = process.env.CLAIMLENS_REFRESH_BASE ?? '';

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  modules: [],
  vite: () => ({ plugins: [preact()], define: { __CLAIMLENS_REFRESH_BASE__: JSON.stringify(REFRESH_BASE) } }),
  manifest: {
    name: 'ClaimLens',
    description: 'Financial claims in news, checked against official figures, right beside the text.',
    permissions: ['storage', 'scripting', 'alarms', 'activeTab'],
    host_permissions: NEWS_SITE_MATCHES,
    // The refresh providers' hosts are named so stores and reviewers see them; requests stay narrow at runtime.
    optional_host_permissions: [...PROVIDER_ORIGINS, 'https://*/*', 'http://*/*'],
    action: { default_title: 'ClaimLens' },
    // The card's stylesheet, for sites the reader switches on at run time (WXT lists it for the
    // default sites only). A dynamic URL keeps pages from probing for the extension.
    web_accessible_resources: [
      { resources: ['content-scripts/content.css'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true },
    ],
    browser_specific_settings: {
      gecko: {
        id: 'claimlens@claimlens.dev',
        strict_min_version: '128.0',
        // Nothing leaves the browser: the extension collects no data at all.
        data_collection_permissions: { required: ['none'] },
      } as any,
    },
  },
  hooks: {
    // A headless test browser cannot click a permission prompt, so the test build holds the local
    // server's host from install; permissions.request then resolves without asking.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (REFRESH_BASE) manifest.host_permissions = [...(manifest.host_permissions ?? []), `${new URL(REFRESH_BASE).protocol}//${new URL(REFRESH_BASE).hostname}/*`];
    },
  },
  zip: {
    excludeSources: ['artefacts/**', '**/*.log', '.output/**', 'node_modules/**', 'coverage/**'],
  },
});
