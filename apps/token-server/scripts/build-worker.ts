/**
 * Bundles the Workers entry into one ES module, as wrangler would, for
 * running it on workerd locally (test/e2e) without wrangler.
 * `pnpm build:worker` writes dist/worker.js.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export async function buildWorker(outfile: string): Promise<void> {
  await build({
    entryPoints: [here('../src/entry/worker.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    // The same aliases as wrangler.toml: the workspace packages from source.
    alias: {
      '@agorakey/core': here('../../../packages/core/src/index.ts'),
      '@agorakey/web': here('../../../packages/web/src/index.ts'),
    },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWorker(here('../dist/worker.js'));
  console.log('wrote dist/worker.js');
}
