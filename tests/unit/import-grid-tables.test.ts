/** pandoc's grid tables (src/lib/import/grid-tables.ts), read as tables (review of 2026-12-03: their borders were text). */
import { describe, expect, test } from 'vitest';
import { readGridTable } from '../../src/lib/import/grid-tables.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';

const GRID = [
  '+--------------+----------+-----------+',
  '| 指标名称     | 单位     | 2035年    |',
  '+==============+==========+===========+',
  '| 耕地保有量   | 万亩     | ≥118      |',
  '+--------------+----------+-----------+',
  '| 城乡建设用地 | 平方千米 | ≤55       |',
  '| 规模         |          |           |',
  '+--------------+----------+-----------+',
];

describe('grid tables', () => {
  test('read row by row between borders, a cell wrapped over its lines joined, split at | whatever the CJK widths', () => {
    expect(readGridTable(GRID, 0)).toEqual({
      rows: [
        ['指标名称', '单位', '2035年'],
        ['耕地保有量', '万亩', '≥118'],
        ['城乡建设用地规模', '平方千米', '≤55'],
      ],
      end: 7,
    });
  });

  test('drawn with box-drawing characters are read the same, the strokes left out (the tester\'s list of 2026-12-03)', () => {
    const boxed = ['┌────┬──────────┬──────┐', '│序号│指标名称            │单位        │', '├────┼──────────┼──────┤', '│ 1  │耕地保有量          │万亩        │', '├────┼──────────┼──────┤', '│ 2  │城乡建设用地规模（不│平方千米    │', '│    │含村庄）            │            │', '└────┴──────────┴──────┘'];
    expect(readGridTable(boxed, 0)?.rows).toEqual([['序号', '指标名称', '单位'], ['1', '耕地保有量', '万亩'], ['2', '城乡建设用地规模（不含村庄）', '平方千米']]);
    // A dash typed with box strokes inside a cell is the cell's text (review of the change).
    expect(readGridTable(['┌────┬──────┐', '│耕地│不低于──上级下达│', '└────┴──────┘'], 0)?.rows).toEqual([['耕地', '不低于──上级下达']]);
    const { lines } = textToLines(['某县规划', '第一章 总则', '第一条 指标', '主要指标如下：', ...boxed, '第二条 实施', '严格落实。'].join('\n'));
    expect(parsePlan(lines).chapters[0]!.articles[0]!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
  });

  test('keep a | that a cell writes escaped (\\|)', () => {
    const grid = ['+------+------+', '| 类别 | 说明 |', '+======+======+', '| 甲   | A\\|B |', '+------+------+'];
    expect(readGridTable(grid, 0)?.rows).toEqual([['类别', '说明'], ['甲', 'A|B']]);
  });

  test('become a table of the article they stand in, with a note after them kept as text', () => {
    const text = ['某县规划', '第一章 总则', '第一条 指标', '主要指标如下：', '', ...GRID, '', '注：以上级下达为准。', '第二条 实施', '严格落实。'].join('\n');
    const { lines, diagnostics } = textToLines(text);
    expect(diagnostics.map((d) => d.message)).toContain('1 grid table(s) (+---+ or ┌─┬─┐ borders) read as tables');
    const blocks = parsePlan(lines).chapters[0]!.articles[0]!.blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks[1]).toMatchObject({ rows: [['指标名称', '单位', '2035年'], ['耕地保有量', '万亩', '≥118'], ['城乡建设用地规模', '平方千米', '≤55']] });
  });

  test('one with a merged header cell stays text whole: its lower rows are not lifted as a table of their own (review of 2026-12-03)', () => {
    const merged = ['+------+-----------------+', '| 序号 | 规划值          |', '|      +--------+--------+', '|      | 2025年 | 2035年 |', '+======+========+========+', '| 1    | ≥118   | ≥118   |', '+------+--------+--------+'];
    const { lines, diagnostics } = textToLines(['某县规划', '第一章 总则', '第一条 指标', ...merged, '第二条 实施', '严格落实。'].join('\n'));
    expect(lines.filter((l) => l.table)).toEqual([]);
    expect(lines.map((l) => l.text)).toContain('| 1    | ≥118   | ≥118   |');
    const message = diagnostics.map((d) => d.message).join('\n');
    expect(message).toContain('a grid table (+---+ or ┌─┬─┐ borders) at line(s) 4 could not be read');
    expect(message).not.toContain('read as tables');
  });

  test('one with merged cells is not guessed at: its lines stay, and the warning names them', () => {
    const merged = ['+------+------+', '| 类别 | 值   |', '+======+======+', '| 耕地 | 118  |', '+      +------+', '|      | 120  |', '+------+------+'];
    expect(readGridTable(merged, 0)).toBeNull();
    const { diagnostics } = textToLines(['某县规划', ...merged].join('\n'));
    expect(diagnostics.map((d) => d.message).join('\n')).toContain('a grid table (+---+ or ┌─┬─┐ borders) at line(s) 2 could not be read (merged cells or a broken border)');
  });
});
