/**
 * How each numbering scheme reads a heading at a line start and prints a
 * number for messages (src/lib/import/numbering-schemes.ts): what the parser
 * sees of 第十八条, 1.2.3, （三） and a heading recovered from the 目录.
 */
import { describe, expect, test } from 'vitest';
import { SCHEMES, headingsScheme, outlineUnderParts, titleKey, withContentsTitles } from '../../src/lib/import/numbering-schemes.ts';
import type { SourceLine } from '../../src/lib/import/types.ts';

const { law, flat, decimal, outline } = SCHEMES;

describe('law', () => {
  test('reads chapter, section and article with the number as printed and what follows', () => {
    expect(law.match('第十八条 生态保护红线')).toEqual({ kind: 'article', number: 18, numeral: '十八', printed: '第十八条', rest: ' 生态保护红线', separated: true });
    expect(law.match('第 四 章　总则')).toEqual({ kind: 'chapter', number: 4, numeral: '四', printed: '第四章', rest: '　总则', separated: true });
    expect(law.match('第二節 规划目的')).toMatchObject({ kind: 'section', number: 2, printed: '第二節' });
    expect(law.match('第2节')).toMatchObject({ kind: 'section', number: 2, printed: '第2节', rest: '', separated: true });
    expect(law.match('第１８条：规划期限')).toMatchObject({ kind: 'article', number: 18, numeral: '１８', separated: true });
  });

  test('marks a number glued to its text as not separated, and a numeral it cannot read as null', () => {
    expect(law.match('第十八条规定的范围')).toMatchObject({ number: 18, rest: '规定的范围', separated: false });
    expect(law.match('第〇条 说明')).toMatchObject({ number: null, numeral: '〇' });
    expect(law.match('按照第十八条执行')).toBeNull();
  });

  test('prints numbers the legal way', () => {
    expect([law.print('chapter', 4), law.print('section', 2), law.print('article', 18)]).toEqual(['第四章', '第二节', '第十八条']);
  });
});

describe('flat', () => {
  test('reads articles only: a 第X章 line is no heading of a text without chapters', () => {
    expect(flat.match('第一条（目的和依据）')).toMatchObject({ kind: 'article', number: 1, rest: '（目的和依据）' });
    expect(flat.match('第一章 总则')).toBeNull();
    expect(flat.match('第一节 总则')).toBeNull();
    expect(flat.match('普通的一段话。')).toBeNull();
    expect(flat.flat).toBe(true);
  });
});

describe('decimal', () => {
  test('reads depth as chapter, section and article, the printed number kept', () => {
    expect(decimal.match('1 总则')).toEqual({ kind: 'chapter', number: 1, numeral: '1', printed: '1', rest: ' 总则', separated: true, path: [1] });
    expect(decimal.match('1.2 规划目的')).toMatchObject({ kind: 'section', number: 2, printed: '1.2', path: [1, 2] });
    expect(decimal.match('3.2.1 规划期限')).toMatchObject({ kind: 'article', number: 1, printed: '3.2.1', path: [3, 2, 1], rest: ' 规划期限' });
    // Read as 1.2.3, printed as written: the page shows the plan's full-width digits.
    expect(decimal.match('１．２．３ 目的')).toMatchObject({ kind: 'article', numeral: '1.2.3', printed: '１．２．３', path: [1, 2, 3] });
  });

  test('reads a bare number as a heading whose text follows, and a number glued to text as not separated', () => {
    expect(decimal.match('1.1.1')).toMatchObject({ kind: 'article', rest: '', separated: true });
    expect(decimal.match('1.1.1规划目的')).toMatchObject({ kind: 'article', rest: '规划目的', separated: false });
  });

  test('keeps 第1章 as printed above 1.1 headings', () => {
    expect(decimal.match('第1章 总则')).toEqual({ kind: 'chapter', number: 1, numeral: '1', printed: '第1章', rest: ' 总则', separated: true, path: [1] });
    expect(decimal.match('第12章')).toMatchObject({ kind: 'chapter', number: 12, printed: '第12章', rest: '' });
    expect(decimal.match('第1章程')).toBeNull();
    expect(decimal.match('第十二章 实施保障')).toEqual({ kind: 'chapter', number: 12, numeral: '十二', printed: '第十二章', rest: ' 实施保障', separated: true, path: [12] });
    expect(decimal.match('第 三 章')).toMatchObject({ kind: 'chapter', number: 3, printed: '第三章', rest: '' });
    expect(decimal.match('1章 总则')).toBeNull();
  });

  test('takes no year, sentence, zero or fourth level for a heading', () => {
    for (const text of ['2035年目标', '2035 年，全县', '1 总则。', '0.1 说明', '1.0.2 说明', '1.2.3.4 细目']) expect(decimal.match(text), text).toBeNull();
  });

  test('names its levels in messages', () => {
    expect([decimal.print('chapter', 1), decimal.print('article', 3)]).toEqual(['chapter 1', 'article 3']);
    expect(decimal.articles).toBe('local');
  });
});

