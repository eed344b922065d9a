import { describe, expect, it } from 'vitest';
import { countedLabel, itemLabel, parseChineseNumeral, parseNumeral, toChineseNumeral, toHalfWidthDigits } from '../../src/lib/numerals.ts';

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
    expect(() => toChineseNumeral(1e16)).toThrow(RangeError);
  });

  it.each([
    [10000, '一万'],
    [10001, '一万零一'],
    [10010, '一万零一十'],
    [11000, '一万一千'],
    [100001, '十万零一'],
    [123456789, '一亿二千三百四十五万六千七百八十九'],
  ])('writes and reads %i as %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it('round-trips every seventh number from 9,990 to 21,000', () => {
    for (let n = 9990; n <= 21000; n += 7) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it.each(['万', '一万二', '一万零', '一万零一千', '一万万'])('refuses the malformed %s', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
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

  it('reads Arabic digits of any length, with spaces around them', () => {
    expect(parseNumeral(' 18 ')).toBe(18);
    expect(parseNumeral('9999')).toBe(9999);
    expect(parseNumeral('12345')).toBe(12345);
  });

  it('turns full-width digits into ASCII', () => {
    expect(toHalfWidthDigits('第１２条')).toBe('第12条');
  });
});

describe('countedLabel and itemLabel', () => {
  it('count chapters, sections, articles and paragraphs the legal way', () => {
    expect(countedLabel(4, '章')).toBe('第四章');
    expect(countedLabel(2, '节')).toBe('第二节');
    expect(countedLabel(18, '条')).toBe('第十八条');
    expect(countedLabel(110, '款')).toBe('第一百一十款');
  });

  it('write an item with its number in full-width brackets', () => {
    expect(itemLabel(3)).toBe('第（三）项');
    expect(itemLabel(12)).toBe('第（十二）项');
  });
});
