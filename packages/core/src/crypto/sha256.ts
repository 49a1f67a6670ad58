/**
 * SHA-256 (FIPS 180-4 section 6.2) and HMAC-SHA256 (RFC 2104) in portable code.
 *
 * Why not just the platform's HMAC: a token needs three HMACs over ~100-300
 * bytes, and per-call overhead dominates there. Measured on Node 20 (this
 * project's bench machine): node:crypto createHmac().update().digest() costs
 * about 6 us per call, one compression below about 0.3 us. HMAC keys
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


// Working variables a..h (H) and the 16-word message-schedule window (W) between calls of rounds16.
// Section 6.2.2 step 1 only ever needs W[t-2], W[t-7], W[t-15], W[t-16], so a 16-word window suffices.
const H = new Int32Array(8);
const W = new Int32Array(16);

/**
 * Rounds t..t+15 of section 6.2.2 step 3 (t = 0, 16, 32, 48), with the schedule words in 16 locals.
 * Why this shape (all measured on Node 20):
 * - 16 rounds written out with the roles of a..h renamed each round, so nothing is shuffled
 *   between registers, and W[t] is always local w(t mod 16).
 * - No loop in here, and none in compress: a function whose big loop body runs only a few times
 *   gets tiered up by on-stack replacement after a deopt (e.g. first a Buffer, then a plain
 *   Uint8Array), and V8 11 then re-enters the interpreter plus the OSR code on every call,
 *   ~13x slower (seen in ~1/3 of runs of the same code written as one looping function).
 * - Ch(e,f,g) = g ^ (e & (f ^ g)) and Maj(a,b,c) = b ^ ((a ^ b) & (b ^ c)) (section 4.1.2),
 *   where a ^ b of one round is b ^ c of the next.
 */
