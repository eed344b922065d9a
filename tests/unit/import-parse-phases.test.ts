/**
 * What parsePlan adds around its phases (src/lib/import/parse.ts): the
 * preamble before the first chapter, the warnings for recovered numbers and
 * for Word paragraphs that are a PDF's printed lines, where the appendix
 * starts, and the flat version's one chapter.
 */
import { describe, expect, test } from 'vitest';
import { parsePlan } from '../../src/lib/import/parse.ts';
import { SCHEMES } from '../../src/lib/import/numbering-schemes.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import type { SourceLine } from '../../src/lib/import/types.ts';

const parse = (text: string) => parsePlan(textToLines(text).lines);
const warnings = (plan: ReturnType<typeof parse>) => plan.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line}: ${d.message}`);
const line = (n: number, text: string, extra: Partial<SourceLine> = {}): SourceLine => ({ line: n, text, indent: 0, ...extra });

describe('the preamble', () => {
  test('takes its own heading 前言 as its title and is reported before the first chapter', () => {
    const plan = parse('某县规划\n\n前言\n\n为了说明编制背景。\n\n第一章 总则\n\n第一条 目的\n\n内容。\n');
    const preamble = plan.parts.find((p) => p.kind === '前言')!;
    expect(preamble).toMatchObject({ title: '前言', line: 3 });
    expect(preamble.blocks).toHaveLength(1);
    expect(warnings(plan)).toContain('3: text before the first chapter kept as a preamble part (1 block(s))');
  });

  test('without a heading of its own keeps its first line as its place, and a longer first line is no title', () => {
    for (const first of ['本规划说明编制背景。', '前言部分', '编制说明如下']) {
      const plan = parse(`某县规划\n\n${first}\n\n第一章 总则\n\n第一条 目的\n\n内容。\n`);
      const preamble = plan.parts.find((p) => p.kind === '前言')!;
      expect(preamble.title, first).not.toBe(first);
      expect(preamble.line, first).toBe(3);
      expect(preamble.blocks, first).toHaveLength(1);
      expect(warnings(plan), first).toContain('3: text before the first chapter kept as a preamble part (1 block(s))');
    }
  });
});

describe('the numbering reason and recovered numbers', () => {
  test('a scheme given by the caller is named as such', () => {
    expect(parsePlan(textToLines('某县规划\n第一章 总则\n第一条 目的\n内容。\n').lines, { scheme: SCHEMES.law }).numbering).toEqual({ scheme: 'law', reason: 'given by the caller' });
  });

  test('headings numbered in order for want of a 目录 entry are counted in one warning, each named with its line and number', () => {
    const lines = [line(1, '某县规划', { headingLevel: 1 }), line(2, '总则', { headingLevel: 1 }), line(3, '内容甲。'), line(4, '格局', { headingLevel: 1 }), line(5, '内容乙。')];
    const plan = parsePlan(lines);
    expect(plan.numbering?.scheme).toBe('headings');
    expect(warnings(plan)).toContain('null: 2 heading(s) have no 目录 entry with the same title, so they were numbered in order of appearance: line 2 第一章 “总则”, line 4 第二章 “格局”; check them against the approved text');
    expect(plan.chapters.map((c) => [c.number, c.title])).toEqual([[1, '总则'], [2, '格局']]);
  });

  test('headings the 目录 numbers raise no such warning', () => {
    const lines = [line(1, '某县规划', { headingLevel: 1 }), line(2, '目录'), line(3, '第一章 总则'), line(4, '第二章 格局'), line(5, '总则', { headingLevel: 1 }), line(6, '内容甲。'), line(7, '格局', { headingLevel: 1 }), line(8, '内容乙。')];
    const plan = parsePlan(lines);
    expect(warnings(plan).some((w) => w.includes('目录 entry'))).toBe(false);
  });
});

describe('Word paragraphs that are the printed lines of a PDF', () => {
  const wrapped = ['国土空间规划是国家空间发展的指南可持续发展的空间', '蓝图是各类开发保护建设活动的基本依据本规划落实上', '位规划要求统筹安排全县国土空间开发保护建设活动', '坚持生态优先绿色发展推动形成绿色发展方式和生活方', '式统筹发展和安全严守资源环境底线促进人与自然和谐', '共生推进国土空间治理体系和治理能力现代化建设本县', '空间格局得到优化。'];

  test('are joined like wrapped text, with a warning', () => {
    // A PDF of a plan gives many such paragraphs: three paragraphs of seven printed lines here.
    const three = [...wrapped, ...wrapped, ...wrapped];
    const lines = [line(1, '某县规划', { exact: true }), line(2, '第一章 总则', { exact: true }), line(3, '第一条 目的', { exact: true }), ...three.map((t, i) => line(4 + i, t, { exact: true }))];
    const plan = parsePlan(lines);
    expect(warnings(plan)).toContain('null: the Word paragraphs look like the printed lines of a PDF (one paragraph per line): they were joined into paragraphs like wrapped text');
    const article = plan.chapters[0]!.articles[0]!;
    expect(article.blocks).toHaveLength(3);
  });

  test('that open alike are the items of a list, never a sentence cut by a printed line (the tester\'s list of 2026-12-03)', () => {
    const items = ['某县国土空间总体规划（2021—2035年）文本', '某县国土空间总体规划（2021—2035年）图集', '某县国土空间总体规划（2021—2035年）说明', '某县国土空间总体规划（2021—2035年）'];
    const lines = [line(1, '某县规划', { exact: true }), line(2, '第一章 总则', { exact: true }), line(3, '第一条 成果', { exact: true }), line(4, '本规划成果由以下部分组成：', { exact: true }), ...items.map((t, i) => line(5 + i, t, { exact: true }))];
    const plan = parsePlan(lines);
    expect(warnings(plan).filter((w) => /inside a sentence|printed lines/.test(w))).toEqual([]);
    expect(plan.chapters[0]!.articles[0]!.blocks).toHaveLength(5);
  });

  test('are not guessed from a short Word file: a few lines of equal length say nothing (the tester\'s list of 2026-12-03)', () => {
    const lines = [line(1, '某县规划', { exact: true }), line(2, '第一章 总则', { exact: true }), line(3, '第一条 目的', { exact: true }), ...wrapped.map((t, i) => line(4 + i, t, { exact: true }))];
    expect(warnings(parsePlan(lines)).some((w) => w.includes('printed lines of a PDF'))).toBe(false);
  });

  test('of unequal lengths stay paragraphs of their own, and text lines are never taken for Word paragraphs', () => {
    const sentences = ['本规划落实上位规划要求。', '坚持生态优先、绿色发展，推动形成绿色发展方式和生活方式，统筹发展和安全。', '严守资源环境底线。', '推进国土空间治理体系和治理能力现代化建设，促进人与自然和谐共生。', '空间格局得到优化。', '城乡融合发展取得进展，公共服务设施布局更加均衡合理。'];
    const lines = [line(1, '某县规划', { exact: true }), line(2, '第一章 总则', { exact: true }), line(3, '第一条 目的', { exact: true }), ...sentences.map((t, i) => line(4 + i, t, { exact: true }))];
    const plan = parsePlan(lines);
    expect(warnings(plan).some((w) => w.includes('printed lines of a PDF'))).toBe(false);
    expect(plan.chapters[0]!.articles[0]!.blocks).toHaveLength(sentences.length);
    // The same wrapped lines as plain text (not Word paragraphs) are joined without the Word warning.
    const text = parse(['某县规划', '第一章 总则', '第一条 目的', ...wrapped].join('\n'));
    expect(warnings(text).some((w) => w.includes('printed lines of a PDF'))).toBe(false);
    expect(text.chapters[0]!.articles[0]!.blocks).toHaveLength(1);
  });
});

describe('where the appendix starts', () => {
  test('after the last numbered heading, so a 附表 named in the text before it stays text', () => {
    const plan = parse('某县规划\n第一章 总则\n第一条 目的\n附表1 规划指标表\n见下文。\n第二条 范围\n内容。\n附表1 规划指标表\n指标\t单位\n耕地保有量\t万亩\n');
    expect(plan.chapters[0]!.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(plan.parts.map((p) => p.kind)).toContain('附表');
    expect(plan.parts.filter((p) => p.kind === '附表')).toHaveLength(1);
  });

  test('a 第X条 cited at a line start in the appendix does not move its start', () => {
    const plan = parse('某县规划\n第一章 总则\n第一条 目的\n内容。\n附表1 规划指标表\n第一条规定的指标\t万亩\n耕地保有量\t万亩\n');
    expect(plan.parts.filter((p) => p.kind === '附表')).toHaveLength(1);
    expect(plan.chapters[0]!.articles).toHaveLength(1);
  });
});

describe('a text without chapters', () => {
  test('its one chapter carries the plan\'s title', () => {
    const plan = parse('某县规划管理办法\n第一条 目的\n内容甲。\n第二条 范围\n内容乙。\n');
    expect(plan.chapters.map((c) => c.title)).toEqual(['某县规划管理办法']);
  });

  test('a law text without articles is told so', () => {
    const plan = parse('某县规划\n第一章 总则\n内容甲。\n第二章 格局\n内容乙。\n');
    expect(warnings(plan).join('\n')).toMatch(/no articles found/);
    expect(warnings(plan).join('\n')).not.toMatch(/--numbering headings/);
  });

  test('a Markdown text whose articles are headings without numbers is told to read them with --numbering headings', () => {
    const md = '# 某县规划\n\n## 目录\n\n第一章 总则 1\n第二章 目标 3\n\n# 第一章 总则\n\n### 规划目的\n\n为落实国家战略。\n\n### 规划范围\n\n县域全域。\n\n# 第二章 目标\n\n### 发展定位\n\n建设现代化县城。\n';
    const plan = parsePlan(textToLines(md, { markdown: true }).lines);
    expect(warnings(plan).filter((w) => w.includes('no articles found'))).toEqual([
      'null: no articles found (第X章 / 第X节 / 第X条 headings): the chapters and sections hold paragraphs only; 3 heading(s) without a number (“规划目的”, “规划范围”, “发展定位”) may be the articles: import with --numbering headings to read them as articles, numbered in order',
    ]);
    const read = parsePlan(textToLines(md, { markdown: true }).lines, { numbering: 'headings' });
    expect(read.chapters.flatMap((c) => c.articles.map((a) => `${a.number} ${a.title}`))).toEqual(['1 规划目的', '2 规划范围', '3 发展定位']);
  });
});
