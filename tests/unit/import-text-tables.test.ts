/**
 * Space-aligned tables of a layout export (src/lib/import/text-tables.ts and
 * the tree builder): a cell wrapped onto the next line, and a header repeated
 * where the table goes on after a page break.
 */
import { describe, expect, test } from 'vitest';
import { wrappedCells } from '../../src/lib/import/text-tables.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';
import type { Block } from '../../src/lib/import/types.ts';

const at = (text: string, indent = 0) => ({ text, indent });
const ROW = '2      城乡建设用地规模（不     平方千米    —         —         约束性';

describe('wrappedCells', () => {
  test('puts each piece under the column it starts at, CJK counted as two columns', () => {
    expect(wrappedCells(at(ROW), at('含村庄建设用地）', 7), 6)).toEqual([null, '含村庄建设用地）', null, null, null, null]);
  });

  test('or, where the export counts a CJK character as one column, as one', () => {
    const row = '城乡建设用地规模  平方千米  —  —  约束性';
    expect(wrappedCells(at(row), at('（不含）', 0), 5)).toEqual(['（不含）', null, null, null, null]);
    expect(wrappedCells(at('用水总量    亿立方  —  —  约束性'), at('米', 12), 5)).toEqual([null, '米', null, null, null]);
    expect(wrappedCells(at('用水总量    亿立方  —  —  约束性'), at('米', 8), 5)).toEqual([null, '米', null, null, null]);
  });

  test('a line that is no such continuation: under no column, a sentence, a figure, a note, or a whole row', () => {
    expect(wrappedCells(at(ROW), at('含村庄建设用地）', 4), 6)).toBeNull();
    expect(wrappedCells(at(ROW), at('含村庄建设用地。', 7), 6)).toBeNull();
    expect(wrappedCells(at('耕地  100  120'), at('林地  50'), 3)).toBeNull();
    expect(wrappedCells(at(ROW), at('注：以批复文本为准', 7), 6)).toBeNull();
    expect(wrappedCells(at(ROW), at('资料来源三调', 7), 6)).toBeNull();
    expect(wrappedCells(at('甲  乙  丙'), at('丁  戊  己'), 3)).toBeNull();
    expect(wrappedCells(at('甲  乙  丙'), at('丁  戊  己'), 4)).toBeNull();
  });
});

/** The blocks of the first article of a one-article plan as `P:text` and `T:rows`. */
function firstArticle(...body: string[]): { blocks: string[]; warnings: string[] } {
  const plan = parsePlan(textToLines(['某县规划', '第一章 总则', '第一条 指标', '指标如下。', ...body, '第二条 实施', '严格落实。'].join('\n')).lines);
  const blocks = plan.chapters[0]!.articles[0]!.blocks.map((b: Block) => (b.kind === 'table' ? `T:${JSON.stringify(b.rows)}` : `P:${b.kind === 'paragraph' ? b.text : ''}`));
  return { blocks, warnings: plan.diagnostics.map((d) => `${d.line}: ${d.message}`) };
}

const HEADER = '序号   指标名称                 单位        属性';
const rows = (...r: string[][]) => `T:${JSON.stringify([['序号', '指标名称', '单位', '属性'], ...r])}`;

