import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // Bundle core into the CJS build only where needed: keep it external so one copy is shared.
  external: ['@agorakey/core'],
});
