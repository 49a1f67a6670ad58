// deno run --allow-read conformance/runtimes/deno/run.ts VECTORS [CHECKS]
import * as agorakey from '@agorakey/deno';
import { conform, withProvider } from '../../src/conform.js';

const [vectorsPath, checks] = Deno.args;
const on = `deno ${Deno.version.deno}`;
const { lines, failed } = await conform(
  [
    { label: `${on} @agorakey/deno`, adapter: agorakey },
    { label: `${on} @agorakey/deno portable`, adapter: withProvider(agorakey, agorakey.portableWebProvider) },
  ],
  await Deno.readTextFile(vectorsPath!),
  checks,
);
console.log(lines.join('\n'));
Deno.exitCode = failed === 0 ? 0 : 1;
