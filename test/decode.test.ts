import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../src/stages/decode.js';

const TRAD = '據記者了解，按照這家企業的財力，說買卡已經買不起了。開源降低了人們使用人工智能的門檻。';
const SIMP = '据记者了解，按照这家企业的财力，说买卡已经买不起了。开源降低了人们使用人工智能的门槛。';

describe('decode', () => {
  const ok: [string, Buffer, string][] = [
    ['UTF-8', Buffer.from(SIMP), 'UTF-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMP)]), 'UTF-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMP, 'utf16le')]), 'UTF-16LE'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SIMP, 'utf16-be')]), 'UTF-16BE'],
    ['Big5', iconv.encode(TRAD, 'big5'), 'Big5'],
    ['GBK', iconv.encode(SIMP, 'gbk'), 'GB18030'],
  ];
  for (const [name, bytes, encoding] of ok) {
    it(`reads ${name}`, () => {
      const d = decode(bytes);
      expect(d.encoding).toBe(encoding);
      expect([TRAD, SIMP]).toContain(d.text);
    });
  }
  const bad: [string, Buffer, RegExp][] = [
    ['an empty file', Buffer.alloc(0), /empty/],
    ['a file of spaces', Buffer.from('  \n '), /empty/],
    ['binary with NUL bytes', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00]), /binary/],
    ['bytes that are no encoding we know', Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 37) % 0x7f))), /not valid UTF-8/],
  ];
  for (const [name, bytes, message] of bad) {
    it(`rejects ${name} with a plain cause`, () => {
      expect(() => decode(bytes)).toThrow(DecodeError);
      expect(() => decode(bytes)).toThrow(message);
    });
  }
});
