/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zlibDeflate, zlibInflate } from '../../src/zlib/index.js';
import { bytesToHex, hexToBytes } from './craft.js';

interface Vector {
  id: string;
  version: string;
  token: string;
  contentHex: string;
}

const file = new URL('../../../../conformance/vectors/go-reference-vectors.jsonl', import.meta.url);
const vectors = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Vector)
  .filter((v) => v.version === '007');

/** A 007 token is "007" + base64(zlib(content)). */
const tokenBytes = (v: Vector): Uint8Array => new Uint8Array(Buffer.from(v.token.slice(3), 'base64'));

describe('Go reference vectors (AccessToken2 "007")', () => {
  it('has the expected number of 007 vectors', () => {
    expect(vectors.length).toBe(960);
    for (const v of vectors) expect(v.token.startsWith('007')).toBe(true);
  });

  it('zlibDeflate(content) is byte-identical to the zlib bytes inside every Go token', () => {
    const mismatches: string[] = [];
    for (const v of vectors) {
      if (bytesToHex(zlibDeflate(hexToBytes(v.contentHex))) !== bytesToHex(tokenBytes(v))) mismatches.push(v.id);
    }
    expect(mismatches).toEqual([]);
  });

  it('zlibInflate(token bytes) gives back the content of every vector', () => {
    const mismatches: string[] = [];
    for (const v of vectors) {
      if (bytesToHex(zlibInflate(tokenBytes(v))) !== v.contentHex.toLowerCase()) mismatches.push(v.id);
    }
    expect(mismatches).toEqual([]);
  });
});