describe('outline', () => {
  test('reads 一、 as a chapter, （一） as a section and 1. or 1、 as an article', () => {
    expect(outline.match('一、总体要求')).toEqual({ kind: 'chapter', number: 1, numeral: '一', printed: '一、', rest: '总体要求', separated: true });
    expect(outline.match('（二）基本原则')).toMatchObject({ kind: 'section', number: 2, printed: '（二）', rest: '基本原则' });
    expect(outline.match('(三)实施')).toMatchObject({ kind: 'section', number: 3, printed: '（三）' });
    expect(outline.match('1. 规划性质')).toMatchObject({ kind: 'article', number: 1, printed: '1.', rest: ' 规划性质' });
    expect(outline.match('12、耕地')).toMatchObject({ kind: 'article', number: 12, printed: '12、' });
    expect(outline.match('１．规划')).toMatchObject({ kind: 'article', number: 1 });
    // 一． and 一. as some texts print 一、 (review of 2026-12-02), kept as written; 一.5 is no heading.
    expect(outline.match('一．规划目的')).toEqual({ kind: 'chapter', number: 1, numeral: '一', printed: '一．', rest: '规划目的', separated: true });
    expect(outline.match('二. 规划范围')).toMatchObject({ kind: 'chapter', number: 2, printed: '二.', rest: ' 规划范围' });
    expect(outline.match('一.5倍')).toBeNull();
  });

  test('takes no 1.5, no （1） and no sentence without a number for a heading', () => {
    for (const text of ['1.5倍', '（1）永久基本农田', '总体要求']) expect(outline.match(text), text).toBeNull();
  });

  test('prints 一、 （一） and 1.', () => {
    expect([outline.print('chapter', 2), outline.print('section', 3), outline.print('article', 4)]).toEqual(['二、', '（三）', '4.']);
    expect(outline.listItems).toBe(true);
  });
});

describe('outline in parts', () => {
  test('reads 第一部分 as the chapter, 一、 as the section and （一） as the article', () => {
    expect(outlineUnderParts().match('第一部分 总体要求')).toEqual({ kind: 'chapter', number: 1, numeral: '一', printed: '第一部分', rest: ' 总体要求', separated: true });
    expect(outlineUnderParts().match('第 二 篇 重点任务')).toMatchObject({ kind: 'chapter', number: 2, numeral: '二', printed: '第二篇' });
    expect(outlineUnderParts().match('第三编')).toMatchObject({ kind: 'chapter', number: 3, printed: '第三编', rest: '' });
    expect(outlineUnderParts().match('一、规划背景')).toMatchObject({ kind: 'section', number: 1, printed: '一、' });
    expect(outlineUnderParts().match('（二）规划期限')).toMatchObject({ kind: 'article', number: 2, printed: '（二）' });
  });

  test('leaves 1. lines to the provision as list items, and a part it cannot number unnumbered', () => {
    expect(outlineUnderParts().match('1. 坚持生态优先。')).toBeNull();
    expect(outlineUnderParts().match('第〇部分 说明')).toMatchObject({ kind: 'chapter', number: null });
  });

  test('prints 第一部分, 一、 and （一）', () => {
    expect([outlineUnderParts().print('chapter', 2), outlineUnderParts().print('section', 3), outlineUnderParts().print('article', 4)]).toEqual(['第二部分', '三、', '（四）']);
    expect(outlineUnderParts().id).toBe('outline');
    // A text of 第一篇 … names an expected part 第二篇 in its messages.
    expect(outlineUnderParts('篇').print('chapter', 2)).toBe('第二篇');
    expect(outlineUnderParts('编').description).toBe('outline numbering in parts: 第一编 / 一、 / （一）');
  });
});

