/**
 * Article titles printed on their own line above the number
 * (src/lib/import/titles-above.ts and the tree builder): read as the articles'
 * titles when the text prints its titles that way, and only then; a single
 * short line above an article stays text with the lost-heading warning.
 */
import { describe, expect, test } from 'vitest';
import { TreeBuilder } from '../../src/lib/import/tree-builder.ts';
import { findTitlesAbove } from '../../src/lib/import/titles-above.ts';
import { SCHEMES } from '../../src/lib/import/numbering-schemes.ts';
import { textToLines } from '../../src/lib/import/lines.ts';

function build(text: string, scheme: keyof typeof SCHEMES = 'law'): TreeBuilder {
  const { lines } = textToLines(text);
  const t = new TreeBuilder({ lines, scheme: SCHEMES[scheme], layout: { indentMeaningful: false, wrapWidth: 0 }, skip: new Set(), appendixStart: lines.length });
  t.build();
  return t;
}

const articles = (t: TreeBuilder) =>
  t.chapters.flatMap((c) => [c, ...c.sections]).flatMap((p) => p.articles).map((a) => `${a.number} ${a.title} | ${a.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' / ')}`);
const leads = (t: TreeBuilder) => t.chapters.map((c) => c.lead.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' / '));
const warnings = (t: TreeBuilder) => t.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line}: ${d.message}`);

const TITLED_ABOVE = `第一章 总则

规划目的
第一条 为落实国家战略，编制本规划。

规划范围
第二条 本规划范围为县域全域。

第二章 目标

