/**
 * Tables pasted one cell per line (a PDF's text copied or converted without
 * its layout): rebuilt only when a 序号 column proves the rows, warned about
 * otherwise, never taken for page numbers, and never changing a word.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCellText, readCellTables, tableShape, whyNotProved } from '../../src/lib/import/cell-tables.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';
import { runImport } from '../../src/lib/import/run.ts';
import type { Block, ParsedPlan, SourceLine } from '../../src/lib/import/types.ts';

const HEADER = ['序号', '指标名称', '单位', '2035年', '属性'];
const ROWS = [
  ['1', '耕地保有量', '万亩', '以批复文本为准', '约束性'],
  ['2', '永久基本农田保护面积', '万亩', '以批复文本为准', '约束性'],
  ['3', '用水总量', '亿立方米', '以批复文本为准', '约束性'],
];
const CELLS = [...HEADER, ...ROWS.flat()];

/** A law-style text whose 第二条 holds `between` after its first sentence. */
const planWith = (between: string[]) =>
  ['某县国土空间总体规划（2021—2035年）', '第一章 总则', '第一条 规划目的', '为落实国家战略，制定本规划。', '第二条 规划指标', '本规划确定的主要指标见表1。', ...between, '第三条 规划期限', '本规划期限为2021—2035年。', ''].join('\n');

const parse = (text: string): ParsedPlan => parsePlan(textToLines(text).lines);
const article = (p: ParsedPlan, n: number): Block[] => p.chapters[0]!.articles.find((a) => a.number === n)!.blocks;
const warnings = (p: ParsedPlan, pattern: RegExp) => p.diagnostics.filter((d) => pattern.test(d.message));

describe('cell lines', () => {
  test('a cell is short text with no sentence in it, and not a row of another table kind', () => {
    expect(['序号', '耕地保有量', '≥95%', '以批复文本为准', '2035年', '国家、自治区'].every(isCellText)).toBe(true);
    expect(['', '本规划确定的主要指标见表1。', '耕地，林地', '表1 规划主要指标表', '序号\t指标', '| 序号 | 指标 |', '1  耕地  万亩', '这是一行超过二十个字的文字因此是一段正文的开头部分'].some(isCellText)).toBe(false);
  });

  test('the shape is proved by 序号 1, 2, 3 … every K cells to the end, with one K only', () => {
    expect(tableShape(CELLS)).toEqual({ skip: 0, columns: 5 });
    expect(tableShape(['规划指标表', ...CELLS])).toEqual({ skip: 1, columns: 5 });
    expect(tableShape(['编号', '指标', '1', '耕地', '2', '林地'])).toEqual({ skip: 0, columns: 2 });
    // A merged cell (底线管控 spans two rows) breaks the stride; a missing row number too.
    expect(tableShape(['序号', '类别', '指标', '1', '底线管控', '耕地', '2', '林地'])).toBeNull();
    expect(tableShape([...HEADER, ...ROWS[0]!, ...ROWS[1]!.slice(1)])).toBeNull();
    expect(tableShape(CELLS.slice(1))).toBeNull();
    // A header alone proves nothing; a header may hold years.
    expect(tableShape(HEADER)).toBeNull();
    expect(tableShape(['序号', '指标', '2020', '2035', '1', '耕地', '5', '6'])).toEqual({ skip: 0, columns: 4 });
  });

  test('readCellTables puts the table on its first line and blanks the rest, keeping every line number', () => {
    const lines: SourceLine[] = ['表1 指标', ...CELLS, '注：以批复文本为准。'].map((text, i) => ({ line: i + 1, text, indent: 0 }));
    const r = readCellTables(lines, () => true);
    expect(r.lines).toHaveLength(lines.length);
    expect(r.lines[1]!.table).toEqual([HEADER, ...ROWS]);
    expect(r.lines.slice(2, 1 + CELLS.length).every((l) => l.text === '' && !l.table)).toBe(true);
    expect(r.lines.map((l) => l.line)).toEqual(lines.map((l) => l.line));
    expect(r.lines.at(-1)!.text).toBe('注：以批复文本为准。');
    expect([...r.cellLines]).toEqual(lines.slice(1, -1).map((l) => l.line));
    // The caller's word is final: a line it rules out breaks the run.
    expect(readCellTables(lines, (i) => i !== 8).lines.some((l) => l.table)).toBe(false);
  });
});

