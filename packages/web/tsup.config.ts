import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Browsers and workers: nothing newer than ES2022 is needed.
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  // Core stays a separate package so an app that also uses @agorakey/node shares one copy.
  external: ['@agorakey/core'],
});