规划目标
第三条 到2035年，形成国土空间开发保护新格局。
`;

describe('titles set above the article number, read as titles', () => {
  test('are the titles of the articles below them, not a chapter lead or the text of the article before', () => {
    const t = build(TITLED_ABOVE);
    expect(articles(t)).toEqual(['1 规划目的 | 为落实国家战略，编制本规划。', '2 规划范围 | 本规划范围为县域全域。', '3 规划目标 | 到2035年，形成国土空间开发保护新格局。']);
    expect(leads(t)).toEqual(['', '']);
  });

  test('are said once in the report, each with its line, and what to do if one is a heading', () => {
    expect(warnings(build(TITLED_ABOVE))).toEqual([
      '3: 3 article titles stand on their own line above the number and were read as the titles of the articles below them: line 3 “规划目的”, line 6 “规划范围”, line 11 “规划目标”; if one is a heading that lost its number, give it its number in the text',
    ]);
  });

  test('are read in a Word file, one paragraph a line with no blank lines, after an article that ends a sentence', () => {
    const word = '第一章 总则\n规划目的\n第一条 为落实国家战略，编制本规划。\n规划范围\n第二条 本规划范围为县域全域。\n第二章 目标\n第一节 定位\n发展定位\n第三条 建设生态宜居的现代化县城。\n';
    expect(articles(build(word)).map((a) => a.split(' |')[0])).toEqual(['1 规划目的', '2 规划范围', '3 发展定位']);
  });

  test('are read under a chapter title that stands on the line after a bare 第一章, and never taken for that chapter title', () => {
    const t = build('第一章\n总则\n\n规划目的\n第一条 为落实国家战略。\n\n规划范围\n第二条 本规划范围为县域全域。\n');
    expect(t.chapters.map((c) => c.title)).toEqual(['总则']);
    expect(articles(t).map((a) => a.split(' |')[0])).toEqual(['1 规划目的', '2 规划范围']);
    // A bare 第一章 with a blank line and then a title-like line: that line is the chapter's title, not an article's.
    const bare = build('第一章\n\n规划目的\n第一条 为落实国家战略。\n\n规划范围\n第二条 本规划范围为县域全域。\n\n规划期限\n第三条 期限至2035年。\n');
    expect(bare.chapters.map((c) => c.title)).toEqual(['规划目的']);
    expect(articles(bare).map((a) => a.split(' |')[0])).toEqual(['1 ', '2 规划范围', '3 规划期限']);
  });

  test('take titles of up to 20 characters, as the lost-heading warning does', () => {
    const long = TITLED_ABOVE.replace('规划范围', '生态保护红线与自然保护地体系建设');
    expect(articles(build(long))[1]).toBe('2 生态保护红线与自然保护地体系建设 | 本规划范围为县域全域。');
  });

  test('give a title back to the text, where it stood, when the line under it is not read as an article', () => {
    const insertion = TITLED_ABOVE.replace('第二章 目标', '规划期限\n第二条之一 规划期限为2021—2035年。\n\n第二章 目标');
    const t = build(insertion);
    expect(articles(t)[1]).toBe('2 规划范围 | 本规划范围为县域全域。 / 规划期限 / 第二条之一 规划期限为2021—2035年。');
    expect(warnings(t)[0]).toContain('3 article titles');
  });

  test('are read with a blank line between title and number, and in Arabic-numbered and decimal texts', () => {
    const spaced = TITLED_ABOVE.replace(/\n第/g, '\n\n第');
    expect(articles(build(spaced)).map((a) => a.split(' |')[0])).toEqual(['1 规划目的', '2 规划范围', '3 规划目标']);
    const decimal = '1 总则\n\n1.1 目的与范围\n\n规划目的\n1.1.1 为落实国家战略，编制本规划。\n\n规划范围\n1.1.2 本规划范围为县域全域。\n';
    expect(articles(build(decimal, 'decimal')).map((a) => a.split(' |')[0])).toEqual(['1 规划目的', '2 规划范围']);
  });
});

describe('lines above the article number left as text', () => {
  test('keep a short line that ends a paragraph, a blank line after it, with its paragraph', () => {
    const text = ['第一章 总则', '', '第一条 为落实国家战略，编制本规划。', '本规划是县域国土空间的总纲。', '坚持生态优先', '', '第二条 规划范围为县域全域。', '总面积1234平方千米。', '共辖12个乡镇', '', '第三条 规划期限为2021—2035年。', ''].join('\n');
    expect(findTitlesAbove(textToLines(text).lines, SCHEMES.law, new Set())).toEqual([]);
  });

  test('are not taken from inside a 专栏 box', () => {
    const box = ['第一章 总则', '', '生态格局', '第一条 构建生态保护格局。', '', '专栏1 重点生态修复工程', '实施矿山生态修复工程。', '湿地保护工程', '第二条 加强自然保护地建设。', '', '生态修复', '第三条 推进一体化保护修复。', ''].join('\n');
    expect(findTitlesAbove(textToLines(box).lines, SCHEMES.law, new Set()).map((t) => t.title)).toEqual([2, 10]);
  });

  test('keep to the way most titles are set out: a blank line between title and number, or none', () => {
    const mixed = ['第一章 总则', '', '规划目的', '第一条 为落实国家战略。', '', '规划范围', '第二条 县域全域。', '', '规划期限', '第三条 期限至2035年。', '', '规划原则', '', '第四条 坚持生态优先。', ''].join('\n');
    expect(findTitlesAbove(textToLines(mixed).lines, SCHEMES.law, new Set()).map((t) => t.title)).toEqual([2, 5, 8]);
  });

  test('when too few, leave the first under a heading as its opening paragraph, with a warning', () => {
    const t = build('第一章 总则\n\n规划目的\n第一条 为落实国家战略。\n\n第二条 本规划范围为县域全域。\n\n第三条 期限至2035年。\n');
    expect(leads(t)).toEqual(['规划目的']);
    expect(warnings(t)).toEqual(['3: “规划目的” stands alone before 第一条 like a title set above it: kept as the opening paragraph of 第一章; if it is the title of 第一条, put it after 第一条']);
  });

  test('leave an article that has its own title after the number as it is', () => {
    const t = build(TITLED_ABOVE.replace('第二条 本规划', '第二条【范围】本规划'));
    // The line above 第二条 then ends the article before it, with the lost-heading warning.
    expect(articles(t)).toEqual(['1 规划目的 | 为落实国家战略，编制本规划。 / 规划范围', '2 范围 | 本规划范围为县域全域。', '3 规划目标 | 到2035年，形成国土空间开发保护新格局。']);
    expect(warnings(t)[1]).toMatch(/^6: “规划范围” stands alone before 第二条/);
  });

  test('are not read from one short line: it stays text, with the lost-heading warning', () => {
    const t = build('第一章 总则\n\n第一条 为落实国家战略，编制本规划。\n\n国土空间开发保护格局\n第二条 本规划范围为县域全域。\n\n第三条 规划期限为2021—2035年。\n');
    expect(articles(t)[0]).toBe('1  | 为落实国家战略，编制本规划。 / 国土空间开发保护格局');
    expect(warnings(t)).toHaveLength(1);
    expect(warnings(t)[0]).toMatch(/^5: “国土空间开发保护格局” stands alone before 第二条 like a heading without its number/);
  });

  test('are not read where most articles carry a title after the number', () => {
    const text = ['第一章 总则', '', '第一条 规划目的', '为落实国家战略。', '', '第二条 规划范围', '县域全域。', '', '第三条 规划期限', '2021—2035年。', '', '第四条 规划原则', '生态优先。', '', '乡村振兴', '第五条 推进乡村振兴。', '', '城镇发展', '第六条 推进新型城镇化。', ''].join('\n');
    expect(findTitlesAbove(textToLines(text).lines, SCHEMES.law, new Set())).toEqual([]);
  });

  test('never take a sentence, an enumeration, a caption or a line inside a paragraph for a title', () => {
    const lines = (above: string) => textToLines(`第一章 总则\n\n${above}\n第一条 为落实国家战略。\n\n${above}\n第二条 本规划范围为县域全域。\n`).lines;
    for (const above of ['规划目的。', '（一）规划目的', '表1 规划指标', '一、规划目的', '规划目的，依据如下']) {
      expect(findTitlesAbove(lines(above), SCHEMES.law, new Set()), above).toEqual([]);
    }
    const inParagraph = textToLines('第一章 总则\n\n第一条 规划目的在于\n落实战略\n第二条 本规划范围为县域全域。\n\n其他\n第三条 期限。\n').lines;
    expect(findTitlesAbove(inParagraph, SCHEMES.law, new Set())).toEqual([]);
  });
});

describe('findTitlesAbove', () => {
  test('are found by the rules, line by line (mutation survivors)', () => {
    const find = (text: string) => findTitlesAbove(textToLines(text).lines, SCHEMES.law, new Set()).map((t) => `${t.title}>${t.article}`);
    // The title of a bare 第一章 (on the next line, a blank line between or not) is the chapter's, not an article's.
    expect(find('第一章\n\n规划目的\n第一条 甲。\n\n规划范围\n第二条 乙。\n\n规划期限\n第三条 丙。\n')).toEqual(['5>6', '8>9']);
    // Under a chapter title that stands on the line after its bare 第一章, with no blank line: a title.
    expect(find('第一章\n总则\n规划目的\n第一条 甲。\n规划范围\n第二条 乙。\n')).toEqual(['2>3', '4>5']);
    // 第二条之一 is no article to carry a title (its line stays text).
    expect(find('第一章 总则\n规划目的\n第一条 甲。\n规划范围\n第二条 乙。\n规划期限\n第二条之一 丙。\n')).toEqual(['1>2', '3>4']);
    // One title is not a way of printing titles, even in a text of one article.
    expect(find('第一章 总则\n规划目的\n第一条 甲。\n')).toEqual([]);
    // As many set out with a blank line before the number as without: no way of setting them out holds two thirds.
    expect(find('第一章 总则\n\n规划目的\n第一条 甲。\n\n规划范围\n第二条 乙。\n\n规划期限\n\n第三条 丙。\n\n规划原则\n\n第四条 丁。\n')).toEqual([]);
    // A blank first line, and a text that opens with a title: read the same.
    expect(find('\n规划目的\n第一条 甲。\n规划范围\n第二条 乙。\n')).toEqual(['1>2', '3>4']);
  });

  test('give the title and article line indexes, and respect lines already read elsewhere', () => {
    const { lines } = textToLines(TITLED_ABOVE);
    expect(findTitlesAbove(lines, SCHEMES.law, new Set())).toEqual([
      { article: 3, title: 2 },
      { article: 6, title: 5 },
      { article: 11, title: 10 },
    ]);
    expect(findTitlesAbove(lines, SCHEMES.law, new Set([2, 5]))).toEqual([]);
    expect(findTitlesAbove(lines, SCHEMES.law, new Set(), 9)).toEqual([
      { article: 3, title: 2 },
      { article: 6, title: 5 },
    ]);
  });
});