describe('titleKey', () => {
  test('compares titles without spaces, bold marks or a page number', () => {
    expect(titleKey('总　　则')).toBe('总则');
    expect(titleKey('**规划 目的**')).toBe('规划目的');
    expect(titleKey('总则……12')).toBe('总则');
    expect(titleKey('总则\t3')).toBe('总则');
    expect(titleKey('总则 3')).toBe('总则');
    expect(titleKey('保护2035')).toBe('保护2035');
    expect(titleKey('x_y')).toBe('x_y');
  });
});

describe('withContentsTitles', () => {
  const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ line: i + 1, text, indent: 0 }));
  const contents = ['第一章 总则 1', '第一节 规划目的 1', '第二章 格局 3', '第一节 三线 3', '第二节 分区 4'];

  test('reads a short line alone with the next entry’s title as that chapter or section, in the 目录’s order', () => {
    const text = lines('某县规划', '目录', ...contents, '总  则', '规划目的', '第一条 目的', '为落实国家战略，制定本规划。', '格局', '三线', '第二条 三线', '分区', '第三条 分区', '总则');
    const s = withContentsTitles(SCHEMES.law, text, contents, (i) => i < 7);
    expect(s.recovered).toEqual([
      { line: 8, kind: 'chapter', heading: '第一章 总  则' },
      { line: 9, kind: 'section', heading: '第一节 规划目的' },
      { line: 12, kind: 'chapter', heading: '第二章 格局' },
      { line: 13, kind: 'section', heading: '第一节 三线' },
      { line: 15, kind: 'section', heading: '第二节 分区' },
    ]);
    expect(s.match('', text[7])).toEqual({ kind: 'chapter', number: 1, numeral: '一', printed: '第一章', rest: ' 总  则', separated: true });
    // A title the 目录 has passed is text (the last 总则); other lines are the scheme's.
    expect(s.match('总则', text[17])).toBeNull();
    expect(s.match('第一条 目的', text[9])).toMatchObject({ kind: 'article', number: 1 });
  });

  test('never reads by its title a kind of heading the body numbers, nor a line that does not stand alone', () => {
    const numberedSection = lines('某县规划', '目录', ...contents, '总则', '规划目的', '第一条 目的', '格局', '第一节 三线', '第二条 三线', '分区', '第三条 分区');
    expect(withContentsTitles(SCHEMES.law, numberedSection, contents, (i) => i < 7).recovered.map((r) => r.heading)).toEqual(['第一章 总则', '第二章 格局']);
    // An item of a list (…包括：) and a line followed by text are no headings.
    const items = lines('目录', '第一章 总则', '总则', '第一条 目的', '本规划包括：', '格局', '第二条 格局');
    expect(withContentsTitles(SCHEMES.law, items, ['第一章 总则', '第二章 格局'], (i) => i < 2).recovered.map((r) => r.line)).toEqual([3]);
    const followedByText = lines('目录', '第一章 总则', '总则', '为落实国家战略，制定本规划。');
    expect(withContentsTitles(SCHEMES.law, followedByText, ['第一章 总则'], (i) => i < 2).recovered).toEqual([]);
  });

  test('reads nothing in the 目录 itself, in sentences, or without chapter entries', () => {
    const text = lines('某县规划', '目录', '第一章 总则', '第二章 格局', '总则。', '第一条 目的');
    expect(withContentsTitles(SCHEMES.law, text, ['第一章 总则', '第二章 格局'], (i) => i < 4).recovered).toEqual([]);
    expect(withContentsTitles(SCHEMES.law, lines('总则', '第一条 目的'), ['第一条 总则'], () => false).recovered).toEqual([]);
    // Without the skip, the 目录's own 第一章 passes its entry.
    expect(withContentsTitles(SCHEMES.law, lines('目录', '第一章 总则', '总则'), ['第一章 总则'], () => false).recovered).toEqual([]);
  });
});