function rounds16(t: number): void {
  let a = H[0]!, b = H[1]!, c = H[2]!, d = H[3]!, e = H[4]!, f = H[5]!, g = H[6]!, h = H[7]!;
  let t1 = 0, x = 0, y = b ^ c;
  let w0 = W[0]!, w1 = W[1]!, w2 = W[2]!, w3 = W[3]!, w4 = W[4]!, w5 = W[5]!, w6 = W[6]!, w7 = W[7]!, w8 = W[8]!, w9 = W[9]!, w10 = W[10]!, w11 = W[11]!, w12 = W[12]!, w13 = W[13]!, w14 = W[14]!, w15 = W[15]!;
  if (t !== 0) {
    // Section 6.2.2 step 1 for W[t..t+15]: W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16] (section 4.1.2 sigmas).
    w0 = ((((w14 >>> 17) | (w14 << 15)) ^ ((w14 >>> 19) | (w14 << 13)) ^ (w14 >>> 10)) + w9 + (((w1 >>> 7) | (w1 << 25)) ^ ((w1 >>> 18) | (w1 << 14)) ^ (w1 >>> 3)) + w0) | 0;
    w1 = ((((w15 >>> 17) | (w15 << 15)) ^ ((w15 >>> 19) | (w15 << 13)) ^ (w15 >>> 10)) + w10 + (((w2 >>> 7) | (w2 << 25)) ^ ((w2 >>> 18) | (w2 << 14)) ^ (w2 >>> 3)) + w1) | 0;
    w2 = ((((w0 >>> 17) | (w0 << 15)) ^ ((w0 >>> 19) | (w0 << 13)) ^ (w0 >>> 10)) + w11 + (((w3 >>> 7) | (w3 << 25)) ^ ((w3 >>> 18) | (w3 << 14)) ^ (w3 >>> 3)) + w2) | 0;
    w3 = ((((w1 >>> 17) | (w1 << 15)) ^ ((w1 >>> 19) | (w1 << 13)) ^ (w1 >>> 10)) + w12 + (((w4 >>> 7) | (w4 << 25)) ^ ((w4 >>> 18) | (w4 << 14)) ^ (w4 >>> 3)) + w3) | 0;
    w4 = ((((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10)) + w13 + (((w5 >>> 7) | (w5 << 25)) ^ ((w5 >>> 18) | (w5 << 14)) ^ (w5 >>> 3)) + w4) | 0;
    w5 = ((((w3 >>> 17) | (w3 << 15)) ^ ((w3 >>> 19) | (w3 << 13)) ^ (w3 >>> 10)) + w14 + (((w6 >>> 7) | (w6 << 25)) ^ ((w6 >>> 18) | (w6 << 14)) ^ (w6 >>> 3)) + w5) | 0;
    w6 = ((((w4 >>> 17) | (w4 << 15)) ^ ((w4 >>> 19) | (w4 << 13)) ^ (w4 >>> 10)) + w15 + (((w7 >>> 7) | (w7 << 25)) ^ ((w7 >>> 18) | (w7 << 14)) ^ (w7 >>> 3)) + w6) | 0;
    w7 = ((((w5 >>> 17) | (w5 << 15)) ^ ((w5 >>> 19) | (w5 << 13)) ^ (w5 >>> 10)) + w0 + (((w8 >>> 7) | (w8 << 25)) ^ ((w8 >>> 18) | (w8 << 14)) ^ (w8 >>> 3)) + w7) | 0;
    w8 = ((((w6 >>> 17) | (w6 << 15)) ^ ((w6 >>> 19) | (w6 << 13)) ^ (w6 >>> 10)) + w1 + (((w9 >>> 7) | (w9 << 25)) ^ ((w9 >>> 18) | (w9 << 14)) ^ (w9 >>> 3)) + w8) | 0;
    w9 = ((((w7 >>> 17) | (w7 << 15)) ^ ((w7 >>> 19) | (w7 << 13)) ^ (w7 >>> 10)) + w2 + (((w10 >>> 7) | (w10 << 25)) ^ ((w10 >>> 18) | (w10 << 14)) ^ (w10 >>> 3)) + w9) | 0;
    w10 = ((((w8 >>> 17) | (w8 << 15)) ^ ((w8 >>> 19) | (w8 << 13)) ^ (w8 >>> 10)) + w3 + (((w11 >>> 7) | (w11 << 25)) ^ ((w11 >>> 18) | (w11 << 14)) ^ (w11 >>> 3)) + w10) | 0;
    w11 = ((((w9 >>> 17) | (w9 << 15)) ^ ((w9 >>> 19) | (w9 << 13)) ^ (w9 >>> 10)) + w4 + (((w12 >>> 7) | (w12 << 25)) ^ ((w12 >>> 18) | (w12 << 14)) ^ (w12 >>> 3)) + w11) | 0;
    w12 = ((((w10 >>> 17) | (w10 << 15)) ^ ((w10 >>> 19) | (w10 << 13)) ^ (w10 >>> 10)) + w5 + (((w13 >>> 7) | (w13 << 25)) ^ ((w13 >>> 18) | (w13 << 14)) ^ (w13 >>> 3)) + w12) | 0;
    w13 = ((((w11 >>> 17) | (w11 << 15)) ^ ((w11 >>> 19) | (w11 << 13)) ^ (w11 >>> 10)) + w6 + (((w14 >>> 7) | (w14 << 25)) ^ ((w14 >>> 18) | (w14 << 14)) ^ (w14 >>> 3)) + w13) | 0;
    w14 = ((((w12 >>> 17) | (w12 << 15)) ^ ((w12 >>> 19) | (w12 << 13)) ^ (w12 >>> 10)) + w7 + (((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3)) + w14) | 0;
    w15 = ((((w13 >>> 17) | (w13 << 15)) ^ ((w13 >>> 19) | (w13 << 13)) ^ (w13 >>> 10)) + w8 + (((w0 >>> 7) | (w0 << 25)) ^ ((w0 >>> 18) | (w0 << 14)) ^ (w0 >>> 3)) + w15) | 0;
    W[0] = w0; W[1] = w1; W[2] = w2; W[3] = w3; W[4] = w4; W[5] = w5; W[6] = w6; W[7] = w7;
    W[8] = w8; W[9] = w9; W[10] = w10; W[11] = w11; W[12] = w12; W[13] = w13; W[14] = w14; W[15] = w15;
  }
  // Each round: T1 = h + S1(e) + Ch(e,f,g) + K[t] + W[t]; d += T1; h = T1 + S0(a) + Maj(a,b,c); then rename.
  t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[t]! + w0) | 0;
  d = (d + t1) | 0;
  x = a ^ b;
  h = (t1 + (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + (b ^ (x & y))) | 0;
  y = x;
  t1 = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + K[t + 1]! + w1) | 0;
  c = (c + t1) | 0;
  x = h ^ a;
  g = (t1 + (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + (a ^ (x & y))) | 0;
  y = x;
  t1 = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + K[t + 2]! + w2) | 0;
  b = (b + t1) | 0;
  x = g ^ h;
  f = (t1 + (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + (h ^ (x & y))) | 0;
  y = x;
  t1 = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + K[t + 3]! + w3) | 0;
  a = (a + t1) | 0;
  x = f ^ g;
  e = (t1 + (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + (g ^ (x & y))) | 0;
  y = x;
  t1 = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + K[t + 4]! + w4) | 0;
  h = (h + t1) | 0;
  x = e ^ f;
  d = (t1 + (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + (f ^ (x & y))) | 0;
  y = x;
  t1 = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + K[t + 5]! + w5) | 0;
  g = (g + t1) | 0;
  x = d ^ e;
  c = (t1 + (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + (e ^ (x & y))) | 0;
  y = x;
  t1 = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + K[t + 6]! + w6) | 0;
  f = (f + t1) | 0;
  x = c ^ d;
  b = (t1 + (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + (d ^ (x & y))) | 0;
  y = x;
  t1 = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + K[t + 7]! + w7) | 0;
  e = (e + t1) | 0;
  x = b ^ c;
  a = (t1 + (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + (c ^ (x & y))) | 0;
  y = x;
  t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[t + 8]! + w8) | 0;
  d = (d + t1) | 0;
  x = a ^ b;
  h = (t1 + (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + (b ^ (x & y))) | 0;
  y = x;
  t1 = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + K[t + 9]! + w9) | 0;
  c = (c + t1) | 0;
  x = h ^ a;
  g = (t1 + (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + (a ^ (x & y))) | 0;
  y = x;
  t1 = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + K[t + 10]! + w10) | 0;
  b = (b + t1) | 0;
  x = g ^ h;
  f = (t1 + (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + (h ^ (x & y))) | 0;
  y = x;
  t1 = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + K[t + 11]! + w11) | 0;
  a = (a + t1) | 0;
  x = f ^ g;
  e = (t1 + (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + (g ^ (x & y))) | 0;
  y = x;
  t1 = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + K[t + 12]! + w12) | 0;
  h = (h + t1) | 0;
  x = e ^ f;
  d = (t1 + (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + (f ^ (x & y))) | 0;
  y = x;
  t1 = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + K[t + 13]! + w13) | 0;
  g = (g + t1) | 0;
  x = d ^ e;
  c = (t1 + (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + (e ^ (x & y))) | 0;
  y = x;
  t1 = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + K[t + 14]! + w14) | 0;
  f = (f + t1) | 0;
  x = c ^ d;
  b = (t1 + (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + (d ^ (x & y))) | 0;
  y = x;
  t1 = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + K[t + 15]! + w15) | 0;
  e = (e + t1) | 0;
  x = b ^ c;
  a = (t1 + (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + (c ^ (x & y))) | 0;
  y = x;
  H[0] = a; H[1] = b; H[2] = c; H[3] = d; H[4] = e; H[5] = f; H[6] = g; H[7] = h;
}

/** One compression of the 64-byte block at `block[at..]` into `state` (section 6.2.2). */
function compress(state: Int32Array, block: Uint8Array, at: number): void {
  // Section 6.2.2 step 1, t < 16: the block as big-endian words. Written out (no loop, see rounds16);
  // byte shifts measured faster than a DataView per call.
  W[0] = (block[at]! << 24) | (block[at + 1]! << 16) | (block[at + 2]! << 8) | block[at + 3]!;
  W[1] = (block[at + 4]! << 24) | (block[at + 5]! << 16) | (block[at + 6]! << 8) | block[at + 7]!;
  W[2] = (block[at + 8]! << 24) | (block[at + 9]! << 16) | (block[at + 10]! << 8) | block[at + 11]!;
  W[3] = (block[at + 12]! << 24) | (block[at + 13]! << 16) | (block[at + 14]! << 8) | block[at + 15]!;
  W[4] = (block[at + 16]! << 24) | (block[at + 17]! << 16) | (block[at + 18]! << 8) | block[at + 19]!;
  W[5] = (block[at + 20]! << 24) | (block[at + 21]! << 16) | (block[at + 22]! << 8) | block[at + 23]!;
  W[6] = (block[at + 24]! << 24) | (block[at + 25]! << 16) | (block[at + 26]! << 8) | block[at + 27]!;
  W[7] = (block[at + 28]! << 24) | (block[at + 29]! << 16) | (block[at + 30]! << 8) | block[at + 31]!;
  W[8] = (block[at + 32]! << 24) | (block[at + 33]! << 16) | (block[at + 34]! << 8) | block[at + 35]!;
  W[9] = (block[at + 36]! << 24) | (block[at + 37]! << 16) | (block[at + 38]! << 8) | block[at + 39]!;
  W[10] = (block[at + 40]! << 24) | (block[at + 41]! << 16) | (block[at + 42]! << 8) | block[at + 43]!;
  W[11] = (block[at + 44]! << 24) | (block[at + 45]! << 16) | (block[at + 46]! << 8) | block[at + 47]!;
  W[12] = (block[at + 48]! << 24) | (block[at + 49]! << 16) | (block[at + 50]! << 8) | block[at + 51]!;
  W[13] = (block[at + 52]! << 24) | (block[at + 53]! << 16) | (block[at + 54]! << 8) | block[at + 55]!;
  W[14] = (block[at + 56]! << 24) | (block[at + 57]! << 16) | (block[at + 58]! << 8) | block[at + 59]!;
  W[15] = (block[at + 60]! << 24) | (block[at + 61]! << 16) | (block[at + 62]! << 8) | block[at + 63]!;
  compressWords(state);
}

/** One compression of the block already in W (big-endian words) into `state`; W is consumed. */
function compressWords(state: Int32Array): void {
  H[0] = state[0]!; H[1] = state[1]!; H[2] = state[2]!; H[3] = state[3]!; H[4] = state[4]!; H[5] = state[5]!; H[6] = state[6]!; H[7] = state[7]!;
  rounds16(0);
  rounds16(16);
  rounds16(32);
  rounds16(48);
  // Step 4: add the working variables into the hash value.
  state[0] = (state[0]! + H[0]!) | 0;
  state[1] = (state[1]! + H[1]!) | 0;
  state[2] = (state[2]! + H[2]!) | 0;
  state[3] = (state[3]! + H[3]!) | 0;
  state[4] = (state[4]! + H[4]!) | 0;
  state[5] = (state[5]! + H[5]!) | 0;
  state[6] = (state[6]! + H[6]!) | 0;
  state[7] = (state[7]! + H[7]!) | 0;
}

/**
 * Continues hashing from `state` (which has already absorbed `prefixBytes`
 * bytes, a multiple of 64) over `data`, padding included: `state` ends as the
 * digest's words.
 */
function finish(state: Int32Array, prefixBytes: number, data: Uint8Array): void {
  const n = data.length;
  const full = n - (n % 64);
  for (let at = 0; at < full; at += 64) compress(state, data, at);
  // Section 5.1.1 padding: 0x80, zeros, then the message length in bits (big-endian
  // 64-bit), written straight into W: staging them in a byte block cost ~0.25 us of
  // a ~0.45 us one-block hash (measured).
  W.fill(0);
  loadWords(data, full, n);
  const tail = n - full;
  W[tail >> 2]! |= 0x80 << (24 - 8 * (tail & 3));
  if (tail >= 56) {
    compressWords(state);
    W.fill(0);
  }
  const bits = (prefixBytes + n) * 8;
  W[14] = Math.floor(bits / 0x100000000);
  W[15] = bits;
  compressWords(state);
}

/** Writes data[from, to) (at most 64 bytes) into W as big-endian words from W[0]; W must be zero beyond them. */
function loadWords(data: Uint8Array, from: number, to: number): void {
  let t = 0;
  let i = from;
  for (; i + 4 <= to; i += 4) W[t++] = (data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!;
  for (let shift = 24; i < to; i++, shift -= 8) W[t]! |= data[i]! << shift;
}

function storeWords(state: Int32Array, out: Uint8Array): void {
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
  finish(state, 0, data);
  storeWords(state, out);
  return out;
}

// Scratch for keys used once (the 007 salt and signing keys): a fresh key object
// per token cost 5 typed-array allocations, ~11% of a verify in GC (profiled).
const KEY_WORDS = new Int32Array(16);
const ONCE_INNER = new Int32Array(8);
const ONCE_OUTER = new Int32Array(8);

/** RFC 2104 section 2: the states after absorbing key XOR ipad and key XOR opad. */
function padStates(key: Uint8Array, inner: Int32Array, outer: Int32Array): void {
  const k = key.length > 64 ? sha256(key) : key;
  W.fill(0);
  loadWords(k, 0, k.length);
  KEY_WORDS.set(W);
  for (let t = 0; t < 16; t++) W[t]! ^= 0x36363636;
  inner.set(IV);
  compressWords(inner);
  for (let t = 0; t < 16; t++) W[t] = KEY_WORDS[t]! ^ 0x5c5c5c5c;
  outer.set(IV);
  compressWords(outer);
}

/** HMAC from precomputed pad states; `inner` and `outer` are consumed. */
function signWith(inner: Int32Array, outer: Int32Array, data: Uint8Array): Uint8Array {
  finish(inner, 64, data);
  // The outer hash's one block is the inner digest, padded: built from the inner
  // state's words directly (64 + 32 bytes = 768 bits).
  W.set(inner);
  W.fill(0, 8);
  W[8] = 0x80000000 | 0;
  W[15] = 768;
  compressWords(outer);
  const out = new Uint8Array(32);
  storeWords(outer, out);
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
