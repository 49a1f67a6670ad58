import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSigned007 } from './support/tokens.js';
import { APP_CERTIFICATE, APP_ID } from './support/test-app.js';

async function freshWorker() {
  vi.resetModules();
  return (await import('../src/entry/worker.js')).default;
}

describe('Workers entry', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds the app from string bindings and serves tokens', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const worker = await freshWorker();
    const bindings = { APP_ID, APP_CERTIFICATE, RATE_LIMIT: '100/min', SOME_KV: { get() {} } };
    const res = await worker.fetch(new Request('https://worker.example/rtc/c/publisher/uid/1', { headers: { 'cf-connecting-ip': '203.0.113.5' } }), bindings, {});
    expect(res.status).toBe(200);
    expectSigned007(((await res.json()) as { rtcToken: string }).rtcToken);
    const requestLine = log.mock.calls.map(([line]) => JSON.parse(String(line))).find((l) => l.msg === 'request');
    expect(requestLine.client).toBe('203.0.113.5');
  });

  it('answers 500 without details when the bindings are invalid, and logs why', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const worker = await freshWorker();
    const res = await worker.fetch(new Request('https://worker.example/ping'), { APP_ID, APP_CERTIFICATE: `${APP_CERTIFICATE}0` }, {});
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'ERR_INTERNAL', message: 'the server is misconfigured' } });
    const logged = error.mock.calls.map(([line]) => String(line)).join('\n');
    expect(logged).toMatch(/APP_CERTIFICATE must be the 32 hexadecimal characters/);
    expect(logged).not.toContain(APP_CERTIFICATE);
  });

  it('refuses demo mode under NODE_ENV=production, as wrangler.toml sets it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const worker = await freshWorker();
    expect((await worker.fetch(new Request('https://worker.example/ping'), { NODE_ENV: 'production' }, {})).status).toBe(500);
  });
});
