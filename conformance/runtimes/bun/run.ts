// bun conformance/runtimes/bun/run.ts VECTORS [CHECKS] — Bun runs both the Web and the Node package.
import { readFileSync } from 'node:fs';
import * as node from '@agorakey/node';
import * as web from '@agorakey/web';
import { conform, withProvider } from '../../src/conform.js';

const [vectorsPath, checks] = process.argv.slice(2);
const on = `bun ${process.versions.bun}`;
const { lines, failed } = await conform(
  [
    { label: `${on} @agorakey/web`, adapter: web },
    { label: `${on} @agorakey/web portable`, adapter: withProvider(web, web.portableWebProvider) },
    { label: `${on} @agorakey/node`, adapter: node },
  ],
  readFileSync(vectorsPath!, 'utf8'),
  checks,
);
console.log(lines.join('\n'));
process.exitCode = failed === 0 ? 0 : 1;
