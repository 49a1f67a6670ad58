import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where the runtime binaries of this package's devDependencies live. They are
 * taken from the platform packages directly: pnpm does not run install
 * scripts here (pnpm-workspace.yaml), and the `bun` and `workerd` wrappers
 * depend on theirs.
 */
const here = createRequire(import.meta.url);

/** The directory of `dependency`, itself resolved from the directory of `from` (a package of ours or one of its dependencies). */
function packageDir(dependency: string, from = here): string {
  return dirname(realpathSync(from.resolve(`${dependency}/package.json`)));
}

const within = (owner: string) => createRequire(join(packageDir(owner), 'package.json'));
const arch = process.arch;
const platform = process.platform;

export const binaries = {
  node: () => process.execPath,
  node22: () => join(packageDir('node22'), 'bin/node'),
  node24: () => join(packageDir('node24'), 'bin/node'),
  deno: () => join(packageDir(`@deno/${platform}-${arch}${platform === 'linux' ? '-glibc' : ''}`, within('deno')), 'deno'),
  bun: () => join(packageDir(`@oven/bun-${platform}-${arch === 'x64' ? 'x64' : 'aarch64'}`, within('bun')), 'bin/bun'),
  workerd: () => join(packageDir(`@cloudflare/workerd-${platform}-${arch === 'x64' ? '64' : 'arm64'}`, within('workerd')), 'bin/workerd'),
  /** Debian's chromium (apt-get install chromium); Playwright's own browser downloads are not used. */
  chromium: () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};
