// The conformance suite in the page; run.ts reads the result from `globalThis.conformance`.
import * as web from '@agorakey/web';
import { conform, withProvider } from '../../src/conform.js';

async function run(): Promise<{ lines: string[]; failed: number }> {
  const params = new URLSearchParams(location.search);
  const vectors = await (await fetch('/vectors.jsonl')).text();
  // The driver passes the exact version: the user agent string only says 156.0.0.0.
  const on = `chromium ${params.get('version')}`;
  const targets = [
    { label: `${on} @agorakey/web`, adapter: web },
    { label: `${on} @agorakey/web portable`, adapter: withProvider(web, web.portableWebProvider) },
  ];
  return conform(targets, vectors, params.get('checks') || undefined);
}

(globalThis as { conformance?: unknown }).conformance = run();