describe('which runs of short lines are reported as tables', () => {
  const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ line: i + 1, text, indent: 0 }));
  const reported = (...texts: string[]) => readCellTables(lines(...texts), () => true).diagnostics.map((d) => d.line);
  const eight = ['耕地', '1', '林地', '2', '草地', '3', '水域', '园地'];

  test('without a 序号 header: eight cells or more, three figures, and a caption or a header word before them', () => {
    expect(reported('本条规定如下。', '表1 指标', ...eight)).toEqual([3]);
    expect(reported('表1 指标', '', ...eight)).toEqual([3]);
    expect(reported('规划指标表', ...eight)).toEqual([1]);
    expect(reported('续表1', ...eight)).toEqual([1]);
    expect(reported('本条规定如下。', '指标名称', ...eight.slice(0, 7))).toEqual([2]);
    // One short of each threshold.
    expect(reported('表1 指标', ...eight.slice(0, 7))).toEqual([]);
    expect(reported('表1 指标', ...eight.slice(0, 5), '水域', '园地', '湿地')).toEqual([]);
    expect(reported('本条规定如下。', ...eight)).toEqual([]);
    expect(reported('本条规定如下。', '甲', '乙', '丙', '指标名称', ...eight)).toEqual([]);
  });

  test('with a 序号 header: four cells or more', () => {
    expect(reported('序号', '指标', '1', '耕地保有量', '2')).toEqual([1]);
    expect(reported('序号', '指标', '2')).toEqual([]);
  });

  test('withdraws the bare-number warnings only of the numbers that count 1, 2, 3 in an unproved table', () => {
    const r = readCellTables(lines('序号', '指标', '属性', '1', '耕地', '约束性', '5', '2', '林地', '约束性', '3', '草地'), () => true);
    expect([...r.cellLines]).toEqual([4, 8, 11]);
    expect(r.lines.every((l) => l.exact)).toBe(true);
  });

  test('leaves out a repeated header without a 续表 line, and keeps the last cell before it', () => {
    const cells = [...HEADER, ...ROWS[0]!, ...HEADER, ...ROWS[1]!, ...ROWS[2]!];
    const r = readCellTables(lines(...cells), () => true);
    expect(r.lines[0]!.table).toEqual([HEADER, ...ROWS]);
    expect(r.lines.filter((l) => l.text).map((l) => l.text)).toEqual([]);
    expect(r.diagnostics[0]!.message).toContain('(lines 11–15) was left out');
  });
});

