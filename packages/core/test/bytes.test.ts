import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBase64, encodeBase64 } from '../src/bytes/base64.js';
import { crc32 } from '../src/bytes/crc32.js';
import { decodeUtf8, encodeUtf8, utf8Length } from '../src/bytes/utf8.js';
import { ByteReader } from '../src/bytes/reader.js';
import { ByteWriter } from '../src/bytes/writer.js';
import { bytesToHex, hexToBytes } from '../src/bytes/hex.js';
import { codeOf } from './helpers.js';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('base64 (RFC 4648 section 10 test vectors)', () => {
  const cases: [string, string][] = [
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ];
  it.each(cases)('%j <-> %j', (plain, encoded) => {
    expect(encodeBase64(ascii(plain))).toBe(encoded);
    expect(decodeBase64(encoded)).toEqual(ascii(plain));
  });

  it('round-trips arbitrary bytes and agrees with node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it('encodes inputs on both sides of the reused output buffer (1,536 bytes) and after a larger one', () => {
    const pattern = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 151 + 7) & 255);
    for (const n of [1534, 1535, 1536, 1537, 1538, 100_000, 5, 1536]) {
      const bytes = pattern(n);
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('decodes texts on both sides of the reused character buffer (2,048) and from an offset', () => {
    const pattern = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 151 + 7) & 255);
    for (const n of [1533, 1536, 1539, 100_000, 5]) {
      const bytes = pattern(n);
      const text = Buffer.from(bytes).toString('base64');
      expect(decodeBase64(text)).toEqual(bytes);
      expect(decodeBase64('007' + text, 3)).toEqual(bytes);
    }
    expect(decodeBase64('007', 3)).toEqual(new Uint8Array(0));
    expect(codeOf(() => decodeBase64('007Zg==', 2))).toBe('ERR_TOKEN_BASE64');
  });

  it.each(['Zg', 'Zg=', 'Z===', 'Zm9v!A==', 'Zm 9v', 'Zm9v\n', '====', 'Zm-_', 'Zm9\u00e9', 'Zm9\u0100', 'Zm9\ud800', '\ud83d\ude00AA', 'Zm9v\u00ff\u00ff\u00ff\u00ff'])(
    'rejects %j with ERR_TOKEN_BASE64',
    (text) => {
      expect(codeOf(() => decodeBase64(text))).toBe('ERR_TOKEN_BASE64');
    },
  );
});

describe('crc32 (IEEE)', () => {
  it('matches the check value of CRC-32/ISO-HDLC', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('utf8', () => {
  it('encodes like TextEncoder for well-formed strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        expect(encodeUtf8(s, 'x')).toEqual(new TextEncoder().encode(s));
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
        expect(decodeUtf8(encodeUtf8(s, 'x'))).toBe(s);
      }),
    );
  });
  it('rejects lone surrogates with ERR_INVALID_STRING', () => {
    expect(codeOf(() => encodeUtf8('a\ud800b', 'channelName'))).toBe('ERR_INVALID_STRING');
    expect(codeOf(() => encodeUtf8('\udc00', 'channelName'))).toBe('ERR_INVALID_STRING');
  });
  it('decodes invalid bytes to U+FFFD like TextDecoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeUtf8(bytes)).toBe(new TextDecoder().decode(bytes));
      }),
    );
  });
});

describe('wire format', () => {
  it('packs little-endian integers and prefixed strings', () => {
    const w = new ByteWriter();
    w.uint16(0x0102).int16(-2).uint32(0xa1b2c3d4).bytes(ascii('hi'));
    const packed = w.finish();
    expect(bytesToHex(packed)).toBe('0201' + 'feff' + 'd4c3b2a1' + '02006869');
    const r = new ByteReader(packed);
    expect([r.uint16(), r.int16(), r.uint32()]).toEqual([0x0102, -2, 0xa1b2c3d4]);
    expect(r.bytes()).toEqual(ascii('hi'));
    expect(r.remaining).toBe(0);
  });
  it('refuses to pack more than 65535 bytes behind a uint16 prefix', () => {
    expect(codeOf(() => new ByteWriter().bytes(new Uint8Array(65536), 'resource'))).toBe('ERR_STRING_TOO_LONG');
    expect(new ByteWriter().bytes(new Uint8Array(65535)).finish().length).toBe(65537);
  });
  it('prefixes strings with their UTF-8 length, written after encoding', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 4 }), (values) => {
        const w = new ByteWriter();
        for (const v of values) w.string(v, 'value');
        const r = new ByteReader(w.finish());
        for (const v of values) expect(r.bytes()).toEqual(new Uint8Array(Buffer.from(v, 'utf8')));
        expect(r.remaining).toBe(0);
      }),
    );
  });
  it('refuses strings over 65535 UTF-8 bytes with ERR_STRING_TOO_LONG, however long', () => {
    expect(new ByteWriter().string('x'.repeat(65535), 'resource').finish().length).toBe(65537);
    expect(new ByteWriter().string('\u20ac'.repeat(21845), 'resource').finish().length).toBe(65537); // 3 bytes each
    for (const value of ['x'.repeat(65536), '\u20ac'.repeat(21846), '\u{1f600}'.repeat(16384), 'x'.repeat(50_000_000)]) {
      expect(codeOf(() => new ByteWriter().string(value, 'resource'))).toBe('ERR_STRING_TOO_LONG');
    }
    expect(codeOf(() => new ByteWriter().string('a\ud800b', 'resource'))).toBe('ERR_INVALID_STRING');
  });
  it('reports reads past the end as ERR_TOKEN_TRUNCATED', () => {
    expect(codeOf(() => new ByteReader(new Uint8Array(1)).uint16())).toBe('ERR_TOKEN_TRUNCATED');
    expect(codeOf(() => new ByteReader(hexToBytes('0500616263')).bytes())).toBe('ERR_TOKEN_TRUNCATED');
    expect(codeOf(() => new ByteReader(hexToBytes('0500616263')).skipBytes())).toBe('ERR_TOKEN_TRUNCATED');
  });
  it('skips a prefixed byte string to the same offset that reading it reaches', () => {
    const r = new ByteReader(hexToBytes('03006162630700'));
    r.skipBytes();
    expect(r.offset).toBe(5);
    expect(r.uint16()).toBe(7);
  });
});
