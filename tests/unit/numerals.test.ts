import { describe, expect, it } from 'vitest';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral, parseNumeral, toChineseNumeral, toHalfWidthDigits } from '../../src/lib/numerals.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0], ['〇', 0], ['一', 1], ['两', 2], ['九', 9], ['十', 10], ['十一', 11], ['十八', 18],
    ['二十', 20], ['二十一', 21], ['九十九', 99], ['一百', 100], ['两百', 200], ['一百零一', 101],
    ['一百〇二', 102], ['一百一十', 110], ['一百一十九', 119], ['一百九十九', 199], ['二百零八', 208],
    ['一千零一十', 1010], ['一千零十', 1010], ['二〇', 20], ['一〇二', 102],
  ])('reads %s as %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each(['', '条', '十百', '一二三十', '百', '一百二', '十十', '一零十', 'abc', '十八条', '一百十', '千千', '二十十'])('refuses %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it('ignores spaces around the numeral', () => {
    expect(parseChineseNumeral(' 十八 ')).toBe(18);
  });

  it('reads the largest numeral it accepts, 9999', () => {
    expect(parseChineseNumeral('九千九百九十九')).toBe(9999);
  });
});

describe('toChineseNumeral', () => {
  it.each([
    [0, '零'], [1, '一'], [10, '十'], [11, '十一'], [18, '十八'], [20, '二十'], [99, '九十九'],
    [100, '一百'], [101, '一百零一'], [110, '一百一十'], [119, '一百一十九'], [199, '一百九十九'],
    [200, '二百'], [1010, '一千零一十'], [2035, '二千零三十五'],
  ])('writes %i as %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
  });

  it('round-trips every number from 0 to 1200', () => {
    for (let n = 0; n <= 1200; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('refuses negative, fractional and too large numbers, saying what it accepts', () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
    expect(() => toChineseNumeral(10000)).toThrow('toChineseNumeral: 10000 is not a whole number from 0 to 9999');
  });

  it('writes 9999, the largest number it accepts', () => {
    expect(toChineseNumeral(9999)).toBe('九千九百九十九');
  });
});

describe('CHINESE_NUMERAL_CHARS', () => {
  it('holds every character of every numeral, the variant digits 两 and 〇, and nothing else', () => {
    const used = new Set<string>(['两', '〇']);
    for (let n = 0; n <= 9999; n += 7) for (const ch of toChineseNumeral(n)) used.add(ch);
    for (const ch of '十百千') used.add(ch);
    expect([...CHINESE_NUMERAL_CHARS].sort()).toEqual([...used].sort());
  });
});

describe('parseNumeral', () => {
  it('reads Arabic, full-width and Chinese numbers alike', () => {
    expect(parseNumeral('18')).toBe(18);
    expect(parseNumeral('１８')).toBe(18);
    expect(parseNumeral('十八')).toBe(18);
    expect(parseNumeral(' 一百零二 ')).toBe(102);
  });

  it('returns null for text that is not a number', () => {
    expect(parseNumeral('第十八')).toBeNull();
    expect(parseNumeral('18a')).toBeNull();
    expect(parseNumeral('a18')).toBeNull();
  });

  it('reads up to four Arabic digits, with spaces around them', () => {
    expect(parseNumeral(' 18 ')).toBe(18);
    expect(parseNumeral('9999')).toBe(9999);
    expect(parseNumeral('12345')).toBeNull();
  });

  it('turns full-width digits into ASCII', () => {
    expect(toHalfWidthDigits('第１２条')).toBe('第12条');
  });
});
