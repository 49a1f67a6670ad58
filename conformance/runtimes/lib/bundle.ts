import { build } from 'esbuild';

/**
 * Bundles a browser or worker entry point the way an application would: the
 * packages come from their package.json exports (built dist files), resolved
 * with the conditions of the target platform.
 */
export async function bundle(entry: string, options: { conditions: string[]; external?: string[] }): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: options.conditions,
    external: options.external ?? [],
    target: 'es2022',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}
