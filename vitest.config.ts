import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'tests/**/*.test.ts',
      'data/**/*.test.ts',
      'components/**/*.test.tsx',
      'entrypoints/**/*.test.ts',
    ],
    testTimeout: 60_000,
  },
});
