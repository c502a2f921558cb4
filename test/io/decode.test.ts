import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from '../../src/io/decode.js';
import { encodeGb18030, encodeUtf16 } from '../helpers/encode.js';
import { SEED_TEXT } from '../helpers/seed.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('reads UTF-8 without and with a byte-order mark', () => {
    expect(decodeBytes(utf8('科布尔讯 近日'))).toEqual({ text: '科布尔讯 近日', encoding: 'utf-8', invalid: 0 });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('科布尔讯')]))).toEqual({ text: '科布尔讯', encoding: 'utf-8-bom', invalid: 0 });
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    expect(decodeBytes(encodeUtf16('执行到位金额56.93万元', 'le'))).toMatchObject({ text: '执行到位金额56.93万元', encoding: 'utf-16le' });
    expect(decodeBytes(encodeUtf16('执行到位金额56.93万元', 'be'))).toMatchObject({ text: '执行到位金额56.93万元', encoding: 'utf-16be' });
  });

  it('detects GB18030 for the seed page saved in that encoding', () => {
    const decoded = decodeBytes(encodeGb18030(SEED_TEXT));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(SEED_TEXT);
  });

  it('detects GB18030 for a short GBK sentence', () => {
    expect(decodeBytes(encodeGb18030('原告诉至法院，要求被告支付货款。')).encoding).toBe('gb18030');
  });

  it('keeps a UTF-8 page with one broken sequence as UTF-8 and counts the damage', () => {
    const bytes = utf8(SEED_TEXT);
    const broken = Uint8Array.from(bytes);
    broken[1000] = 0xff;
    const decoded = decodeBytes(broken);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.invalid).toBeGreaterThanOrEqual(1);
    expect(decoded.invalid).toBeLessThanOrEqual(3);
  });

  it('treats NUL bytes as binary unless the file has a UTF-16 byte-order mark', () => {
    expect(looksBinary(Uint8Array.of(0x50, 0x4b, 0x00, 0x03))).toBe(true);
    expect(looksBinary(encodeUtf16('ab', 'le'))).toBe(false);
    expect(looksBinary(utf8('纯文本'))).toBe(false);
  });
});