describe('headingsScheme', () => {
  const line = (n: number, text: string, headingLevel?: number): SourceLine => ({ line: n, text, indent: 0, ...(headingLevel ? { headingLevel } : {}) });

  test('numbers headings from the 目录 by title, and in order where the 目录 does not list them', () => {
    const lines = [line(1, '某县规划', 1), line(2, '目录', 1), line(3, '总  则', 1), line(4, '规划目的', 2), line(5, '正文。'), line(6, '格局', 1), line(7, '新增一条', 2), line(8, '细则', 4)];
    const s = headingsScheme(lines, ['第一章 总则', '第一条 规划目的', '第二章 格局']);
    expect(s.id).toBe('headings');
    expect(s.assigned).toBe(1);
    expect(s.match('', lines[2])).toEqual({ kind: 'chapter', number: 1, numeral: '1', printed: '第一章', rest: ' 总  则', separated: true });
    expect(s.match('', lines[3])).toMatchObject({ kind: 'article', number: 1, printed: '第一条' });
    expect(s.match('', lines[5])).toMatchObject({ kind: 'chapter', number: 2 });
    expect(s.match('', lines[6])).toMatchObject({ kind: 'article', number: 2, printed: '' });
    for (const n of [0, 1, 4, 7]) expect(s.match('', lines[n]), lines[n]!.text).toBeNull();
    expect(s.print('chapter', 3)).toBe('第三章');
  });

  test('reads a heading that kept its number by it, and counts on from it (第一章 总则 is never 第一章 第一章 总则)', () => {
    const lines = [line(1, '某县规划'), line(2, '第一章 总则', 1), line(3, '规划目的', 2), line(4, '正文。'), line(5, '第三章 格局', 1), line(6, '三条控制线', 2)];
    const s = headingsScheme(lines, []);
    expect(s.match('第一章 总则', lines[1])).toMatchObject({ kind: 'chapter', number: 1, printed: '第一章', rest: ' 总则' });
    expect(s.match('规划目的', lines[2])).toMatchObject({ kind: 'article', number: 1, rest: ' 规划目的' });
    expect(s.match('第三章 格局', lines[4])).toMatchObject({ kind: 'chapter', number: 3, rest: ' 格局' });
    expect(s.match('三条控制线', lines[5])).toMatchObject({ kind: 'article', number: 2 });
    expect(s.assigned).toBe(2);
  });

  test('makes level 2 a section when the 目录 lists 第X节, restarting sections in each chapter', () => {
    const lines = [line(1, '某县规划'), line(2, '总则', 1), line(3, '目的', 2), line(4, '范围', 2), line(5, '格局', 1), line(6, '控制线', 2), line(7, '红线', 3)];
    const s = headingsScheme(lines, ['第一章 总则', '第一节 目的']);
    expect(s.match('', lines[2])).toMatchObject({ kind: 'section', number: 1, printed: '第一节' });
    expect(s.match('', lines[3])).toMatchObject({ kind: 'section', number: 2, printed: '' });
    expect(s.match('', lines[5])).toMatchObject({ kind: 'section', number: 1 });
    expect(s.match('', lines[6])).toMatchObject({ kind: 'article', number: 1 });
    expect(s.assigned).toBe(4);
  });

  test('gives two entries of the same title their own numbers, in order, and reads unmarked lines as law', () => {
    const lines = [line(1, '某县规划'), line(2, '总则', 1), line(3, '说明', 2), line(4, '说明', 2)];
    const s = headingsScheme(lines, ['第一章 总则', '第一条 说明', '第二条 说明', '不是条目']);
    expect([s.match('', lines[2])?.number, s.match('', lines[3])?.number]).toEqual([1, 2]);
    expect(s.assigned).toBe(0);
    expect(s.match('第五条 其他')).toMatchObject({ kind: 'article', number: 5 });
    expect(s.match('普通段落。', line(9, '普通段落。'))).toBeNull();
  });
});
