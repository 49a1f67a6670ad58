// node --import tsx conformance/runtimes/chromium/run.ts VECTORS [CHECKS]: page.ts, bundled, in headless Chromium.
import { readFileSync } from 'node:fs';
import { bundle } from '../lib/bundle.js';
import { serve } from '../lib/serve.js';
import { launchChromium } from './browser.js';

const [vectorsPath, checks] = process.argv.slice(2);
const script = await bundle(new URL('./page.ts', import.meta.url).pathname, { conditions: ['browser', 'import'] });
const server = await serve({
  '/': { type: 'text/html', body: '<!doctype html><script type="module" src="/page.js"></script>' },
  '/page.js': { type: 'text/javascript', body: script },
  '/vectors.jsonl': { type: 'text/plain', body: readFileSync(vectorsPath!, 'utf8') },
});
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}?${new URLSearchParams({ checks: checks ?? '', version: browser.version() })}`);
  const { lines } = await page.evaluate(() => (globalThis as { conformance?: Promise<{ lines: string[] }> }).conformance!);
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
