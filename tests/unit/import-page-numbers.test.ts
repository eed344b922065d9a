/** Bare page numbers of an export without page breaks (src/lib/import/page-numbers.ts, lines.ts). */
import { describe, expect, test } from 'vitest';
import { PAGE_LINES, loosePageNumbers } from '../../src/lib/import/page-numbers.ts';
import { isSplitChapterNumber } from '../../src/lib/import/numbering-schemes.ts';
import type { SourceLine } from '../../src/lib/import/types.ts';
import { removePageNumberParagraphs, textToLines } from '../../src/lib/import/lines.ts';

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

describe('loosePageNumbers beside prose', () => {
  /** `n` lines of `width` characters each. */
  const lines = (n: number, width: number) => Array.from({ length: n }, (_, k) => `${'统筹县域国土空间开发保护'.repeat(2).slice(0, width - 1)}${k % 10}`);

  test('a line of 16 characters is prose, of 15 a cell: numbers a page apart between cells are no pages', () => {
    expect(loosePageNumbers([...lines(PAGE_LINES, 16), '1', ...lines(PAGE_LINES, 16), '2']).size).toBe(2);
    expect(loosePageNumbers([...lines(PAGE_LINES, 15), '1', ...lines(PAGE_LINES, 15), '2']).size).toBe(0);
  });

  test('prose on either side is enough, the first line of the text included', () => {
    const short = lines(PAGE_LINES, 4);
    const prose = '统筹县域国土空间开发保护，促进高质量发展';
    expect(loosePageNumbers([prose, '1', ...short, prose, '2', '近期']).size).toBe(2);
    expect(loosePageNumbers(['1', prose, ...short, '2', prose]).size).toBe(2);
    expect(loosePageNumbers(['近期', '1', ...short, '2', '远景']).size).toBe(0);
    // Blank lines are skipped on the way to the prose; the text's end is no prose.
    expect(loosePageNumbers([prose, '', '1', '', ...short, prose, ' ', '2', '近期']).size).toBe(2);
    expect(loosePageNumbers(['近期', '1', ...short, '2']).size).toBe(0);
  });
});

describe('isSplitChapterNumber', () => {
  test('a number alone, then a short title, then its N.1: a chapter heading split by a conversion', () => {
    expect(isSplitChapterNumber(['1', '总则', '1.1 规划目的'], 0)).toBe(true);
    expect(isSplitChapterNumber(['\f12', '', '中心城区', '\u3000', '12．1 规模'], 0)).toBe(true);
    expect(isSplitChapterNumber(['3', '近期建设（2025年）', '3.1 重点项目'], 0)).toBe(true);
    // The N.1 may open the next page, after a line holding only the page break.
    expect(isSplitChapterNumber(['3', '近期建设', '\f3.1 重点项目'], 0)).toBe(true);
    expect(isSplitChapterNumber(['3', '近期建设', '\f', '3.1 重点项目'], 0)).toBe(true);
    expect(isSplitChapterNumber(['2', '总则', '1.1 规划目的'], 0)).toBe(false);
    expect(isSplitChapterNumber(['1', '总则', '1.10 规划目的'], 0)).toBe(false);
    expect(isSplitChapterNumber(['1', '万亩，永久基本农田保护面积不减少。', '1.1 规划目的'], 0)).toBe(false);
    expect(isSplitChapterNumber(['1', '1.1 规划目的', '1.1.1 目的'], 0)).toBe(false);
    expect(isSplitChapterNumber(['1', '总则'], 0)).toBe(false);
    expect(isSplitChapterNumber(['总则', '1', '1.1'], 0)).toBe(false);
  });

  test('chapter numbers counting up a page apart are not taken for page numbers', () => {
    const text = [...page(1), '2', '目标定位', '2.1 目标', ...page(2), '3', '空间格局', '3.1 格局'];
    expect(loosePageNumbers(text).size).toBe(2); // alone they would be
    expect(loosePageNumbers(text, (i) => isSplitChapterNumber(text, i)).size).toBe(0);
  });
});

