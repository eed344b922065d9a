/** pandoc's simple and multiline tables (src/lib/import/simple-tables.ts): `pandoc -t plain` of a Word table. Their header became text and their dashes a paragraph. */
import { describe, expect, test } from 'vitest';
import { renderBlock } from '../../src/lib/import/render.ts';
import { cellsByColumn, dashColumns, pandocCaption, readPandocTable } from '../../src/lib/import/simple-tables.ts';
import { displayWidth } from '../../src/lib/import/clean.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';

// Laid out as pandoc lays them out: a CJK character two columns wide, ≥ and ≤ one.
const SIMPLE = [
  '  指标名称             单位       2020年     2035年',
  '  -------------------- ---------- ---------- ----------',
  '  耕地保有量           万亩       ≥118       ≥118',
  '  城乡建设用地规模     平方千米   25         ≤30',
];
const MULTILINE = [
  '  -------------------------------------------------',
  '  指标名称           单位       2020年     2035年',
  '  ------------------ ---------- ---------- --------',
  '  城乡建设用地规模   平方千米   25         ≤30',
  '  （含村庄）',
  '',
  '  耕地保有量         万亩       ≥118       ≥118',
  '  -------------------------------------------------',
];
const HEADERLESS = ['  -------- ------------ --------', '  河东镇   商贸物流     一般镇', '  河西镇   农产品加工   重点镇', '  -------- ------------ --------'];

describe('pandoc tables', () => {
  test('count a wide character as two columns and ≥ as one, as pandoc lays them out', () => {
    expect(['耕', '（', '２', '≥', '—', 'a'].map(displayWidth)).toEqual([2, 2, 2, 1, 1, 1]);
  });

  test('take their columns from the line of dashes, and give each run of text to the column it starts in', () => {
    const columns = dashColumns(SIMPLE[1]!)!;
    expect(columns.map((c) => c.start)).toEqual([2, 23, 34, 45]);
    expect(cellsByColumn(SIMPLE[3]!, columns)).toEqual(['城乡建设用地规模', '平方千米', '25', '≤30']);
    // A run is never cut, even where another tool counted widths otherwise.
    expect(cellsByColumn('  城乡建设用地规模（含村庄） 平方千米', columns)).toEqual(['城乡建设用地规模（含村庄）', '平方千米', '', '']);
    expect(dashColumns('----------')).toBeNull(); // a rule, not columns
    expect(dashColumns('- - -')).toBeNull(); // a Markdown rule
  });

  test('read a simple table: the header, then a row a line until a blank line', () => {
    expect(readPandocTable(['', ...SIMPLE, ''], 1)).toEqual({
      rows: [
        ['指标名称', '单位', '2020年', '2035年'],
        ['耕地保有量', '万亩', '≥118', '≥118'],
        ['城乡建设用地规模', '平方千米', '25', '≤30'],
      ],
      first: 1,
      end: 4,
    });
  });

  test('read a multiline table: rows apart by blank lines, a cell wrapped in its column joined', () => {
    expect(readPandocTable(MULTILINE, 0)?.rows).toEqual([
      ['指标名称', '单位', '2020年', '2035年'],
      ['城乡建设用地规模（含村庄）', '平方千米', '25', '≤30'],
      ['耕地保有量', '万亩', '≥118', '≥118'],
    ]);
    expect(readPandocTable(MULTILINE, 0)?.end).toBe(7);
  });

  test('read a table without a header, between two lines of column dashes, its header row empty (not its first row)', () => {
    expect(readPandocTable(HEADERLESS, 0)?.rows).toEqual([
      ['', '', ''],
      ['河东镇', '商贸物流', '一般镇'],
      ['河西镇', '农产品加工', '重点镇'],
    ]);
  });

  test('are not found in a rule, a paragraph under a rule, or a line inside a paragraph', () => {
    expect(readPandocTable(['----------', '第一条 规划目的', '', '正文。'], 0)).toBeNull();
    expect(readPandocTable(['上一行', ...SIMPLE], 1)).toBeNull(); // not after a blank line
    expect(readPandocTable(['  -------- --------', '  河东镇   商贸', '', '', '正文。'], 0)).toBeNull(); // never closed
    expect(readPandocTable(['标题', '----------'], 0)).toBeNull(); // a setext heading's rule
  });

  test('read the caption pandoc writes after a table', () => {
    expect(pandocCaption('  : 表1 规划指标')).toBe('表1 规划指标');
    expect(pandocCaption('Table: 表1 规划指标')).toBe('表1 规划指标');
    expect(pandocCaption('：表1')).toBeNull();
  });

  test('become tables of the articles they stand in, their captions without the colon, and are reported', () => {
    const text = ['某县规划', '第一章 总则', '第一条 指标', '主要指标如下：', '', ...MULTILINE, '', '  : 表1 规划指标', '', '第二条 名录', '重点镇如下。', '', ...HEADERLESS, '', '第三条 实施', '严格落实。'].join('\n');
    const { lines, diagnostics } = textToLines(text);
    expect(diagnostics.map((d) => d.message)).toContain('2 pandoc table(s) (columns under lines of dashes) read as tables');
    const articles = parsePlan(lines).chapters[0]!.articles;
    expect(articles[0]!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(articles[0]!.blocks[2]).toMatchObject({ text: '表1 规划指标' });
    expect(articles[1]!.blocks[1]).toMatchObject({ rows: [['', '', ''], ['河东镇', '商贸物流', '一般镇'], ['河西镇', '农产品加工', '重点镇']] });
    // Markdown needs a header row: an empty one, which the site and the downloads leave out.
    expect(renderBlock(articles[1]!.blocks[1]!).split('\n').slice(0, 3)).toEqual(['|   |   |   |', '| --- | --- | --- |', '| 河东镇 | 商贸物流 | 一般镇 |']);
    expect(articles[2]!.blocks).toMatchObject([{ kind: 'paragraph', text: '严格落实。' }]);
  });
});
