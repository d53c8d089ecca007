import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_BYTES, contentScriptSize } from '../../scripts/bench-browser';
import { ensureBuilt } from '../e2e/harness';

describe('content script size (issue #12)', () => {
  it('the production content script is within its gzipped budget', () => {
    ensureBuilt();
    const { gzip } = contentScriptSize();
    console.log(`content.js: ${gzip} B gzipped, budget ${CONTENT_SCRIPT_BUDGET_BYTES} B`);
    expect(gzip).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
  });
});