describe('textToLines with loose page numbers', () => {
  test('drops a bare number on the text\'s last line where it counts on from the page number before it, and keeps it otherwise', () => {
    const paged = textToLines(['第一条 目的', '为统筹县域国土空间开发保护，编制本规划。', '1', '\f第二条 范围', '规划范围为县域。', '2', ''].join('\n'));
    expect(paged.lines.map((l) => l.text).filter(Boolean)).toEqual(['第一条 目的', '为统筹县域国土空间开发保护，编制本规划。', '第二条 范围', '规划范围为县域。']);
    const unpaged = textToLines(['第一条 目的', '正文。', '2'].join('\n'));
    expect(unpaged.lines.map((l) => l.text)).toEqual(['第一条 目的', '正文。', '2']);
    // Content: a table cell, or a figure wrapped onto the last line (review of 2026-12-02).
    const cell = textToLines(['第一条 目的', '为统筹县域国土空间开发保护，编制本规划。', '1', '\f附表1 指标', '永久基本农田', '万亩', '45'].join('\n'));
    expect(cell.lines.at(-1)!.text).toBe('45');
  });

  test('keeps a split chapter number that opens a page; a page number before a page break stays one, whatever follows', () => {
    const split = textToLines(['某县规划', '正文。', '\f2', '目标定位', '2.1 目标', '正文。'].join('\n'));
    expect(split.lines.map((l) => l.text)).toEqual(['某县规划', '正文。', '2', '目标定位', '2.1 目标', '正文。']);
    expect(split.diagnostics).toEqual([]);
    // Review of 2026-12-02: a running header, or a 第X章 heading, after the page break is no chapter's title.
    const header = '某县国土空间总体规划';
    const pages = [[header, '1 总则', ...page(1)], [header, '1.5 范围', ...page(2), '2'], [header, '2.1 目标', ...page(3)]];
    const { lines } = textToLines(pages.map((p) => p.join('\n')).join('\n\f'));
    expect(lines.some((l) => l.text === '2')).toBe(false);
    const law = textToLines(['某县规划', '前言', ...page(1), '1', '\f第一章 总则', '1.1 规划目的', ...page(2), '2', '\f第二章 格局', '2.1 格局'].join('\n'));
    expect(law.lines.some((l) => l.text === '1' || l.text === '2')).toBe(false);
    expect(isSplitChapterNumber(['1', '第一章 总则', '1.1 规划目的'], 0)).toBe(false);
  });

  test('drops them, says at which lines, and flags a bare number it keeps', () => {
    const input = [...page(1), '1', ...page(2), '2', '第三条 期限', '规划期限为2021—2035年。', '7', '第四条 附则'];
    const { lines, diagnostics } = textToLines(input.join('\n'));
    expect(lines.map((l) => l.text)).toEqual(input.filter((t) => t !== '1' && t !== '2'));
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [null, `2 page-number line(s) of a PDF export removed, at line(s) ${PAGE_LINES + 1}, ${2 * PAGE_LINES + 2} (all bare numbers without a page break: check they were page numbers)`],
      [input.length - 1, 'a line holding only the number 7 is kept as a paragraph of its own; if it is a page number of the export, delete it'],
    ]);
  });
});

describe('removePageNumberParagraphs (a Word file converted from a PDF)', () => {
  test('removes page-number shapes and bare numbers counting up a page apart, and flags a bare number it keeps', () => {
    const texts = [...page(1), '— 1 —', ...page(2), '2', ...page(3), '3', '第一条 期限', '到', '7', '年。'];
    const input: SourceLine[] = [...texts.map((text, i) => ({ line: i + 1, text, indent: 0, exact: true })), { line: texts.length + 1, text: '', indent: 0, table: [['1']] }];
    const r = removePageNumberParagraphs(input);
    expect(r.removed).toBe(3);
    expect(r.lines.map((l) => l.text)).toEqual([...page(1), ...page(2), ...page(3), '第一条 期限', '到', '7', '年。', '']);
    expect(r.lines.at(-1)!.table).toEqual([['1']]);
    // The paragraph after a page number opens a page, as after a form feed.
    expect(r.lines.filter((l) => l.pageBreakBefore).map((l) => l.text)).toEqual([page(2)[0], page(3)[0], '第一条 期限']);
    expect(r.diagnostics.map((d) => [d.line, d.message, d.code])).toEqual([[texts.length - 1, 'a line holding only the number 7 is kept as a paragraph of its own; if it is a page number of the export, delete it', 'bare-number']]);
  });
});

