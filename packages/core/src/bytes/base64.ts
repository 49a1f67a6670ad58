import { ErrorCode, TokenParseError } from '../errors.js';
import { temporary } from './workspace.js';

// RFC 4648 section 4: the standard alphabet with '=' padding (Go's base64.StdEncoding).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

// The text is written as ASCII bytes into a reused buffer and read back as one string by
// a TextDecoder. Appending to a string instead leaves a chain of ~50 intermediate strings
// per token (~2.3 KB of garbage) that is flattened again when the token is used: 2-3x
// slower for a 150-byte stream, and a whole 007 build 3-7% slower (A/B, Node 20).

/**
 * The WHATWG Encoding API's decoder, a global in every runtime agorakey supports
 * (Node, Deno, Bun, browsers, Workers). Core's sources see no runtime globals (see
 * tsconfig.json); this one is declared where it is used.
 */
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };

let decoder: InstanceType<typeof TextDecoder> | undefined;
const CODES = /* @__PURE__ */ new Uint8Array(64).map((_, i) => ALPHABET.charCodeAt(i));
/** Output for streams up to 1,536 bytes (any token but a huge RTM2 one); larger ones get their own. */
const text = /* @__PURE__ */ new Uint8Array(2048);

export function encodeBase64(bytes: Uint8Array): string {
  const length = bytes.length;
  const size = 4 * Math.ceil(length / 3);
  const out = size <= text.length ? text : new Uint8Array(size);
  let o = 0;
  for (let i = 0; i < length; i += 3) {
    // Past the end, bytes read as undefined, i.e. zero bits; those characters become '=' below.
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = CODES[n >>> 18]!;
    out[o++] = CODES[(n >>> 12) & 63]!;
    out[o++] = CODES[(n >>> 6) & 63]!;
    out[o++] = CODES[n & 63]!;
  }
  const rest = length % 3;
  if (rest > 0) out.fill(61, size - 3 + rest, size); // '='
  decoder ??= new TextDecoder();
  return decoder.decode(out.subarray(0, size));
}

/**
 * Standard base64 as Go's StdEncoding.DecodeString reads it: padding required,
 * no characters outside the alphabet; like Go, unused bits of the last group
 * are ignored.
 */
export function decodeBase64(text: string): Uint8Array {
  const fail = () => new TokenParseError(ErrorCode.TokenBase64, 'token is not valid standard base64');
  const length = text.length;
  if (length % 4 !== 0) throw fail();
  const pad = length === 0 ? 0 : text.charCodeAt(length - 1) !== 61 ? 0 : text.charCodeAt(length - 2) !== 61 ? 1 : 2;
  const out = temporary((length / 4) * 3 - pad);
  // Every group but the last has no padding: a tight loop (~2x faster than checking each group for it, measured).
  const body = pad === 0 ? length : length - 4;
  let o = 0;
  for (let i = 0; i < body; i += 4) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) > 127) throw fail();
    const n = (DECODE[c0]! << 18) | (DECODE[c1]! << 12) | (DECODE[c2]! << 6) | DECODE[c3]!;
    if (n < 0) throw fail(); // a -1 entry sets the sign bit, whichever position it is in
    out[o++] = n >>> 16;
    out[o++] = n >>> 8;
    out[o++] = n;
  }
  if (pad > 0) {
    const c0 = text.charCodeAt(body);
    const c1 = text.charCodeAt(body + 1);
    const c2 = pad === 1 ? text.charCodeAt(body + 2) : 65; // 'A' decodes to 0
    if ((c0 | c1 | c2) > 127) throw fail();
    const n = (DECODE[c0]! << 18) | (DECODE[c1]! << 12) | (DECODE[c2]! << 6);
    if (n < 0) throw fail();
    out[o++] = n >>> 16;
    if (pad === 1) out[o] = n >>> 8;
  }
  return out;
}
