/**
 * SHA-256 (FIPS 180-4 section 6.2) and HMAC-SHA256 (RFC 2104) in portable code.
 *
 * Why not just the platform's HMAC: a token needs three HMACs over ~100-300
 * bytes, and per-call overhead dominates there. Measured on Node 20 (this
 * project's bench machine): node:crypto createHmac().update().digest() costs
 * about 6 us per call, one compression below costs about 0.4 us. HMAC keys
 * that repeat (the app certificate of a 006 token) keep their padded inner
 * and outer states, saving two compressions per call.
 */

// FIPS 180-4 section 4.2.2: first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

// Section 5.3.3: initial hash value.
const IV = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const W = new Int32Array(64);
const BLOCK = new Uint8Array(64);

/** One compression of the 64-byte block at `block[at..]` into `state` (section 6.2.2). */
function compress(state: Int32Array, block: Uint8Array, at: number): void {
  for (let t = 0; t < 16; t++, at += 4) {
    W[t] = (block[at]! << 24) | (block[at + 1]! << 16) | (block[at + 2]! << 8) | block[at + 3]!;
  }
  for (let t = 16; t < 64; t++) {
    const w15 = W[t - 15]!;
    const w2 = W[t - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[t] = (s1 + W[t - 7]! + s0 + W[t - 16]!) | 0;
  }
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!;
  let e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + K[t]! + W[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

/**
 * Continues hashing from `state` (which has already absorbed `prefixBytes`
 * bytes, a multiple of 64) over `data`, and writes the digest into `out`.
 */
function finish(state: Int32Array, prefixBytes: number, data: Uint8Array, out: Uint8Array): void {
  const n = data.length;
  const full = n - (n % 64);
  for (let at = 0; at < full; at += 64) compress(state, data, at);
  // Section 5.1.1 padding: 0x80, zeros, then the message length in bits (big-endian 64-bit).
  const tail = n - full;
  BLOCK.fill(0);
  BLOCK.set(data.subarray(full), 0);
  BLOCK[tail] = 0x80;
  if (tail >= 56) {
    compress(state, BLOCK, 0);
    BLOCK.fill(0);
  }
  const bits = (prefixBytes + n) * 8;
  const high = Math.floor(bits / 0x100000000);
  BLOCK[56] = high >>> 24;
  BLOCK[57] = high >>> 16;
  BLOCK[58] = high >>> 8;
  BLOCK[59] = high;
  BLOCK[60] = bits >>> 24;
  BLOCK[61] = bits >>> 16;
  BLOCK[62] = bits >>> 8;
  BLOCK[63] = bits;
  compress(state, BLOCK, 0);
  for (let i = 0; i < 8; i++) {
    const v = state[i]!;
    out[4 * i] = v >>> 24;
    out[4 * i + 1] = v >>> 16;
    out[4 * i + 2] = v >>> 8;
    out[4 * i + 3] = v;
  }
}

export function sha256(data: Uint8Array): Uint8Array {
  const state = IV.slice();
  const out = new Uint8Array(32);
  finish(state, 0, data, out);
  return out;
}

// Scratch for keys used once (the 007 salt and signing keys): a fresh key object
// per token cost 5 typed-array allocations, ~11% of a verify in GC (profiled).
const PAD = new Uint8Array(64);
const ONCE_INNER = new Int32Array(8);
const ONCE_OUTER = new Int32Array(8);
const INNER_DIGEST = new Uint8Array(32);

/** RFC 2104 section 2: the states after absorbing key XOR ipad and key XOR opad. */
function padStates(key: Uint8Array, inner: Int32Array, outer: Int32Array): void {
  const k = key.length > 64 ? sha256(key) : key;
  PAD.fill(0x36);
  for (let i = 0; i < k.length; i++) PAD[i] = k[i]! ^ 0x36;
  inner.set(IV);
  compress(inner, PAD, 0);
  for (let i = 0; i < 64; i++) PAD[i]! ^= 0x36 ^ 0x5c;
  outer.set(IV);
  compress(outer, PAD, 0);
}

/** HMAC from precomputed pad states; `inner` and `outer` are consumed. */
function signWith(inner: Int32Array, outer: Int32Array, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(32);
  finish(inner, 64, data, INNER_DIGEST);
  finish(outer, 64, INNER_DIGEST, out);
  return out;
}

/** An HMAC-SHA256 key with its inner and outer states precomputed, for keys that sign many messages. */
export class Sha256HmacKey {
  private readonly inner = new Int32Array(8);
  private readonly outer = new Int32Array(8);
  constructor(key: Uint8Array) {
    padStates(key, this.inner, this.outer);
  }

  sign(data: Uint8Array): Uint8Array {
    ONCE_INNER.set(this.inner);
    ONCE_OUTER.set(this.outer);
    return signWith(ONCE_INNER, ONCE_OUTER, data);
  }
}

/** One-shot HMAC-SHA256 without allocating key state. */
export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  padStates(key, ONCE_INNER, ONCE_OUTER);
  return signWith(ONCE_INNER, ONCE_OUTER, data);
}
