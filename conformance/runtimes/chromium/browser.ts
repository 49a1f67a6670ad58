import { chromium, type Browser } from 'playwright-core';
import { binaries } from '../binaries.js';

/** Debian's Chromium, headless, with nothing that reaches beyond 127.0.0.1 (no sync, updates or QUIC). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: binaries.chromium(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}
