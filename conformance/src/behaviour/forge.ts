/**
 * Token surgery for the parse-error tests: a zlib stream in one stored block
 * (RFC 1950/1951) needs no compressor, so any payload can be wrapped as a 007
 * token and the parser's checks reached one by one.
 */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

export function storedZlib(payload: Uint8Array): Uint8Array {
  const n = payload.length;
  const out = new Uint8Array(2 + 5 + n + 4);
  out.set([0x78, 0x01, 0x01, n & 0xff, n >>> 8, ~n & 0xff, (~n >>> 8) & 0xff]);
  out.set(payload, 7);
  const sum = adler32(payload);
  out.set([sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff], 7 + n);
  return out;
}

/** A uint16 little-endian length prefix followed by the bytes, as tokens pack strings. */
export function packed(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(2 + bytes.length);
  out.set([bytes.length & 0xff, bytes.length >>> 8]);
  out.set(bytes, 2);
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const le16 = (n: number) => new Uint8Array([n & 0xff, n >>> 8]);
export const le32 = (n: number) => new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24]);
export const ascii = (s: string) => new TextEncoder().encode(s);
