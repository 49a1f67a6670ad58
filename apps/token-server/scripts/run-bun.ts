/**
 * `pnpm start:bun`: runs Bun from the `bun` devDependency. Its npm wrapper
 * needs an install script that this workspace does not run, so this finds
 * the platform binary itself and passes signals on to it.
 * With Bun installed, `bun src/entry/bun.ts` does the same.
 */
import { spawn } from 'node:child_process';
import { PACKAGE_DIR, bunBinary } from './runtime-binaries.js';

const child = spawn(bunBinary(), process.argv.slice(2), { cwd: PACKAGE_DIR, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
