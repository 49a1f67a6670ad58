import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** apps/token-server */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * The real executable inside a runtime's platform package (linux-x64, the
 * machines this project runs on). The npm wrappers will not do: deno's and
 * workerd's run the binary as a child of a Node process, which would swallow
 * the signals the shutdown tests send, and bun's needs an install script
 * this workspace does not run.
 */
function platformBinary(wrapper: string, platformPackage: string, pathInPackage: string): string {
  const wrapperDir = dirname(realpathSync(join(PACKAGE_DIR, 'node_modules', wrapper, 'package.json')));
  const require = createRequire(join(wrapperDir, 'package.json'));
  return join(dirname(require.resolve(`${platformPackage}/package.json`)), pathInPackage);
}

export const denoBinary = () => platformBinary('deno', '@deno/linux-x64-glibc', 'deno');
export const bunBinary = () => platformBinary('bun-runtime', '@oven/bun-linux-x64', 'bin/bun');
export const workerdBinary = () => platformBinary('workerd', '@cloudflare/workerd-linux-64', 'bin/workerd');
