// node --import tsx conformance/runtimes/node/run.ts VECTORS [CHECKS] — run by Node 20, 22 and 24 alike.
import { readFileSync } from 'node:fs';
import * as node from '@agorakey/node';
import * as web from '@agorakey/web';
import { conform, withProvider } from '../../src/conform.js';

const [vectorsPath, checks] = process.argv.slice(2);
const on = `node ${process.versions.node}`;
const { lines, failed } = await conform(
  [
    { label: `${on} @agorakey/node`, adapter: node },
    { label: `${on} @agorakey/node openssl`, adapter: withProvider(node, node.opensslNodeProvider) },
    { label: `${on} @agorakey/web`, adapter: web },
    { label: `${on} @agorakey/web portable`, adapter: withProvider(web, web.portableWebProvider) },
  ],
  readFileSync(vectorsPath!, 'utf8'),
  checks,
);
console.log(lines.join('\n'));
process.exitCode = failed === 0 ? 0 : 1;
