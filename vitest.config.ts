import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Unit tests run against the TypeScript sources; the conformance runners test the built packages.
    alias: {
      '@agorakey/core': src('./packages/core/src/index.ts'),
      '@agorakey/node': src('./packages/node/src/index.ts'),
      '@agorakey/web': src('./packages/web/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'conformance/test/**/*.test.ts'],
    // Deno's own tests run under the deno binary (pnpm --filter @agorakey/deno test).
    exclude: ['packages/deno/**', '**/node_modules/**'],
    testTimeout: 60_000,
  },
});
