import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hmacSha256, sha256, Sha256HmacKey } from '../src/crypto/sha256.js';
import { md5 } from '../src/crypto/md5.js';
import { bytesToHex, hexToBytes } from '../src/bytes/hex.js';
import { constantTimeEqual } from '../src/crypto/constant-time.js';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('sha256 (FIPS 180-4 examples)', () => {
  it('hashes the standard messages', () => {
    expect(bytesToHex(sha256(ascii('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(bytesToHex(sha256(ascii('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(bytesToHex(sha256(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
  it('agrees with node:crypto around every padding boundary', () => {
    for (let n = 0; n < 200; n++) {
      const data = randomBytes(n);
      expect(bytesToHex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });
});

describe('HMAC-SHA256 (RFC 4231)', () => {
  it('test case 1', () => {
    expect(bytesToHex(hmacSha256(hexToBytes('0b'.repeat(20)), ascii('Hi There')))).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
  });
  it('test case 2', () => {
    expect(bytesToHex(hmacSha256(ascii('Jefe'), ascii('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
  it('test case 6 (a key longer than the block is hashed first)', () => {
    expect(bytesToHex(hmacSha256(hexToBytes('aa'.repeat(131)), ascii('Test Using Larger Than Block-Size Key - Hash Key First')))).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });
  it('agrees with node:crypto for arbitrary keys and messages, and a key object can be reused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.uint8Array({ maxLength: 400 }), fc.uint8Array({ maxLength: 90 }), (key, a, b) => {
        const k = new Sha256HmacKey(key);
        expect(bytesToHex(k.sign(a))).toBe(createHmac('sha256', key).update(a).digest('hex'));
        expect(bytesToHex(k.sign(b))).toBe(createHmac('sha256', key).update(b).digest('hex'));
      }),
    );
  });
});

describe('md5 (RFC 1321 appendix A.5)', () => {
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', '57edf4a22be3c955ac49da2e2107b67a'],
  ])('md5(%j)', (input, digest) => {
    expect(bytesToHex(md5(ascii(input)))).toBe(digest);
  });
  it('agrees with node:crypto', () => {
    for (let n = 0; n < 140; n++) {
      const data = randomBytes(n);
      expect(bytesToHex(md5(data))).toBe(createHash('md5').update(data).digest('hex'));
    }
  });
});

describe('constantTimeEqual', () => {
  it('compares content and length', () => {
    expect(constantTimeEqual(hexToBytes('0102'), hexToBytes('0102'))).toBe(true);
    expect(constantTimeEqual(hexToBytes('0102'), hexToBytes('0103'))).toBe(false);
    expect(constantTimeEqual(hexToBytes('0102'), hexToBytes('010203'))).toBe(false);
  });
});
