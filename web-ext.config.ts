import { defineWebExtConfig } from 'wxt';

// No display on CI machines: never let `wxt dev` try to open a browser.
export default defineWebExtConfig({ disabled: true });
