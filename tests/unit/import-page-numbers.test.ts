/** Bare page numbers of an export without page breaks (src/lib/import/page-numbers.ts, lines.ts). */
import { describe, expect, test } from 'vitest';
import { PAGE_LINES, loosePageNumbers } from '../../src/lib/import/page-numbers.ts';
import { textToLines } from '../../src/lib/import/lines.ts';

/** `n` distinct lines of prose, as a page of wrapped paragraph text. */
const page = (p: number, n = PAGE_LINES) => Array.from({ length: n }, (_, k) => `第${p}页第${k + 1}行：统筹县域国土空间开发保护，促进高质量发展，落实上位规划`);

describe('loosePageNumbers', () => {
  test('takes numbers counting up a page apart, beside prose, for page numbers', () => {
    const text = [...page(1), '1', ...page(2), '2', ...page(3), '3'];
    expect([...loosePageNumbers(text)]).toEqual([PAGE_LINES, 2 * PAGE_LINES + 1, 3 * PAGE_LINES + 2]);
  });

  test('a figure on its own line between two pages neither counts nor breaks the run', () => {
    const text = [...page(1), '1', ...page(2, 5), '到2035年，全县耕地保有量不低于', '120', '万亩，永久基本农田保护面积不减少。', ...page(2, 10), '2'];
    const pages = loosePageNumbers(text);
    expect(pages.has(text.indexOf('120'))).toBe(false);
    expect([...pages]).toEqual([PAGE_LINES, text.length - 1]);
  });

  test('keeps numbers that may be content: one alone, numbers less than a page apart, table cells, a 序号 column', () => {
    expect(loosePageNumbers([...page(1), '7', ...page(2)]).size).toBe(0);
    expect(loosePageNumbers(['到2035年，全县耕地保有量不低于', '120', '万亩，永久基本农田保护面积不减少。']).size).toBe(0);
    expect(loosePageNumbers([...page(1, 5), '1', ...page(2, 5), '2', ...page(3, 5), '3']).size).toBe(0);
    const table = ['序号', '建设内容', '实施时间', ...[1, 2, 3, 4, 5].flatMap((n) => [String(n), `第${n}项重点建设内容：完善县域综合交通和市政基础设施网络`, '近期'])];
    expect(loosePageNumbers(table).size).toBe(0);
    expect(loosePageNumbers(['2035']).size).toBe(0);
  });
});

describe('textToLines with loose page numbers', () => {
  test('drops them, says at which lines, and flags a bare number it keeps', () => {
    const input = [...page(1), '1', ...page(2), '2', '第三条 期限', '规划期限为2021—2035年。', '7', '第四条 附则'];
    const { lines, diagnostics } = textToLines(input.join('\n'));
    expect(lines.map((l) => l.text)).toEqual(input.filter((t) => t !== '1' && t !== '2'));
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [null, `2 page-number line(s) of a PDF export removed (2 of them bare numbers without a page break, at line(s) ${PAGE_LINES + 1}, ${2 * PAGE_LINES + 2}: check they were page numbers)`],
      [input.length - 1, 'a line holding only the number 7 is kept as text; if it is a page number of the export, delete it'],
    ]);
  });
});
