import { parseToken, verifyToken, type ParsedToken } from '@agorakey/node';
import { expect } from 'vitest';
import { APP_CERTIFICATE, APP_ID } from './test-app.js';

export type Parsed007 = Extract<ParsedToken, { version: '007' }>;
export type Parsed006 = Extract<ParsedToken, { version: '006' }>;

/** Parses a 007 token and checks it is signed with `certificate` for `appId`. */
export function expectSigned007(token: unknown, certificate = APP_CERTIFICATE, appId = APP_ID): Parsed007 {
  expect(typeof token).toBe('string');
  const parsed = parseToken(token as string);
  expect(parsed.version).toBe('007');
  expect(parsed.appId).toBe(appId);
  expect(verifyToken(parsed, certificate)).toBe(true);
  return parsed as Parsed007;
}

/** Parses a 006 token and checks its signature for the channel and uid it was built for. */
export function expectSigned006(token: unknown, channelName: string, uid: number | string, certificate = APP_CERTIFICATE): Parsed006 {
  expect(typeof token).toBe('string');
  const parsed = parseToken(token as string);
  expect(parsed.version).toBe('006');
  expect(parsed.appId).toBe(APP_ID);
  expect(verifyToken(parsed, certificate, { channelName, uid })).toBe(true);
  return parsed as Parsed006;
}

/** The services of a 007 token by type, for assertions on their fields. */
export function serviceOfType(parsed: Parsed007, type: number) {
  const service = parsed.services.find((s) => s.type === type);
  expect(service, `service type ${type}`).toBeDefined();
  return service as any;
}
