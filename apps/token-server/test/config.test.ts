import { describe, expect, it } from 'vitest';
import { DEMO_APP_CERTIFICATE, DEMO_APP_ID } from '../src/config/demo.js';
import { parseEnvFile } from '../src/config/env-file.js';
import { loadConfig, type LoadResult } from '../src/config/load-config.js';
import { mergeEnv } from '../src/runtime/startup.js';

const APP_ID = '0123456789abcdef0123456789abcdef';
const CERT = 'fedcba9876543210fedcba9876543210';

function ok(result: LoadResult) {
  if (!result.ok) throw new Error(`expected a valid configuration: ${result.errors.join('; ')}`);
  return result.config;
}
function errors(result: LoadResult): string[] {
  if (result.ok) throw new Error('expected configuration errors');
  return result.errors;
}

describe('loadConfig', () => {
  it('takes credentials and settings from the environment', () => {
    const config = ok(loadConfig({
      APP_ID, APP_CERTIFICATE: CERT, PORT: '9000', HOST: '127.0.0.1', CORS_ALLOW_ORIGIN: 'https://a.example, http://localhost:3000',
      AUTH_TOKENS: 'token-number-one-xxxx,token-number-two-yyyy', MAX_EXPIRE_SECONDS: '7200', RATE_LIMIT: '10/s', LOG_LEVEL: 'warn', TRUST_PROXY: 'true',
    }));
    expect(config).toMatchObject({
      appId: APP_ID, appCertificate: CERT, demo: false, port: 9000, host: '127.0.0.1',
      corsAllowOrigin: ['https://a.example', 'http://localhost:3000'], authTokens: ['token-number-one-xxxx', 'token-number-two-yyyy'],
      maxExpireSeconds: 7200, rateLimit: { capacity: 10, refillPerSecond: 10, text: '10/s' }, logLevel: 'warn', trustProxy: true,
    });
  });

  it('has defaults for everything but the credentials', () => {
    const config = ok(loadConfig({ APP_ID, APP_CERTIFICATE: CERT }));
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', corsAllowOrigin: '*', authTokens: [], maxExpireSeconds: 86400, rateLimit: null, logLevel: 'info', trustProxy: false });
  });

  it("falls back to agora-token-service's SERVER_PORT", () => {
    expect(ok(loadConfig({ APP_ID, APP_CERTIFICATE: CERT, SERVER_PORT: '8081' })).port).toBe(8081);
    expect(ok(loadConfig({ APP_ID, APP_CERTIFICATE: CERT, SERVER_PORT: '8081', PORT: '8082' })).port).toBe(8082);
  });

  it('runs in demo mode on loopback with no credentials at all', () => {
    const config = ok(loadConfig({}));
    expect(config).toMatchObject({ demo: true, appId: DEMO_APP_ID, appCertificate: DEMO_APP_CERTIFICATE, host: '127.0.0.1' });
  });

  it('refuses demo mode when NODE_ENV=production', () => {
    expect(errors(loadConfig({ NODE_ENV: 'production' })).join()).toMatch(/required when NODE_ENV=production/);
  });

  it('refuses half the credentials instead of falling back to demo mode', () => {
    expect(errors(loadConfig({ APP_ID })).join()).toMatch(/APP_CERTIFICATE .*is required/);
    expect(errors(loadConfig({ APP_CERTIFICATE: CERT })).join()).toMatch(/APP_ID is required/);
  });

  it.each([
    ['too short', CERT.slice(0, 31), /got 31 characters/],
    ['not hexadecimal', `${CERT.slice(0, 31)}g`, /32 characters, not all hexadecimal/],
    ['too long', `${CERT}00`, /got 34 characters/],
  ])('describes a certificate that is %s without printing it', (_, certificate, shape) => {
    const problems = errors(loadConfig({ APP_ID, APP_CERTIFICATE: certificate }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^APP_CERTIFICATE must be the 32 hexadecimal characters/);
    expect(problems[0]).toMatch(shape);
    expect(problems[0]!.toLowerCase()).not.toContain(certificate.slice(0, 8).toLowerCase());
  });

  it('reads the certificate from APP_CERTIFICATE_FILE, trimmed', () => {
    const files: Record<string, string> = { '/run/secrets/agora': `${CERT}\n` };
    const readFile = (path: string) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path]!;
    };
    expect(ok(loadConfig({ APP_ID, APP_CERTIFICATE_FILE: '/run/secrets/agora' }, { readFile })).appCertificate).toBe(CERT);
    expect(errors(loadConfig({ APP_ID, APP_CERTIFICATE_FILE: '/nope' }, { readFile })).join()).toMatch(/could not be read: ENOENT/);
    files['/bad'] = 'not-a-certificate';
    const bad = errors(loadConfig({ APP_ID, APP_CERTIFICATE_FILE: '/bad' }, { readFile })).join();
    expect(bad).toMatch(/APP_CERTIFICATE_FILE \(\/bad\) must be/);
    expect(bad).not.toContain('not-a-certificate');
    expect(errors(loadConfig({ APP_ID, APP_CERTIFICATE: CERT, APP_CERTIFICATE_FILE: '/run/secrets/agora' }, { readFile })).join()).toMatch(/not both/);
    expect(errors(loadConfig({ APP_ID, APP_CERTIFICATE_FILE: '/run/secrets/agora' })).join()).toMatch(/not supported on this runtime/);
  });

  it('reports every bad setting at once', () => {
    const problems = errors(loadConfig({
      APP_ID: 'nope', APP_CERTIFICATE: CERT, PORT: '70000', CORS_ALLOW_ORIGIN: 'example.com', AUTH_TOKENS: 'short',
      MAX_EXPIRE_SECONDS: '0', RATE_LIMIT: '10 per second', LOG_LEVEL: 'loud', TRUST_PROXY: 'maybe', SHUTDOWN_TIMEOUT_SECONDS: '-1',
    }));
    for (const name of ['APP_ID', 'PORT', 'CORS_ALLOW_ORIGIN', 'AUTH_TOKENS', 'MAX_EXPIRE_SECONDS', 'RATE_LIMIT', 'LOG_LEVEL', 'TRUST_PROXY', 'SHUTDOWN_TIMEOUT_SECONDS']) {
      expect(problems.some((p) => p.startsWith(name)), name).toBe(true);
    }
  });

  it.each([
    ['60/min', { capacity: 60, refillPerSecond: 1 }],
    ['1000/hour', { capacity: 1000, refillPerSecond: 1000 / 3600 }],
    ['30', { capacity: 30, refillPerSecond: 0.5 }],
  ])('reads RATE_LIMIT=%s', (text, expected) => {
    expect(ok(loadConfig({ RATE_LIMIT: text })).rateLimit).toMatchObject(expected);
  });

  it.each(['', '0', 'off', 'OFF'])('disables the rate limit for RATE_LIMIT=%j', (text) => {
    expect(ok(loadConfig({ RATE_LIMIT: text })).rateLimit).toBeNull();
  });

  it('treats CORS_ALLOW_ORIGIN containing * as any origin', () => {
    expect(ok(loadConfig({ CORS_ALLOW_ORIGIN: 'https://a.example,*' })).corsAllowOrigin).toBe('*');
  });
});

describe('.env files', () => {
  it('parses assignments, export, comments and both kinds of quotes', () => {
    const values = parseEnvFile([
      '# a comment',
      'APP_ID=0123',
      'export PORT = 9000',
      "CORS_ALLOW_ORIGIN='https://a.example'   # trailing",
      'LOG_LEVEL="debug" # trailing',
      'QUOTED="line one\\nline \\"two\\""',
      'PLAIN=value # comment',
      'EMPTY=',
      'not an assignment',
    ].join('\n'));
    expect(values).toEqual({
      APP_ID: '0123', PORT: '9000', CORS_ALLOW_ORIGIN: 'https://a.example', LOG_LEVEL: 'debug',
      QUOTED: 'line one\nline "two"', PLAIN: 'value', EMPTY: '',
    });
  });

  it('never overrides a variable that is set in the environment', () => {
    expect(mergeEnv({ PORT: '1' }, 'PORT=2\nHOST=h')).toEqual({ PORT: '1', HOST: 'h' });
    expect(mergeEnv({ PORT: '1' }, undefined)).toEqual({ PORT: '1' });
  });
});
