import * as ErrorCode from '../error-codes.js';
import { TokenParseError } from '../errors.js';
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
/**
 * The ASCII bytes of a base64 text up to 2,048 characters (a stream up to 1,536 bytes: any
 * token but a huge RTM2 one), for both directions; longer texts get their own.
 */
const ascii = /* @__PURE__ */ new Uint8Array(2048);

export function encodeBase64(bytes: Uint8Array): string {
  const length = bytes.length;
  const size = 4 * Math.ceil(length / 3);
  const out = size <= ascii.length ? ascii : new Uint8Array(size);
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
 * The WHATWG Encoding API's encoder, a global wherever TextDecoder is (see above):
 * decodeBase64 reads a token's characters through it.
 */
declare const TextEncoder: new () => { encodeInto(source: string, destination: Uint8Array): { read: number; written: number } };

let encoder: InstanceType<typeof TextEncoder> | undefined;

/**
 * Standard base64 as Go's StdEncoding.DecodeString reads it: padding required,
 * no characters outside the alphabet; like Go, unused bits of the last group
 * are ignored. Decodes `text` from index `start` (a token's text after its version).
 */
export function decodeBase64(text: string, start = 0): Uint8Array {
  const fail = () => new TokenParseError(ErrorCode.TokenBase64, 'token is not valid standard base64');
  const end = text.length;
  const length = end - start;
  if (length % 4 !== 0) throw fail();
  // All characters as bytes in one call: charCodeAt on the concatenated or sliced strings
  // tokens usually are costs more (a 007 verify 3-5% slower, A/B on Node 20).
  const chars = end <= ascii.length ? ascii : new Uint8Array(end);
  encoder ??= new TextEncoder();
  const { read, written } = encoder.encodeInto(text, chars);
  if (read !== end || written !== end) throw fail(); // a character outside ASCII
  const pad = length === 0 ? 0 : chars[end - 1] !== 61 ? 0 : chars[end - 2] !== 61 ? 1 : 2;
  const out = temporary((length / 4) * 3 - pad);
  // Every group but the last has no padding: a tight loop (~2x faster than checking each group for it, measured).
  const body = pad === 0 ? end : end - 4;
  let o = 0;
  for (let i = start; i < body; i += 4) {
    const n = (DECODE[chars[i]!]! << 18) | (DECODE[chars[i + 1]!]! << 12) | (DECODE[chars[i + 2]!]! << 6) | DECODE[chars[i + 3]!]!;
    if (n < 0) throw fail(); // a -1 entry sets the sign bit, whichever position it is in
    out[o++] = n >>> 16;
    out[o++] = n >>> 8;
    out[o++] = n;
  }
  if (pad > 0) {
    const c2 = pad === 1 ? chars[body + 2]! : 65; // 'A' decodes to 0
    const n = (DECODE[chars[body]!]! << 18) | (DECODE[chars[body + 1]!]! << 12) | (DECODE[c2]! << 6);
    if (n < 0) throw fail();
    out[o++] = n >>> 16;
    if (pad === 1) out[o] = n >>> 8;
  }
  return out;
}
