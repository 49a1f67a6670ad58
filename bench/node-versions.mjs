// pnpm bench:nodes: the engine bench (src/run.mjs) once on each Node the runtime tests install
// (20 = this process, 22 and 24 from conformance/runtimes). agorakey's speed hardly moves
// between them, agora-token's does (Buffer and zlib): the ratios are per Node, not one number.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { binaries } from '../conformance/runtimes/binaries.ts';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
for (const [name, path] of [['node', binaries.node()], ['node22', binaries.node22()], ['node24', binaries.node24()]]) {
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\n${name}: ${version}`);
  const run = spawnSync(path, ['--expose-gc', 'src/run.mjs'], { cwd: benchDir, stdio: 'inherit', env: process.env });
  if (run.status !== 0) process.exitCode = 1;
}
