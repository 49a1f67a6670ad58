// pnpm check:package: what npm would ship for core, node and web, checked as a user gets it:
// publint and @arethetypeswrong/cli on the packed tarballs, then the packed .d.ts files
// compiled by a consumer under `bundler` and `node16` resolution.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'node', 'web'];
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const work = mkdtempSync(join(tmpdir(), 'agorakey-pack-'));
const failures: string[] = [];

function run(label: string, command: string, args: string[], cwd = root): void {
  console.log(`\n$ ${label}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) failures.push(label);
}

try {
  for (const name of PACKAGES) {
    // pnpm pack rewrites workspace:* to real versions, as pnpm publish will.
    run(`pnpm pack packages/${name}`, 'pnpm', ['pack', '--pack-destination', work], join(root, 'packages', name));
  }
  const tarballs = readdirSync(work).filter((f) => f.endsWith('.tgz'));
  for (const tarball of tarballs) {
    run(`publint ${tarball}`, bin('publint'), ['run', join(work, tarball), '--strict']);
    run(`attw ${tarball}`, bin('attw'), [join(work, tarball), '--no-definitely-typed', '--format', 'table-flipped']);
  }

  const consumer = join(work, 'consumer');
  for (const tarball of tarballs) {
    const target = join(consumer, 'node_modules/@agorakey', tarball.replace(/^agorakey-(.*)-\d+\.\d+\.\d+.*\.tgz$/, '$1'));
    mkdirSync(target, { recursive: true });
    spawnSync('tar', ['-xzf', join(work, tarball), '-C', target, '--strip-components=1'], { stdio: 'inherit' });
  }
  const fixtures = fileURLToPath(new URL('./types-consumer/', import.meta.url));
  copyFileSync(join(fixtures, 'esm.ts'), join(consumer, 'esm.ts'));
  copyFileSync(join(fixtures, 'esm.ts'), join(consumer, 'esm.mts'));
  copyFileSync(join(fixtures, 'cjs.cts'), join(consumer, 'cjs.cts'));
  const strict = { strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022'], types: [], target: 'ES2022' };
  const configs = {
    bundler: { compilerOptions: { ...strict, module: 'ESNext', moduleResolution: 'Bundler' }, files: ['esm.ts'] },
    node16: { compilerOptions: { ...strict, module: 'Node16', moduleResolution: 'Node16' }, files: ['esm.mts', 'cjs.cts'] },
  };
  writeFileSync(join(consumer, 'package.json'), '{ "private": true }\n');
  for (const [name, config] of Object.entries(configs)) {
    writeFileSync(join(consumer, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
    run(`tsc (${name} resolution) on the packed .d.ts`, bin('tsc'), ['-p', `tsconfig.${name}.json`], consumer);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(failures.length === 0 ? '\nok    publint, attw and the .d.ts under bundler and node16' : `\nFAIL  ${failures.join('; ')}`);
process.exit(failures.length === 0 ? 0 : 1);