describe('parsing a text with a table pasted one cell per line', () => {
  test('rebuilds it as the article’s table, with a warning that says how it was read', () => {
    const p = parse(planWith(['表1 规划主要指标表', ...CELLS]));
    expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(article(p, 2)).toEqual([
      { kind: 'paragraph', text: '本规划确定的主要指标见表1。', line: 6 },
      { kind: 'paragraph', text: '表1 规划主要指标表', line: 7 },
      { kind: 'table', rows: [HEADER, ...ROWS], line: 8 },
    ]);
    expect(article(p, 3)).toHaveLength(1);
    expect(warnings(p, /one cell per line/).map((d) => [d.line, d.message])).toEqual([
      [
        8,
        `a table pasted one cell per line (through line ${7 + CELLS.length}) was rebuilt as a table of 5 columns and 3 rows: its 序号 counts 1–3 every 5 lines, ` +
          'which places the rows but not the cells within a row (a merged cell and a split one in the same row would shift them); check it against the original',
      ],
    ]);
    expect(p.cellLines).toEqual(new Set(CELLS.map((_, i) => 8 + i)));
  });

  test('reads it with blank lines between the cells, and from Word paragraphs', () => {
    const blank = parse(planWith(['表1 规划主要指标表', '', ...CELLS.flatMap((c) => [c, ''])]));
    expect(article(blank, 2).at(-1)).toMatchObject({ kind: 'table', rows: [HEADER, ...ROWS] });
    const word = planWith(['表1 规划主要指标表', ...CELLS]).split('\n').map((text, i): SourceLine => ({ line: i + 1, text, indent: 0, exact: true }));
    expect(article(parsePlan(word), 2).at(-1)).toMatchObject({ kind: 'table', rows: [HEADER, ...ROWS] });
  });

  test('in an appendix part and in an outline text', () => {
    const appendix = parse(['某县规划', '第一章 总则', '第一条 目的', '制定本规划。', '附表1 规划指标表', ...CELLS, ''].join('\n'));
    expect(appendix.parts.at(-1)!.blocks).toEqual([{ kind: 'table', rows: [HEADER, ...ROWS], line: 6 }]);
    const outline = parse(['某县规划', '一、总则', '（一）规划目的', '1.规划目的', '为落实国家战略，制定本规划。', '2.规划指标', '主要指标如下。', ...CELLS, '（二）规划期限', '1.期限', '本规划期限为2021—2035年。', '二、格局', '（一）三条控制线', '1.三条控制线', '统筹划定三条控制线。', ''].join('\n'));
    expect(outline.numbering?.scheme).toBe('outline');
    const blocks = outline.chapters[0]!.sections[0]!.articles[1]!.blocks;
    expect(blocks.at(-1)).toMatchObject({ kind: 'table', rows: [HEADER, ...ROWS] });
  });

  test('keeps a table it cannot prove as paragraphs, and says which lines to fix', () => {
    const merged = ['序号', '类别', '指标名称', '属性', '1', '底线管控', '耕地保有量', '约束性', '2', '生态保护红线面积', '约束性', '3', '结构效率', '人均城镇建设用地', '预期性'];
    const p = parse(planWith(['表1 规划主要指标表', ...merged]));
    expect(article(p, 2).filter((b) => b.kind === 'table')).toEqual([]);
    expect(article(p, 2).map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['本规划确定的主要指标见表1。', '表1 规划主要指标表', ...merged]);
    expect(warnings(p, /one cell per line/).map((d) => [d.line, d.message])).toEqual([
      [
        8,
        `these 15 short lines (through line 22) look like a table pasted one cell per line; they are kept as 15 paragraphs, because its rows cannot be told apart for certain: ` +
          'its 序号 counts 1–2 every 4 lines through line 19; row 2 has 1 line(s) fewer than the header (a merged cell, or a header cell split over two lines), as 序号 3 stands at line 19. ' +
          'Make it a table in the source (a Word table, tab-separated rows or a Markdown table) and import again',
      ],
    ]);
  });

  test('says where the count breaks: a split cell, a line after the last row, a last row cut short', () => {
    const why = (cells: string[]) => whyNotProved(cells, (k) => k + 1);
    expect(why(['序号', '指标', '属性', '1', '耕地保有', '量', '约束性', '2', '林地', '约束性'])).toBe(
      'its 序号 counts 1 every 3 lines through line 6; row 1 has 1 line(s) more than the header (a cell split over two lines), as 序号 2 stands at line 8',
    );
    expect(why([...CELLS, '数据来源某县自然资源局'])).toBe('its 序号 counts 1–3 every 5 lines through line 20; line 21 (“数据来源某县自然资源局”) does not go on with the count');
    expect(why(CELLS.slice(0, -2))).toBe('its 序号 counts 1–3 every 5 lines through line 18, but its last row is short of 2 line(s) where the run of short lines ends');
    expect(why(['序号', '指标', '3', '耕地'])).toMatch(/^its 序号 header \(line 1\) is not followed by a row numbered 1/);
    expect(why(['指标', '耕地', '1', '林地', '2'])).toBe('it has no 序号 column counting 1, 2, 3 …');
  });

  test('reads a letter-spaced 序 号, full-width row numbers and a two-line caption', () => {
    const spaced = ['序 号', '指 标', '属 性', '１', '耕地保有量', '约束性', '２', '林地保有量', '约束性'];
    expect(tableShape(spaced)).toEqual({ skip: 0, columns: 3 });
    expect(tableShape(['某县规划指标表', '（2021—2035年）', ...spaced])).toEqual({ skip: 2, columns: 3 });
    const p = parse(planWith(['某县规划指标表', '（2021—2035年）', ...spaced]));
    expect(article(p, 2).slice(1)).toEqual([
      { kind: 'paragraph', text: '某县规划指标表', line: 7 },
      { kind: 'paragraph', text: '（2021—2035年）', line: 8 },
      { kind: 'table', rows: [['序号', '指标', '属性'], ['１', '耕地保有量', '约束性'], ['２', '林地保有量', '约束性']], line: 9 },
    ]);
  });

  test('splits two tables back to back, and leaves out a header repeated after a page break (with its 续表 line)', () => {
    const towns = ['序号', '乡镇', '等级', '1', '甲镇', '重点镇', '2', '乙乡', '一般乡'];
    const twice = parse(planWith([...CELLS, ...towns]));
    expect(article(twice, 2).filter((b) => b.kind === 'table').map((b) => (b.kind === 'table' ? b.rows.length : 0))).toEqual([4, 3]);
    const continued = [...HEADER, ...ROWS[0]!, ...ROWS[1]!, '续表1', ...HEADER, ...ROWS[2]!];
    const p = parse(planWith(['表1 规划主要指标表', ...continued]));
    expect(article(p, 2).at(-1)).toEqual({ kind: 'table', rows: [HEADER, ...ROWS], line: 8 });
    expect(warnings(p, /one cell per line/)[0]!.message).toContain('its header repeated where it goes on after a page break (lines 23–28) was left out');
  });

  test('keeps an unproved table apart from the wrapped prose around it, a paragraph per line', () => {
    const wrapped = ['某县国土空间总体规划（2021—2035年）', '第一章 总则', '第一条 规划指标', '为落实国家战略，统筹某县国土空间开发保护，优化国土空间格局，提升', '国土空间治理能力，本规划确定的主要指标如下', '表1 规划主要指标表', '序号', '类别', '指标', '属性', '1', '底线管控', '耕地', '约束性', '2', '林地', '约束性', '各乡镇应当落实上述指标，在乡镇国土空间规划中予以细化，并纳入国土空间', '规划实施监测网络，定期评估。', '第二条 规划期限', '本规划期限为2021—2035年。', ''];
    const blocks = parse(wrapped.join('\n')).chapters[0]!.articles[0]!.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind));
    expect(blocks).toEqual([
      '为落实国家战略，统筹某县国土空间开发保护，优化国土空间格局，提升国土空间治理能力，本规划确定的主要指标如下',
      '表1 规划主要指标表',
      ...wrapped.slice(6, 17),
      '各乡镇应当落实上述指标，在乡镇国土空间规划中予以细化，并纳入国土空间规划实施监测网络，定期评估。',
    ]);
  });

  test('keeps the caption of a rebuilt table apart from the wrapped prose before it', () => {
    const wrapped = ['某县国土空间总体规划（2021—2035年）', '第一章 总则', '第一条 规划指标', '为落实国家战略，统筹某县国土空间开发保护，优化国土空间格局，提升', '国土空间治理能力，本规划确定的主要指标如下', '表1 规划主要指标表', ...CELLS, '第二条 规划期限', '本规划期限为2021—2035年。', ''];
    const blocks = parse(wrapped.join('\n')).chapters[0]!.articles[0]!.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind));
    expect(blocks).toEqual(['为落实国家战略，统筹某县国土空间开发保护，优化国土空间格局，提升国土空间治理能力，本规划确定的主要指标如下', '表1 规划主要指标表', 'table']);
  });

  test('leaves short lines that are no table alone', () => {
    const names = ['特克斯镇', '乔拉克铁热克镇', '喀拉达拉镇', '齐勒乌泽克镇', '喀拉托海镇', '阔克铁热克乡', '呼吉尔特蒙古民族乡', '阔克苏乡'];
    const p = parse(planWith(['涉及乡镇：', ...names]));
    expect(warnings(p, /one cell per line/)).toEqual([]);
    expect(p.cellLines).toBeUndefined();
    // Figures without a caption or header word before them are not enough either.
    expect(warnings(parse(planWith(['目标如下：', '耕地', '1', '林地', '2', '草地', '3', '水域', '4'])), /one cell per line/)).toEqual([]);
    // A reference to a figure is no table's caption.
    expect(warnings(parse(planWith(['见附图5', '城关镇', '12个村', '东河乡', '8个村', '西山乡', '6个村', '北塔乡', '9个村'])), /one cell per line/)).toEqual([]);
  });
});

