import type { Operation } from './engine.js';
import { buildAccessToken2, buildAccessToken2Content, verifyAccessToken2, type AccessToken2Spec, type SignedFields } from './token007/access-token2.js';
import { buildAccessToken006, buildAccessToken006Content, verifyAccessToken006, type AccessToken006Spec, type ParsedAccessToken006 } from './token006/access-token.js';

// The token logic as engine operations, for `engine.run(...)`: the low-level
// route to a token with every field explicit, on any provider.

export const buildAccessToken2Operation = (spec: AccessToken2Spec): Operation<string> => (context) => buildAccessToken2(context, spec);

export const buildAccessToken2ContentOperation = (spec: AccessToken2Spec): Operation<Uint8Array> => (context) =>
  buildAccessToken2Content(context, spec);

export const verifyAccessToken2Operation = (parsed: SignedFields, appCertificate: string): Operation<boolean> => (context) =>
  verifyAccessToken2(context, parsed, appCertificate);

export const buildAccessToken006Operation = (spec: AccessToken006Spec): Operation<string> => (context) => buildAccessToken006(context, spec);

export const buildAccessToken006ContentOperation = (spec: AccessToken006Spec): Operation<Uint8Array> => (context) =>
  buildAccessToken006Content(context, spec);

/** A 006 signature covers the channel name and uid, which the token holds only as CRC32s. */
export const verifyAccessToken006Operation = (parsed: ParsedAccessToken006, appCertificate: string, channelName: string, uid: string): Operation<boolean> => (context) =>
  verifyAccessToken006(context, parsed, appCertificate, channelName, uid);
