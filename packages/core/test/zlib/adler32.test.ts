import { describe, expect, it } from 'vitest';
import { adler32 } from '../../src/zlib/adler32.js';
import { ascii } from './craft.js';

describe('adler32', () => {
  it('matches known values', () => {
    expect(adler32(new Uint8Array(0))).toBe(1);
    expect(adler32(ascii('a'))).toBe(0x00620062);
    expect(adler32(ascii('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(ascii('hello'))).toBe(0x062c0215);
  });

  it('stays exact over long runs of 0xff (modular reduction)', () => {
    // Reference: straightforward per-byte modulo.
    const data = new Uint8Array(100000).fill(0xff);
    let a = 1;
    let b = 0;
    for (const byte of data) {
      a = (a + byte) % 65521;
      b = (b + a) % 65521;
    }
    expect(adler32(data)).toBe(((b << 16) | a) >>> 0);
  });

  it('supports ranges and continuation', () => {
    const data = ascii('hello world, hello adler');
    const whole = adler32(data);
    expect(adler32(data, 0, data.length)).toBe(whole);
    expect(adler32(data, 11, data.length, adler32(data, 0, 11))).toBe(whole);
  });
});
