/**
 * Phase 2 of the importer: what one line could be, read without context
 * (src/lib/import/classify-line.ts). The tree builder decides from context;
 * these tests pin the readings it is offered.
 */
import { describe, expect, test } from 'vitest';
import { classifyLine, rowKind } from '../../src/lib/import/classify-line.ts';
import { SCHEMES } from '../../src/lib/import/numbering-schemes.ts';
import type { SourceLine } from '../../src/lib/import/types.ts';

const line = (text: string, extra: Partial<SourceLine> = {}): SourceLine => ({ line: 7, text, indent: 0, ...extra });
const law = SCHEMES.law;

describe('the table row a line would be', () => {
  test('is tab-separated, pipe-framed or space-aligned by how its cells are laid out', () => {
    expect(rowKind(line('耕地保有量\t万亩\t约束性'), law)).toBe('tab');
    expect(rowKind(line('| 耕地保有量 | 万亩 | 约束性 |'), law)).toBe('pipe');
    expect(rowKind(line('｜耕地保有量｜万亩｜'), law)).toBe('pipe');
    expect(rowKind(line('耕地保有量  万亩  约束性'), law)).toBe('space');
  });

  test('is none for a missing line or a sentence', () => {
    expect(rowKind(undefined, law)).toBeNull();
    expect(rowKind(line('严格落实耕地保护任务。'), law)).toBeNull();
  });

  test('is pipe only when the line opens and closes with a pipe', () => {
    expect(rowKind(line('耕地 | 万亩'), law)).toBeNull();
    expect(rowKind(line('耕地 | 万亩 |'), law)).toBeNull();
    expect(rowKind(line('| 耕地 | 万亩'), law)).toBeNull();
  });

  test('is none for a heading of the scheme, even with wide gaps between its words', () => {
    expect(rowKind(line('第一条  目的  依据  范围'), law)).toBeNull();
    // Not a heading of the decimal scheme: the same words are a space-aligned row there.
    expect(rowKind(line('第一条  目的  依据  范围'), SCHEMES.decimal)).toBe('space');
  });

  test('is space for a bare-numbered line whose cells hold words (a 序号 the decimal scheme would read as a chapter), not for a letter-spaced title', () => {
    expect(rowKind(line('3     生态保护红线面积      平方千米  约束性'), SCHEMES.decimal)).toBe('space');
    expect(rowKind(line('1  总  则'), SCHEMES.decimal)).toBeNull();
    expect(rowKind(line('1.1  规划  目的'), SCHEMES.decimal)).toBeNull();
  });

  test('is tab for a heading-shaped line that is split by tabs (a table saved as text)', () => {
    expect(rowKind(line('第一条\t目的'), law)).toBe('tab');
  });

  test('is none for a Word paragraph, which is never a typed row', () => {
    expect(rowKind(line('耕地保有量\t万亩\t约束性', { exact: true }), law)).toBeNull();
  });
});

describe('the readings of one line', () => {
  test('in the body: a heading, a group or a box, and no appendix part', () => {
    const article = classifyLine(line('第十八条 生态保护红线'), law, false);
    expect(article.heading).toMatchObject({ kind: 'article', number: 18, rest: ' 生态保护红线' });
    expect(article.group).toBeNull();
    expect(article.box).toBeNull();
    expect(article.appendix).toBeNull();
    expect(classifyLine(line('第一篇 总体布局'), law, false).group?.slice(1)).toEqual(['一', '篇', ' 总体布局']);
    expect(classifyLine(line('下篇 中心城区规划'), law, false).group?.slice(1)).toEqual(['下', '篇', ' 中心城区规划']);
    expect(classifyLine(line('下篇文章说明'), law, false).group).toBeNull();
    expect(classifyLine(line('一篇 总体布局'), law, false).group).toBeNull();
    expect(classifyLine(line('专栏1 重点项目'), law, false).box).toBe('专栏1 重点项目');
    expect(classifyLine(line('附表1 规划指标表'), law, false).appendix).toBeNull();
  });

  test('in the appendix: only an appendix part, never a heading, group or box', () => {
    const c = classifyLine(line('附表1 规划指标表'), law, true);
    expect(c.appendix).toEqual({ kind: '附表', title: '附表1 规划指标表' });
    const h = classifyLine(line('第十八条 生态保护红线'), law, true);
    expect([h.heading, h.group, h.box]).toEqual([null, null, null]);
    expect(classifyLine(line('第一篇 总体布局'), law, true).group).toBeNull();
    expect(classifyLine(line('专栏1 重点项目'), law, true).box).toBeNull();
  });

  test('as a table row only when asked, by the same rule as rowKind', () => {
    expect(classifyLine(line('耕地保有量\t万亩'), law, false).row()).toBe('tab');
    expect(classifyLine(line('第一条  目的  依据  范围'), law, false).row()).toBeNull();
  });
});
