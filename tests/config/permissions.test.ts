import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { NEWS_SITE_MATCHES } from '../../lib/sites';

type Manifest = { host_permissions?: string[]; optional_host_permissions?: string[]; permissions?: string[] };
const manifest = config.manifest as Manifest;

describe('rule: host_permissions never repeat the content-script sites, and never name http://', () => {
  it('lists none of the default sites: the content script’s matches already cover them', () => {
    const held = manifest.host_permissions ?? [];
    expect(held.filter((p) => NEWS_SITE_MATCHES.includes(p))).toEqual([]);
  });

  it('asks for no http:// host at install', () => {
    const all = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
    expect(all.filter((p) => p.startsWith('http://') || p.startsWith('*://'))).toEqual([]);
  });
});