describe('running footers that print the chapter heading with the page number', () => {
  const text = (lines: string[]) => textToLines(lines.join('\n'));
  const FOOTER_WARNING = /^(\d+) running footer line\(s\) removed: the heading read earlier, with a page number \((.*)\); if one is plan text, put its words back$/;

  test('a heading read earlier, then a tab, spaces or a dot leader and a number, goes; the next line opens a page', () => {
    const input = ['第一章 规划总则', '', '第一条 规划目的', '为落实国家战略，统筹县域国土空间开发保护，促进', '', '第一章 规划总则\t1', '', '高质量发展。', '第一章 规划总则    2', '第一章 规划总则……3', '第二章 目标', '第二章 目标 ４'];
    const { lines, diagnostics } = text(input);
    expect(lines.filter((l) => l.text).map((l) => l.text)).toEqual(['第一章 规划总则', '第一条 规划目的', '为落实国家战略，统筹县域国土空间开发保护，促进', '高质量发展。', '第二章 目标']);
    expect(lines.find((l) => l.text === '高质量发展。')!.pageBreakBefore).toBe(true);
    expect(lines.find((l) => l.text === '第二章 目标')!.pageBreakBefore).toBe(true);
    expect(lines.find((l) => l.text === '为落实国家战略，统筹县域国土空间开发保护，促进')!.pageBreakBefore).toBeUndefined();
    const m = diagnostics.map((d) => FOOTER_WARNING.exec(d.message)).find(Boolean);
    expect(m?.[1]).toBe('4');
    expect(m?.[2]).toBe('line 6 “第一章 规划总则\t1”, line 9 “第一章 规划总则    2”, line 10 “第一章 规划总则……3”, line 12 “第二章 目标 ４”');
  });

  test('keeps a 目录 entry, a line before its heading, prose with a number, and a heading whose earlier twin was no heading', () => {
    const input = ['目录', '第一章 规划总则\t1', '第二章 目标\t3', '第一章 规划总则', '第一条 规划目的', '耕地保有量不低于', '耕地保有量不低于 120', '第二章 目标 5', '第二章 目标'];
    const { lines, diagnostics } = text(input);
    expect(lines.map((l) => l.text)).toEqual(input);
    expect(diagnostics.filter((d) => FOOTER_WARNING.test(d.message))).toEqual([]);
  });

  test('goes in a Word file converted from a PDF too', () => {
    const texts = ['第一章 规划总则', '第一条 规划目的', '为落实国家战略，制定本规划。', '第一章 规划总则\t1', '第二条 规划范围'];
    const r = removePageNumberParagraphs(texts.map((t, i) => ({ line: i + 1, text: t, indent: 0, exact: true })));
    expect(r.lines.map((l) => l.text)).toEqual(['第一章 规划总则', '第一条 规划目的', '为落实国家战略，制定本规划。', '第二条 规划范围']);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['1 running footer line(s) removed: the heading read earlier, with a page number (line 4 “第一章 规划总则\t1”); if one is plan text, put its words back']);
  });
});

describe('page-number lines of every shape a PDF export prints', () => {
  test('go wherever they stand, and a sentence they cut joins up; list markers and years stay', () => {
    const shapes = ['·1·', '- 12 -', '— 3 —', '～2～', '［3］', '[4]', '第 3 页', '第3页 共80页', '第1页/共9页', '共12页 第3页', '第１页', '3/80', '1 / 9', '- 4 / 12 -', 'Page 3 of 80', 'page 2', 'P5', 'p. 5', '第五页'];
    for (const shape of shapes) {
      const { lines } = textToLines(['第一条 各类开发建设活动应当严格遵守本', shape, '规划。'].join('\n'));
      expect(lines.map((l) => l.text), shape).toEqual(['第一条 各类开发建设活动应当严格遵守本', '规划。']);
    }
    for (const kept of ['（1）', '1.', '[a]', '第三条 页', 'page', '-1', '·一·']) {
      expect(textToLines(['甲', kept, '乙'].join('\n')).lines.map((l) => l.text), kept).toEqual(['甲', kept, '乙']);
    }
  });
});

