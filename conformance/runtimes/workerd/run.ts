// node --import tsx conformance/runtimes/workerd/run.ts VECTORS [CHECKS]: bundles worker.ts and runs it under `workerd test`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CHECKS } from '../../src/suite.js';
import { binaries } from '../binaries.js';
import { bundle } from '../lib/bundle.js';
import { workerdConfig } from './config.js';

const [vectorsPath, checks = ALL_CHECKS.join(',')] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'agorakey-workerd-'));
const label = `workerd ${execFileSync(binaries.workerd(), ['--version'], { encoding: 'utf8' }).trim().replace(/^workerd /, '')}`;
writeFileSync(join(dir, 'worker.js'), await bundle(new URL('./worker.ts', import.meta.url).pathname, { conditions: ['workerd', 'worker', 'browser', 'import'], external: ['vectors'] }));
copyFileSync(vectorsPath!, join(dir, 'vectors.jsonl'));
writeFileSync(join(dir, 'config.capnp'), workerdConfig(checks, label));
try {
  execFileSync(binaries.workerd(), ['test', join(dir, 'config.capnp')], { stdio: 'inherit' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
