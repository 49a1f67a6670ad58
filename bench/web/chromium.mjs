// Bundles page.mjs, serves it from 127.0.0.1 and reads the figures from Debian's headless Chromium.
import { build } from 'esbuild';
import { bundleEntry } from './bundle-entry.mjs';
import { launchChromium } from '../../conformance/runtimes/chromium/browser.ts';
import { serve } from '../../conformance/runtimes/lib/serve.ts';

export async function measureChromium({ ms }) {
  const script = await bundleEntry(build, new URL('./page.mjs', import.meta.url).pathname);
  const server = await serve({
    '/': { type: 'text/html', body: '<!doctype html><script type="module" src="/page.js"></script>' },
    '/page.js': { type: 'text/javascript', body: script },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}?ms=${ms}`);
    return { version: browser.version(), rows: await page.evaluate(() => globalThis.benchmark) };
  } finally {
    await browser.close();
    await server.close();
  }
}