describe('a table pasted one cell per line across pages', () => {
  test('keeps a row number after a page break, where a page number would have stood', () => {
    const rowAfterBreak = textToLines(planWith([...HEADER, ...ROWS[0]!, ...ROWS[1]!, '- 5 -', `\f${ROWS[2]![0]}`, ...ROWS[2]!.slice(1)]));
    expect(rowAfterBreak.lines.some((l) => l.text === '3')).toBe(true);
    expect(article(parsePlan(rowAfterBreak.lines), 2).at(-1)).toMatchObject({ kind: 'table', rows: [HEADER, ...ROWS] });
    // Row 1 right after the header's page break, and a page number before it.
    const firstRow = textToLines(planWith([...HEADER, '7', `\f1`, ...ROWS[0]!.slice(1), ...ROWS.slice(1).flat()]));
    expect(firstRow.lines.some((l) => l.text === '7')).toBe(false);
    expect(article(parsePlan(firstRow.lines), 2).at(-1)).toMatchObject({ kind: 'table', rows: [HEADER, ...ROWS] });
  });

  test('keeps a cell value that ends several pages (约束性), and still removes the running header', () => {
    const pages = [...HEADER, ...ROWS[0]!, '\f某县国土空间总体规划', ...ROWS[1]!, '\f某县国土空间总体规划', ...ROWS[2]!];
    const { lines, diagnostics } = textToLines(planWith(pages).replace('本规划期限为2021—2035年。', '本规划期限为2021—2035年。\n\f某县国土空间总体规划'));
    expect(lines.filter((l) => l.text === '约束性')).toHaveLength(3);
    expect(lines.some((l) => l.text === '某县国土空间总体规划')).toBe(false);
    expect(diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^3 running header\/footer line\(s\) of a PDF export removed, at line\(s\) \d+, \d+, \d+ \(“某县国土空间总体规划”\)$/));
    expect(article(parsePlan(lines), 2).at(-1)).toMatchObject({ kind: 'table', rows: [HEADER, ...ROWS] });
  });
});

describe('the import report', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-cells-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('drops the bare-number warnings of the 序号 cells it rebuilt or named, and keeps the others', async () => {
    const input = join(dir, 'cells.txt');
    writeFileSync(input, planWith(['表1 规划主要指标表', ...CELLS]).replace('期限为2021—2035年。', '期限为2021—2035年。\n7'));
    const r = await runImport({ input, version: 'cells', contentDir: join(dir, 'content'), dryRun: true, today: '2026-01-01', stage: '公示稿', label: '公示稿', date: '2026-01-01' });
    expect(r.errors).toEqual([]);
    expect(r.warnings.filter((w) => /holding only the number/.test(w.message)).map((w) => w.message.slice(0, 32))).toEqual(['a line holding only the number 7']);
    expect(r.warnings.filter((w) => /one cell per line/.test(w.message))).toHaveLength(1);
  });
});
