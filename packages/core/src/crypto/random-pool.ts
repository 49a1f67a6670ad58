/**
 * Uniform random uint32s drawn from a platform CSPRNG in batches: one
 * getRandomValues/randomFillSync call costs about as much as signing a token's
 * worth of HMACs, so 256 values are drawn at a time (measured, Node 20).
 */
export function createRandomUint32(fillRandom: (buffer: Uint32Array) => unknown): () => number {
  if (typeof fillRandom !== 'function') throw new TypeError('fillRandom must be a function');
  const pool = new Uint32Array(256);
  let next = pool.length;
  return () => {
    if (next === pool.length) {
      fillRandom(pool);
      next = 0;
    }
    const value = pool[next]!;
    // A drawn value is not left behind in memory for a later reader.
    pool[next++] = 0;
    return value;
  };
}