describe('space-aligned tables in a plan', () => {
  test('a header wrapped onto the next line under its columns starts the table (review of 2026-12-03: it was read as two paragraphs)', () => {
    const { blocks, warnings } = firstArticle(
      '序号    指标名称              单位        基期年      目标年      属性',
      '                                          （2020）    （2035）',
      ' 1      耕地保有量            万亩        120.5       ≥118        约束性',
      ' 2      森林覆盖率            %           28          ≥30         预期性',
    );
    expect(blocks).toEqual([
      'P:指标如下。',
      `T:${JSON.stringify([['序号', '指标名称', '单位', '基期年（2020）', '目标年（2035）', '属性'], ['1', '耕地保有量', '万亩', '120.5', '≥118', '约束性'], ['2', '森林覆盖率', '%', '28', '≥30', '预期性']])}`,
    ]);
    expect(warnings).toEqual([]);
  });

  test('a cell wrapped onto the next line (or two) goes on in its cell', () => {
    const { blocks, warnings } = firstArticle(HEADER, '1      城乡建设用地规模（不     平方千米    约束性', '       含村庄建设', '       用地）', '2      用水总量                 亿立方米    约束性');
    expect(blocks).toEqual(['P:指标如下。', rows(['1', '城乡建设用地规模（不含村庄建设用地）', '平方千米', '约束性'], ['2', '用水总量', '亿立方米', '约束性'])]);
    expect(warnings).toEqual([]);
  });

  test('a piece under the first column goes on only with a row after it; a paragraph after the table stays one', () => {
    const table = ['指标名称          单位        属性', '城乡建设用地规模  平方千米    约束性'];
    expect(firstArticle(...table, '（不含村庄）', '用水总量          亿立方米    约束性').blocks).toEqual([
      'P:指标如下。',
      `T:${JSON.stringify([['指标名称', '单位', '属性'], ['城乡建设用地规模（不含村庄）', '平方千米', '约束性'], ['用水总量', '亿立方米', '约束性']])}`,
    ]);
    expect(firstArticle(...table, '以批复文本为准').blocks).toEqual(['P:指标如下。', `T:${JSON.stringify([['指标名称', '单位', '属性'], ['城乡建设用地规模', '平方千米', '约束性']])}`, 'P:以批复文本为准']);
  });

  test('rows with a cell left empty stay rows, their cells under their columns: figures never run into the next row (review of 2026-12-03)', () => {
    const header = '序号   指标项                  单位         2035年     属性';
    const { blocks, warnings } = firstArticle(
      header,
      '1      生态保护红线面积        平方千米     ≥300       约束性',
      '2      永久基本农田保护面积    万亩         ≥100',
      '3      耕地保有量              万亩         ≥118',
      '4      用水总量                亿立方米     ≤2.5       约束性',
      '5      人均应急避难场所面积                 ≥1.5       预期性',
    );
    expect(blocks).toEqual([
      'P:指标如下。',
      `T:${JSON.stringify([
        ['序号', '指标项', '单位', '2035年', '属性'],
        ['1', '生态保护红线面积', '平方千米', '≥300', '约束性'],
        ['2', '永久基本农田保护面积', '万亩', '≥100', ''],
        ['3', '耕地保有量', '万亩', '≥118', ''],
        ['4', '用水总量', '亿立方米', '≤2.5', '约束性'],
        ['5', '人均应急避难场所面积', '', '≥1.5', '预期性'],
      ])}`,
    ]);
    expect(warnings).toEqual([]);
    // After a blank line a narrower table is a table of its own, even where its columns line up.
    const two = firstArticle(header, '1      生态保护红线面积        平方千米     ≥300       约束性', '', `名称   面积${' '.repeat(20)}单位`, `河东   12${' '.repeat(22)}平方千米`);
    expect(two.blocks.filter((b) => b.startsWith('T:'))).toHaveLength(2);
  });

  test('the header repeated after a page break, with its 续表 line, is left out with a warning', () => {
    const { blocks, warnings } = firstArticle(HEADER, '1      生态保护红线面积         平方千米    约束性', '2      用水总量                 亿立方米    约束性', '\f续表1', HEADER, '3      湿地面积                 平方千米    约束性');
    expect(blocks).toEqual(['P:指标如下。', rows(['1', '生态保护红线面积', '平方千米', '约束性'], ['2', '用水总量', '亿立方米', '约束性'], ['3', '湿地面积', '平方千米', '约束性'])]);
    expect(warnings).toEqual([
      '8: “续表1” where the table at line 5 goes on after a page break left out, with the header repeated after it',
      '9: the header of the table at line 5 repeated where it goes on (after a page break) left out',
    ]);
  });

  test('a row whose first cell a merged cell above covers is a row, its first cell empty (review of 2026-12-03)', () => {
    const { blocks } = firstArticle('等级      城镇名称  主要职能', '重点镇    河东镇    商贸物流', '          河西镇    农产品加工', '一般镇    石桥镇    生态旅游');
    expect(blocks).toEqual(['P:指标如下。', `T:${JSON.stringify([['等级', '城镇名称', '主要职能'], ['重点镇', '河东镇', '商贸物流'], ['', '河西镇', '农产品加工'], ['一般镇', '石桥镇', '生态旅游']])}`]);
  });

  test('two tables with the same header and a line between them stay two, the line its own (no page break: no repeated header)', () => {
    const { blocks, warnings } = firstArticle('等级    城镇名称  人口', '中心城区  城关镇  15万人', '近期建设', '等级    城镇名称  人口', '一般镇  石桥镇  1万人');
    expect(blocks).toEqual([
      'P:指标如下。',
      `T:${JSON.stringify([['等级', '城镇名称', '人口'], ['中心城区', '城关镇', '15万人']])}`,
      'P:近期建设',
      `T:${JSON.stringify([['等级', '城镇名称', '人口'], ['一般镇', '石桥镇', '1万人']])}`,
    ]);
    expect(warnings).toEqual([]);
  });
});
