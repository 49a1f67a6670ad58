import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as web from '@agorakey/web';
import { rejecting, rejectingApi, rejectingMethods } from '../src/rejecting.js';

const APP_ID = '970ca35de60c44645bbae8a215061b33';
const CERTIFICATE = '5cfd2fd1755d40ecb72977518be15d3b';

describe('rejecting', () => {
  it('turns a synchronous throw into a rejected Promise and passes results through', async () => {
    const boom = rejecting(() => {
      throw new Error('boom');
    });
    let thrown = false;
    let pending: Promise<unknown> | undefined;
    try {
      pending = boom() as Promise<unknown>;
    } catch {
      thrown = true;
    }
    expect(thrown).toBe(false);
    await expect(pending).rejects.toThrow('boom');
    await expect(rejecting((x: number) => x + 1)(1)).resolves.toBe(2);
    await expect(rejecting(async (x: number) => x * 3)(2)).resolves.toBe(6);
  });

  it('wraps methods and functions, and leaves the engine and plain values alone', () => {
    const engine = { run: () => 1 };
    const api = rejectingApi({ engine, builder: { build: () => 'x', kind: 'rtc' }, verify: () => true });
    expect(api.engine).toBe(engine);
    expect(api.builder.kind).toBe('rtc');
    expect(api.verify()).toBeInstanceOf(Promise);
    expect(rejectingMethods({ build: () => 'x' }).build()).toBeInstanceOf(Promise);
  });
});

describe('@agorakey/web', () => {
  it('returns Promises from every builder, even on a synchronous provider', async () => {
    const api = web.createAgoraKey({ crypto: web.createPortableCryptoProvider((b) => b.fill(3)), clock: () => 1_700_000_000 });
    const token = api.RtcTokenBuilder.buildTokenWithUid(APP_ID, CERTIFICATE, 'room', 1, web.RtcRole.PUBLISHER, 600);
    expect(token).toBeInstanceOf(Promise);
    expect(await api.verifyToken(await token, CERTIFICATE)).toBe(true);
  });

  it('rejects bad input from the default builders instead of throwing', async () => {
    const pending = web.buildRtcToken({ appId: 'nope', appCertificate: CERTIFICATE, channelName: 'room', uid: 1, role: 'publisher', expiresInSeconds: 60 });
    await expect(pending).rejects.toMatchObject({ code: web.ErrorCode.InvalidAppId });
  });

  it('uses no Node or DOM API in its sources: only ES2022 and Web Crypto through web-crypto.ts', () => {
    const forbidden = [/from ['"]node:/, /\bBuffer\b/, /\bprocess\./, /\brequire\(/, /\bwindow\b/, /\bdocument\b/, /\bself\b/];
    const dir = new URL('../src', import.meta.url).pathname;
    const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
    for (const file of files(dir)) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      for (const pattern of forbidden) expect(code, `${file} ${pattern}`).not.toMatch(pattern);
      if (!file.endsWith('web-crypto.ts')) expect(code, `${file} reaches globalThis`).not.toMatch(/\bglobalThis\b/);
    }
  });
});