describe('page numbers beside a page break that read otherwise elsewhere (review of 2026-12-03: they were glued to the next line)', () => {
  test('go beside a form feed, and the figure after them is not run into theirs', () => {
    for (const shape of ['５', '(5)', '（5）', '| 5', '5 |', '5页']) {
      const { lines } = textToLines(['第二条 规划人口', '到2035年，全县常住人口', '', shape, '\f20万人。'].join('\n'));
      expect(lines.map((l) => l.text).filter(Boolean), shape).toEqual(['第二条 规划人口', '到2035年，全县常住人口', '20万人。']);
    }
  });

  test('stay text away from a page break: an item number, a count', () => {
    for (const kept of ['（5）', '5页']) {
      expect(textToLines(['甲', kept, '乙'].join('\n')).lines.map((l) => l.text), kept).toEqual(['甲', kept, '乙']);
    }
  });
});

describe('running lines in two halves, one left and one right (review of 2026-12-03)', () => {
  const pageOf = (n: number, chapter: string, text: string[]) => [
    `\f某县自然资源局编制                                    ${chapter}`,
    ...text,
    `某县国土空间总体规划（2021—2035年）·规划文本                    — ${n} —`,
  ];

  test('go where a half is a page number or recurs at page edges; the text between them is untouched', () => {
    const text = [
      '某县国土空间总体规划（2021—2035年）',
      ...pageOf(1, '第一章 总则', ['第一章 总则', '第一条 规划目的', '为统筹县域国土空间开发保护，依据有关法律', '法规，制定本规划。']),
      ...pageOf(2, '第一章 总则', ['第二条 规划范围', '规划范围为某县行政辖区。']),
      ...pageOf(3, '第二章 空间格局', ['第二章 空间格局', '第三条 总体格局', '构建“一核两轴”总体格局。']),
    ].join('\n');
    const { lines, diagnostics } = textToLines(text);
    const kept = lines.map((l) => l.text).filter(Boolean);
    expect(kept.filter((t) => /编制|规划文本/.test(t))).toEqual([]);
    expect(kept).toContain('法规，制定本规划。');
    expect(kept.filter((t) => t === '第一章 总则')).toHaveLength(1);
    expect(diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^6 running header\/footer line\(s\) of a PDF export removed, at line\(s\) 2, 7, 8, 11, 12, 16 /));
  });

  test('keep letter-spaced headings, table rows and a dated line at page edges (review of 2026-12-03)', () => {
    const text = [
      '某县规划', '第一章 总则', '第一条 甲', '内容。', '\f第二章　　　　格局', '第二条 乙', '内容。',
      '\f第三章　　　　实施', '第三条 丙', '指标          单位', '耕地保有量    万亩', '\f永久基本农田    万亩', '林地保有量    万亩',
      '编制时间    2023/12', '\f附    则', '本规划自批准之日起施行。', '\f附    表', '| 指标 | 值 |',
    ].join('\n');
    const { lines, diagnostics } = textToLines(text);
    const kept = lines.map((l) => l.text);
    expect(kept).toEqual(expect.arrayContaining(['第二章　　　　格局', '第三章　　　　实施', '耕地保有量    万亩', '永久基本农田    万亩', '编制时间    2023/12', '附    则', '附    表']));
    expect(diagnostics.filter((d) => /running header/.test(d.message))).toEqual([]);
  });
});

describe('Roman page numbers of the front matter', () => {
  test('are page numbers beside a page break (I, ii, Ⅲ, — Ⅳ —), and text elsewhere', async () => {
    const { textToLines } = await import('../../src/lib/import/lines.ts');
    for (const n of ['I', 'ii', 'Ⅲ', '— Ⅳ —']) {
      const { lines } = textToLines(`前言\n说明文字。\n                 ${n}\n\f第一章 总则\n`);
      expect(lines.map((l) => l.text).filter(Boolean), n).toEqual(['前言', '说明文字。', '第一章 总则']);
    }
    expect(textToLines('甲\nI\n乙').lines.map((l) => l.text)).toEqual(['甲', 'I', '乙']);
    // In the body, a Ⅲ beside a page break is a cell (水质 Ⅲ类), not a page number (review of 2026-12-03).
    expect(textToLines('第一章 总则\n清河\nⅢ\n\f白河\nⅡ').lines.map((l) => l.text).filter(Boolean)).toEqual(['第一章 总则', '清河', 'Ⅲ', '白河', 'Ⅱ']);
  });
});
