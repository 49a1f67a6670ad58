// node --import tsx bench/web.mjs [--ms 1000]: 007 RTC token building with @agorakey/web's
// crypto providers, on Node's Web Crypto (next to agora-token and @agorakey/node) and in Chromium.
import { parseArgs } from 'node:util';
import { measureChromium } from './web/chromium.mjs';
import { measureNode } from './web/node.mjs';

const { values } = parseArgs({ options: { ms: { type: 'string', default: process.env.BENCH_MS ?? '1000' } } });
const ms = Number(values.ms);
console.log(`Node ${process.versions.node}`);
console.table(await measureNode({ ms }));
const chromium = await measureChromium({ ms });
console.log(`Chromium ${chromium.version}`);
console.table(chromium.rows);
