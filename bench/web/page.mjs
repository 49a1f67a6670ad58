// The Chromium half of bench/web.mjs, bundled into the page: run.mjs reads `globalThis.benchmark`.
import * as web from '../../packages/web/dist/index.js';
import { measureAll, webCandidates } from './cases.mjs';

const ms = Number(new URLSearchParams(location.search).get('ms') ?? 1000);
globalThis.benchmark = measureAll(webCandidates(web), { ms });
