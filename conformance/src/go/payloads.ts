import fc from 'fast-check';

/**
 * Raw payloads for the compressor comparison. Large inputs are described by a
 * small "recipe" (kind, length, seed…) that is expanded deterministically:
 * fast-check then shrinks the recipe's numbers (a failing 200 KiB input
 * becomes the shortest length that still fails) instead of a 200,000-element
 * array, which would be slow to generate and hopeless to shrink.
 */

export type SegmentKind = 'random' | 'alphabet' | 'text' | 'runs';

export interface Segment {
  kind: SegmentKind;
  length: number;
  seed: number;
  /** alphabet: how many distinct byte values; text: the repeated phrase's length. */
  width: number;
}

export interface Payload {
  /** How the bytes were made, so a failure report says what kind of input broke. */
  recipe: string;
  bytes: Uint8Array;
}

const KiB = 1024;

/** xorshift32: tiny and deterministic, so a recipe always expands to the same bytes. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>>= 0);
  };
}

export function expandSegment(s: Segment): Uint8Array {
  const next = prng(s.seed);
  const out = new Uint8Array(s.length);
  switch (s.kind) {
    case 'random':
      // Incompressible: every byte a literal, so past 16 KiB a block holds more than the 16K tokens Go allows and splits.
      for (let i = 0; i < out.length; i++) out[i] = next() & 0xff;
      break;
    case 'alphabet': {
      // A few symbols: many short matches at every distance, dynamic Huffman codes with skewed lengths.
      const symbols = Array.from({ length: s.width }, () => next() & 0xff);
      for (let i = 0; i < out.length; i++) out[i] = symbols[next() % symbols.length]!;
      break;
    }
    case 'text': {
      // A phrase repeated with rare edits: long matches, lazy-match decisions, distances up to the phrase length.
      const phrase = Array.from({ length: s.width }, () => 32 + (next() % 95));
      for (let i = 0; i < out.length; i++) out[i] = next() % 97 === 0 ? 32 + (next() % 95) : phrase[i % phrase.length]!;
      break;
    }
    case 'runs':
      // Runs of one byte: distance-1 matches of the maximum length 258.
      for (let i = 0; i < out.length; ) {
        const value = next() & 0xff;
        const run = 1 + (next() % 600);
        for (let j = 0; j < run && i < out.length; j++) out[i++] = value;
      }
      break;
  }
  return out;
}

function segment(lengths: fc.Arbitrary<number>): fc.Arbitrary<Segment> {
  return fc.record({
    kind: fc.constantFrom<SegmentKind>('random', 'alphabet', 'text', 'runs'),
    length: lengths,
    seed: fc.integer({ min: 1, max: 0x7fffffff }),
    width: fc.integer({ min: 1, max: 300 }),
  });
}

const describe = (s: Segment) => `${s.kind}(${s.length}${s.kind === 'alphabet' || s.kind === 'text' ? `, width ${s.width}` : ''}, seed ${s.seed})`;

function fromSegments(segments: Segment[]): Payload {
  const parts = segments.map(expandSegment);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { recipe: segments.map(describe).join(' + '), bytes };
}

/** Lengths 0..300 KiB, most of them small; the bands around 16 KiB and 64 KiB are where blocks split and the window slides. */
const lengths = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 512 }) },
  { weight: 4, arbitrary: fc.integer({ min: 513, max: 16 * KiB }) },
  { weight: 2, arbitrary: fc.integer({ min: 16 * KiB, max: 40 * KiB }) },
  { weight: 2, arbitrary: fc.integer({ min: 60 * KiB, max: 68 * KiB }) },
  { weight: 1, arbitrary: fc.integer({ min: 68 * KiB, max: 300 * KiB }) },
);

export const payloadArbitrary: fc.Arbitrary<Payload> = fc.oneof(
  // Fully arbitrary short bytes, shrunk byte by byte.
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ recipe: `bytes(${bytes.length})`, bytes })) },
  { weight: 6, arbitrary: segment(lengths).map((s) => fromSegments([s])) },
  // Mixed inputs: the compressor must switch between stored, fixed and dynamic blocks mid-stream.
  { weight: 2, arbitrary: fc.array(segment(fc.integer({ min: 0, max: 40 * KiB })), { minLength: 2, maxLength: 4 }).map(fromSegments) },
);
