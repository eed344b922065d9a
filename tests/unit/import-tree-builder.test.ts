/**
 * The tree builder (src/lib/import/tree-builder.ts) on its own: given lines,
 * a numbering scheme and a layout, which line starts a chapter, section or
 * provision, which stays text, where blocks and tables go, and the exact
 * message (with the offending text) of every problem it reports. Written
 * from the survivors of its mutation run (README, "Mutation testing").
 */
import { describe, expect, test } from 'vitest';
import { TreeBuilder } from '../../src/lib/import/tree-builder.ts';
import { SCHEMES } from '../../src/lib/import/numbering-schemes.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import type { Block, ParsedArticle, SourceLine } from '../../src/lib/import/types.ts';

interface Options {
  scheme?: keyof typeof SCHEMES;
  /** The layout's indentMeaningful (a PDF export that indents each paragraph's first line). */
  indent?: boolean;
  /** Index of the first appendix line (default: none). */
  appendix?: number;
  /** 1-based lines that are Word paragraphs (`exact`). */
  exact?: number[];
  /** 1-based lines with a page break before them. */
  pageBreak?: number[];
}

function builder(input: string | SourceLine[], o: Options = {}): TreeBuilder {
  const lines = typeof input === 'string' ? textToLines(input).lines : input;
  for (const n of o.exact ?? []) lines[n - 1]!.exact = true;
  for (const n of o.pageBreak ?? []) lines[n - 1]!.pageBreakBefore = true;
  const t = new TreeBuilder({ lines, scheme: SCHEMES[o.scheme ?? 'law'], layout: { indentMeaningful: !!o.indent, wrapWidth: 0 }, skip: new Set(), appendixStart: o.appendix ?? lines.length });
  t.build();
  return t;
}

/** Blocks as `P<line>:text`, `H<line>:text` (subheading) and `T<line>:rows as JSON`. */
const blocks = (bs: Block[]) => bs.map((b) => (b.kind === 'table' ? `T${b.line}:${JSON.stringify(b.rows)}` : `${b.kind === 'paragraph' ? 'P' : 'H'}${b.line}:${b.text}`));
const num = (x: { number: number; printed?: string }) => `${x.number}${x.printed ? `(${x.printed})` : ''}`;
const article = (a: ParsedArticle) => `${num(a)} ${a.title} | ${blocks(a.blocks).join(' / ')}`;

/** Every article of the plan, in order. */
const articles = (t: TreeBuilder) => t.chapters.flatMap((c) => [...c.articles, ...c.sections.flatMap((s) => s.articles)]).map(article);
/** Every diagnostic as `e|w <line>: message «text»` (the text only when the diagnostic carries one). */
const problems = (t: TreeBuilder) => t.diagnostics.map((d) => `${d.severity[0]} ${d.line}: ${d.message}${'text' in d ? ` «${d.text}»` : ''}`);

describe('a heading number this importer cannot read', () => {
  test('is kept as text and named as written, with 章, 节 or 条', () => {
    const t = builder('第一章 总则\n第一条 目的\n内容。\n第零节 测试\n内容二。\n第零章 测试\n内容三。\n第零条 说明\n内容四。');
    expect(articles(t)).toEqual(['1 目的 | P3:内容。 / P4:第零节 测试 / P5:内容二。 / P6:第零章 测试 / P7:内容三。 / P8:第零条 说明 / P9:内容四。']);
    expect(problems(t)).toEqual([
      'w 4: 第零节 is not a numeral this importer reads: kept as body text «第零节 测试»',
      'w 6: 第零章 is not a numeral this importer reads: kept as body text «第零章 测试»',
      'w 8: 第零条 is not a numeral this importer reads: kept as body text «第零条 说明»',
    ]);
  });

  test('is not reported inside a running paragraph, alone on its line, or run into its sentence', () => {
    const t = builder('第一章 总则\n第一条 目的\n本规划是全县国土空间保护、开发、利用的总纲，\n第零条 说明\n第零条\n第零条说明。');
    expect(problems(t)).toEqual([]);
    expect(t.lastArticle).toBe(1);
  });
});

describe('a line starting with 第X条 in running text', () => {
  test('a reference (第一条规定的) stays text quietly; an unexpected number is text with a warning; a later article ending its sentence is one', () => {
    const t = builder('第一章 总则\n第一条 目的\n内容。\n第二条 范围\n内容。\n第一条规定的内容。\n第一条土地利用应当合理。\n第五条土地利用应当合理。\n第三章土地利用应当合理。');
    expect(articles(t)).toEqual(['1 目的 | P3:内容。', '2 范围 | P5:内容。 / P6:第一条规定的内容。 / P7:第一条土地利用应当合理。', '5  | P8:土地利用应当合理。 / P9:第三章土地利用应当合理。']);
    expect(problems(t)).toEqual([
      'w 7: a paragraph starts with 第一条 but is read as text (第三条 comes next); if it is a heading, check the numbering «第一条土地利用应当合理。»',
      'e 8: gap in article numbering: expected 第三条, found 第五条 at line 8 after 第二条 at line 4 (第三条–第四条 missing) «第五条土地利用应当合理。»',
      'w 9: a paragraph starts with 第三章 but is read as text (第二章 comes next); if it is a heading, check the numbering «第三章土地利用应当合理。»',
    ]);
  });

  test('inside an open paragraph only the expected number with a separator starts an article', () => {
    const t = builder('第一章 总则\n第一条 目的\n本规划是全县国土空间保护、开发、利用的总纲，\n第二条范围是全县，\n第三条 范围\n第二条 范围\n内容。');
    expect(articles(t)).toEqual(['1 目的 | P3:本规划是全县国土空间保护、开发、利用的总纲，第二条范围是全县，第三条 范围', '2 范围 | P7:内容。']);
  });

  test('an indented line starts a paragraph where indentation means one, and not elsewhere', () => {
    const text = '第一章 总则\n第一条 目的\n本规划是全县国土空间保护、开发、利用的总纲，\n  第三条 其他\n内容。';
    expect(articles(builder(text, { indent: true }))).toEqual(['1 目的 | P3:本规划是全县国土空间保护、开发、利用的总纲，', '3  | P4:其他内容。']);
    expect(articles(builder(text))).toEqual(['1 目的 | P3:本规划是全县国土空间保护、开发、利用的总纲，第三条 其他内容。']);
  });

  test('a sentence a page break cut goes on on the next page, Word paragraphs too; a short list item only where it leads on', () => {
    const text = '第一章 总则\n第一条 目的\n本规划是全县国土空间保护、开发、利用的总纲，各类开发建设活动应当严格遵守\n本规划。\n第二条 城镇\n重点镇包括：\n甲镇\n乙镇\n一般乡镇包括丙乡和\n丁乡。';
    const t = builder(text, { exact: [3, 4, 6, 7, 8, 9, 10], pageBreak: [4, 8, 10] });
    expect(articles(t)).toEqual([
      '1 目的 | P3:本规划是全县国土空间保护、开发、利用的总纲，各类开发建设活动应当严格遵守本规划。',
      '2 城镇 | P6:重点镇包括： / P7:甲镇 / P8:乙镇 / P9:一般乡镇包括丙乡和丁乡。',
    ]);
    // Without the page break the Word paragraphs stay apart.
    expect(articles(builder(text, { exact: [3, 4] }))[0]).toBe('1 目的 | P3:本规划是全县国土空间保护、开发、利用的总纲，各类开发建设活动应当严格遵守 / P4:本规划。');
  });

  test('a running header the front matter skipped passes its page break to the line after it', () => {
    const lines = textToLines('第一章 总则\n第一条 目的\n各类开发建设活动应当严格遵守本\n某县国土空间总体规划\n规划。').lines;
    lines.forEach((l) => (l.exact = true));
    lines[3]!.pageBreakBefore = true;
    const t = new TreeBuilder({ lines, scheme: SCHEMES.law, layout: { indentMeaningful: false, wrapWidth: 0 }, skip: new Set([3]), appendixStart: lines.length });
    t.build();
    expect(articles(t)).toEqual(['1 目的 | P3:各类开发建设活动应当严格遵守本规划。']);
  });

  test('a Word paragraph, before or after, is never a wrapped line', () => {
    const text = '第一章 总则\n第一条 目的\n本规划是全县国土空间保护、开发、利用的总纲，\n第三条 其他\n内容。';
    for (const exact of [[3], [4]]) {
      const t = builder(text, { exact });
      expect(articles(t), `exact ${exact}`).toEqual(['1 目的 | P3:本规划是全县国土空间保护、开发、利用的总纲，', '3 其他 | P5:内容。']);
      expect(problems(t), `exact ${exact}`).toEqual(['e 4: gap in article numbering: expected 第二条, found 第三条 at line 4 after 第一条 at line 2 (第二条 missing) «第三条 其他»']);
    }
  });

  test('a blank line breaks the paragraph, unless a page break stands there (a page ending mid-sentence)', () => {
    const text = '第一章 总则\n第一条 目的\n本规划是全县国土空间保护、开发、利用的总纲，\n\n第三条 其他\n内容。';
    expect(articles(builder(text))).toEqual(['1 目的 | P3:本规划是全县国土空间保护、开发、利用的总纲，', '3 其他 | P6:内容。']);
    expect(articles(builder(text, { pageBreak: [5] }))).toEqual(['1 目的 | P3:本规划是全县国土空间保护、开发、利用的总纲，第三条 其他内容。']);
  });

  test('a footnote at the foot of a page that cuts a sentence is set after the paragraph, with a warning', () => {
    const text = '第一章 总则\n第一条 目的\n为落实部署①，实现高质量发展和\n① 指《若干意见》。\n高品质生活，制定本规划。\n第二条 范围\n内容①。\n① 指县域。\n内容二。';
    const t = builder(text, { pageBreak: [5, 9] });
    expect(articles(t)).toEqual(['1 目的 | P3:为落实部署①，实现高质量发展和高品质生活，制定本规划。 / P4:① 指《若干意见》。', '2 范围 | P7:内容①。 / P8:① 指县域。 / P9:内容二。']);
    expect(problems(t)).toEqual(['w 4: footnote “① 指《若干意见》。” at the foot of a page, inside a sentence that goes on on the next page: set after the paragraph, so the sentence reads whole «① 指《若干意见》。»']);
    // Without a page break after it, a ① line is text where it stands.
    expect(articles(builder(text))[0]).toBe('1 目的 | P3:为落实部署①，实现高质量发展和 / P4:① 指《若干意见》。 / P5:高品质生活，制定本规划。');
  });

  test('an inserted 第一条之一 stays text of the article before it, with a warning', () => {
    const t = builder('第一章 总则\n第一条 目的\n内容。\n第一条之一 插入\n内容。\n第二条 范围\n内容。');
    expect(articles(t)).toEqual(['1 目的 | P3:内容。 / P4:第一条之一 插入 / P5:内容。', '2 范围 | P7:内容。']);
    expect(problems(t)).toEqual(['w 4: inserted article 第一条之一 kept as text of the article before it: the content model numbers articles 1…N without 之一 insertions «第一条之一 插入»']);
  });
});

describe('part headings (第X篇)', () => {
  test('become the next chapter\'s opening paragraph as written (the plan\'s own separator kept); the last one, with no chapter after it, is said to end the text', () => {
    const t = builder('第一篇：总体要求\n第一章 总则\n第一条 目的\n内容。\n第二篇\n第二章 目标\n第二条 目标\n内容。\n第三篇 附则');
    expect(t.chapters.map((c) => blocks(c.lead))).toEqual([['P1:第一篇：总体要求'], ['P5:第二篇']]);
    expect(articles(t)).toEqual(['1 目的 | P4:内容。', '2 目标 | P8:内容。 / P9:第三篇 附则']);
    expect(problems(t)).toEqual([
      'w 1: part heading 第一篇：总体要求 kept as the opening paragraph of the next chapter (the content model has no level above chapters) «第一篇：总体要求»',
      'w 5: part heading 第二篇 kept as the opening paragraph of the next chapter (the content model has no level above chapters) «第二篇»',
      'w 9: part heading 第三篇 附则 kept as the last paragraph of the text: no chapter follows it «第三篇 附则»',
    ]);
  });

  test('before chapters that start again at 第一章: the chapters count through the plan, each printed as written; numbers are checked within the part', () => {
    const t = builder('第一编 总则\n第一章 一般规定\n第一条 目的\n内容。\n第二编 分则\n第一章 格局\n第二条 红线\n内容。\n第二章 保护\n第三条 保护\n内容。\n第二章 重复\n第四条 重复\n内容。');
    expect(t.chapters.map((c) => `${c.number} ${c.printed} ${c.title} | ${blocks(c.lead).join(' / ')}`)).toEqual([
      '1 第一章 一般规定 | P1:第一编 总则',
      '2 第一章 格局 | P5:第二编 分则',
      '3 第二章 保护 | ',
      '4 第二章 重复 | ',
    ]);
    expect(problems(t)).toEqual([
      'w 1: part heading 第一编 总则 kept as the opening paragraph of the next chapter (the content model has no level above chapters) «第一编 总则»',
      "w 6: chapters start again at 第一章 after the part heading “第二编 分则” (line 5): each chapter keeps its printed number, and the site's addresses count the chapters through the plan (this one is chapter 2, /2/); a reference to a chapter in the text (按照第二章…) is linked by that count, not within its part: check any «第一章 格局»",
      'w 5: part heading 第二编 分则 kept as the opening paragraph of the next chapter (the content model has no level above chapters) «第二编 分则»',
      'e 12: duplicate chapter number: 第二章 appears twice (first at line 9); expected 第三章 after 第二章 at line 9 «第二章 重复»',
    ]);
  });

  test('上篇 / 下篇 group chapters as 第X篇 do, kept as written', () => {
    const t = builder('上篇 县域规划\n第一章 总则\n第一条 目的\n内容。\n下篇：中心城区规划\n第一章 结构\n第二条 结构\n内容。');
    expect(t.chapters.map((c) => `${c.number} ${c.printed} ${c.title} | ${blocks(c.lead).join(' / ')}`)).toEqual(['1 第一章 总则 | P1:上篇 县域规划', '2 第一章 结构 | P5:下篇：中心城区规划']);
    expect(problems(t).filter((p) => p.startsWith('e'))).toEqual([]);
  });

  test('a 第一章 with no part heading before it is still a restart', () => {
    const t = builder('第一章 总则\n第一条 目的\n内容。\n第一章 格局\n第二条 红线\n内容。');
    expect(problems(t)[0]).toMatch(/^e 4: chapter numbers restart at 第一章 \(after 第一章\) with no part heading/);
  });

  test('are text inside a running paragraph, with a warning that a blank line before one makes it a heading', () => {
    const t = builder('第一章 总则\n第一条 目的\n内容没有结束\n第二篇 分项要求\n第二章 目标\n第二条 目标\n内容。');
    expect(articles(t)).toEqual(['1 目的 | P3:内容没有结束 / P4:第二篇 分项要求', '2 目标 | P7:内容。']);
    expect(problems(t)).toEqual(['w 4: “第二篇 分项要求” reads like a part heading but goes on the unfinished paragraph before it (line 3), so it is kept as text; if it is a heading, put a blank line before it «第二篇 分项要求»']);
  });

  test('are kept when no chapter follows', () => {
    const t = builder('第一篇 总体要求\n说明文字。');
    expect(t.parts.map((p) => p.kind)).toEqual(['前言']);
    expect(blocks(t.parts[0]!.blocks)).toEqual(['P2:说明文字。', 'P1:第一篇 总体要求']);
    expect(problems(t)).toEqual(['w 1: part heading 第一篇 总体要求 kept as the last paragraph of the text: no chapter follows it «第一篇 总体要求»']);
  });
});

describe('chapters and sections', () => {
  test('a title on the next line is the chapter\'s; a missing one is an error naming the fix', () => {
    const t = builder('第一章\n总则\n第一条 目的\n内容。\n第二章\n\n第二条 目标\n内容。\n第三章\n第三条 目标\n内容。');
    expect(t.chapters.map((c) => `${c.number} ${c.title}`)).toEqual(['1 总则', '2 ', '3 ']);
    expect(problems(t)).toEqual(['e 5: 第二章 has no title: write it after the number (第二章 总则) «第二章»', 'e 9: 第三章 has no title: write it after the number (第三章 总则) «第三章»']);
  });

  test('a title after a colon loses the colon', () => {
    expect(builder('第一章：总则\n第一条 目的\n内容。').chapters[0]!.title).toBe('总则');
  });

  test('sections numbered through the plan are renumbered in each chapter, once warned', () => {
    const t = builder('第一章 总则\n第一节 一般规定\n第一条 目的\n内容。\n第二节 范围\n第二条 范围\n内容。\n第二章 目标\n第三节 目标\n第三条 目标\n内容。\n第四节 指标\n第四条 指标\n内容。\n第三章 实施\n第六节 保障\n第五条 保障\n内容。');
    expect(t.chapters.map((c) => c.sections.map((s) => `${s.number} ${s.title}`))).toEqual([['1 一般规定', '2 范围'], ['1 目标', '2 指标'], ['1 保障']]);
    expect(problems(t)).toEqual([
      'w 9: sections are numbered through the whole plan (第三节 opens 第二章): renumbered within each chapter «第三节 目标»',
      'e 16: gap in section numbering: expected 第五节, found 第六节 at line 16 after 第四节 at line 12 (第五节 missing) «第六节 保障»',
    ]);
  });

  test('a chapter opening with a section number that does not go on from the chapter before is a gap, not numbering through', () => {
    const t = builder('第一章 总则\n第一节 一般规定\n第一条 目的\n内容。\n第二节 范围\n第二条 范围\n内容。\n第二章 目标\n第二节 目标\n第三条 目标\n内容。');
    expect(problems(t)).toEqual(['e 9: gap in section numbering: expected 第一节, found 第二节 in 第二章 at line 9 after the start (第一节 missing) «第二节 目标»']);
    expect(t.chapters[1]!.sections.map((s) => s.number)).toEqual([2]);
  });

  test('a duplicate section, articles before the first section and a section without title are errors', () => {
    const t = builder('第一章 总则\n第一节 一般规定\n第一条 目的\n内容。\n第一节 重复\n第二条 范围\n内容。\n第二章 目标\n第三条 提前\n内容。\n第一节\n\n第四条 内容\n内容。');
    expect(problems(t)).toEqual([
      'e 5: duplicate section number: 第一节 appears twice in 第一章 (first at line 2); expected 第二节 after 第一节 at line 2 «第一节 重复»',
      'e 11: 第二章 has articles before its first section (第三条, line 9): put them in a section, or remove the sections «第一节»',
      'e 11: 第一节 of 第二章 has no title «第一节»',
    ]);
  });

  test('a section or article before any chapter is an error naming the first chapter heading', () => {
    expect(problems(builder('第一节 无章\n第一条 无章\n内容。'))).toEqual([
      'e 1: section outside a chapter: 第一节 comes before the first 第X章 heading «第一节 无章»',
      'e 2: article outside a chapter: 第一条 comes before the first 第X章 heading «第一条 无章»',
    ]);
  });

  test('text before the first article is the chapter\'s or the section\'s lead', () => {
    const t = builder('前言内容。\n第一章 总则\n说明文字。\n第一节 一般规定\n节的说明。\n第一条 目的\n内容。');
    expect(t.parts.map((p) => `${p.kind} ${blocks(p.blocks).join(' / ')}`)).toEqual(['前言 P1:前言内容。']);
    expect(blocks(t.chapters[0]!.lead)).toEqual(['P3:说明文字。']);
    expect(blocks(t.chapters[0]!.sections[0]!.lead)).toEqual(['P5:节的说明。']);
    expect(articles(t)).toEqual(['1 目的 | P7:内容。']);
  });
});

describe('article numbers as printed', () => {
  test('第18条 in Arabic numerals keeps its printed form; a duplicate is named, and the highest number read stays the last', () => {
    const t = builder('第1章 总则\n第1条 目的\n内容。\n第2条 范围\n内容。\n第3条 其他\n内容。\n第2条 重复\n内容。');
    expect(articles(t)).toEqual(['1(第1条) 目的 | P3:内容。', '2(第2条) 范围 | P5:内容。', '3(第3条) 其他 | P7:内容。', '2(第2条) 重复 | P9:内容。']);
    expect(problems(t)).toEqual(['e 8: duplicate article number: 第二条 appears twice (first at line 4); expected 第四条 after 第三条 at line 6 «第2条 重复»']);
    expect(t.lastArticle).toBe(3);
  });

  test('第十八条 in Chinese numerals keeps none', () => {
    expect(articles(builder('第一章 总则\n第一条 目的\n内容。'))).toEqual(['1 目的 | P3:内容。']);
  });
});

describe('an article\'s title', () => {
  test('a sentence wrapped onto the next line is all text, not a title', () => {
    const t = builder('第一章 总则\n第一条 本规划是全县国土空间保护、开发、利用、修复的政策和总纲，\n是编制下位规划的依据。\n第二条 范围\n内容。');
    expect(articles(t)).toEqual(['1  | P2:本规划是全县国土空间保护、开发、利用、修复的政策和总纲，是编制下位规划的依据。', '2 范围 | P5:内容。']);
  });

  test('in brackets or alone on the next line, or none when the next line is text or the last line', () => {
    const t = builder('第一章 总则\n第一条\n（职责分工）\n各部门负责。\n第二条\n职责分工\n各部门负责。\n第三条\n各部门负责。\n第四条\n短标题\n第五条 最后\n内容。');
    expect(articles(t)).toEqual(['1 职责分工 | P4:各部门负责。', '2 职责分工 | P7:各部门负责。', '3  | P9:各部门负责。', '4  | P11:短标题', '5 最后 | P13:内容。']);
  });

  test('a bracketed line is no title when the number has text after it', () => {
    expect(articles(builder('第一章 总则\n第一条 目的\n（职责分工）\n各部门负责。'))).toEqual(['1 目的 | P3:（职责分工） / P4:各部门负责。']);
  });

  test('a title-like next line followed by another title-like line is text, not the title', () => {
    expect(articles(builder('第一章 总则\n第一条\n短标题\n另一个短行\n内容。'))).toEqual(['1  | P3:短标题 / P4:另一个短行 / P5:内容。']);
  });

  test('a short line is no title when a heading, a box or a table row follows it: the article keeps it as text', () => {
    expect(articles(builder('第一章 总则\n第一条\n短标题\n第二条 下一条\n内容。'))).toEqual(['1  | P3:短标题', '2 下一条 | P5:内容。']);
    expect(articles(builder('第一章 总则\n第一条\n短标题\n专栏1 项目\n内容。'))).toEqual(['1  | P3:短标题 / H4:专栏1 项目 / P5:内容。']);
    expect(articles(builder('第一章 总则\n第一条\n短标题\n指标\t目标\t说明\n内容。'))).toEqual(['1  | P3:短标题 / T4:[["指标","目标","说明"]] / P5:内容。']);
  });

  test('a title stays a title before a table, and a sentence stays text across a blank line or before the next article', () => {
    expect(articles(builder('第一章 总则\n第一条 目的\n指标\t目标\t说明\n内容。'))).toEqual(['1 目的 | T3:[["指标","目标","说明"]] / P4:内容。']);
    expect(articles(builder('第一章 总则\n第一条 本规划是全县国土空间保护、开发、利用、修复的政策和总纲，\n\n是编制下位规划的依据。'))).toEqual([
      '1  | P2:本规划是全县国土空间保护、开发、利用、修复的政策和总纲， / P4:是编制下位规划的依据。',
    ]);
    expect(articles(builder('第一章 总则\n第一条 本规划是全县国土空间保护、开发、利用、修复的政策和总纲，\n第二条 范围\n内容。'))).toEqual([
      '1  | P2:本规划是全县国土空间保护、开发、利用、修复的政策和总纲，',
      '2 范围 | P4:内容。',
    ]);
    expect(articles(builder('第一章 总则\n第一条 目的\n\n\n第二条 范围\n内容。'))).toEqual(['1 目的 | ', '2 范围 | P6:内容。']);
  });

  test('words that a line break cut from their sentence are no title: the lines join, a quantity or a numeral pair whole', () => {
    const t = builder(
      '第一章 总则\n第一条 城镇开发边界内集中建设区面积为\n1.5平方千米，弹性发展区面积为\n0.3平方千米。\n第二条 中心城区规划人口\n20万人，城镇化率达到65%。\n' +
        '第三条 中心城区规划人口规模为二十万\n人，城镇化率达到65%。\n第四条 乡镇国土空间规划应当落实\n①号、②号生态廊道的管控要求。\n' +
        '第五条 按照省级规划确定的\n一、二类工业用地布局要求，优化产业用地结构。\n第六条 违反本规划第二条第\n（一）项规定的，责令改正。\n第七条 公众参与\n依法公开规划信息。',
    );
    expect(articles(t)).toEqual([
      '1  | P2:城镇开发边界内集中建设区面积为1.5平方千米，弹性发展区面积为0.3平方千米。',
      '2  | P5:中心城区规划人口20万人，城镇化率达到65%。',
      '3  | P7:中心城区规划人口规模为二十万人，城镇化率达到65%。',
      '4  | P9:乡镇国土空间规划应当落实①号、②号生态廊道的管控要求。',
      '5  | P11:按照省级规划确定的一、二类工业用地布局要求，优化产业用地结构。',
      '6  | P13:违反本规划第二条第（一）项规定的，责令改正。',
      '7 公众参与 | P16:依法公开规划信息。',
    ]);
    expect(problems(t)).toEqual([]);
  });

  test('a title whose next line opens with a measure and no subject stays a title, with a warning that they may be one sentence', () => {
    const t = builder('第一章 总则\n第一条 城镇开发边界内集中建设区\n面积为35平方千米，严格管控。\n第二条 耕地保护\n为落实耕地保护任务，严格管控。\n第三条 林地保护\n不低于90%的林地纳入保护。');
    expect(articles(t)).toEqual(['1 城镇开发边界内集中建设区 | P3:面积为35平方千米，严格管控。', '2 耕地保护 | P5:为落实耕地保护任务，严格管控。', '3 林地保护 | P7:不低于90%的林地纳入保护。']);
    expect(problems(t)).toEqual([
      'w 2: “城镇开发边界内集中建设区” read as the title of 第一条, but the line after it opens with a measure and no subject (面积为35平方千米，严格…): if the two lines are one sentence (城镇开发边界内集中建设区面积为35平方千…), join them «第一条 城镇开发边界内集中建设区»',
      'w 6: “林地保护” read as the title of 第三条, but the line after it opens with a measure and no subject (不低于90%的林地纳入保…): if the two lines are one sentence (林地保护不低于90%的林…), join them «第三条 林地保护»',
    ]);
  });

  test('decimal: a wrapped line that opens with the next section number and goes on as a sentence continues its paragraph', () => {
    const t = builder('1 总则\n1.1 目的\n1.1.1 到2035年，人均应急避难场所面积不低于\n1.2 平方米，人均公园绿地面积不低于15平方米。\n1.1.2 其他\n内容。\n1.2 范围\n1.2.1 全域。', { scheme: 'decimal' });
    expect(t.chapters[0]!.sections.map((x) => x.title)).toEqual(['目的', '范围']);
    expect(articles(t)[0]).toBe('1(1.1.1)  | P3:到2035年，人均应急避难场所面积不低于1.2 平方米，人均公园绿地面积不低于15平方米。');
    expect(problems(t)).toEqual([]);
  });

  test('a chapter heading with a comma in its title after an unfinished line is still a chapter (review of 2026-12-03)', () => {
    const t = builder('第一章 总则\n第一条 目的\n注：表中数据来源于第三次全国国土调查\n第二章 锚固生态本底，构建国土空间开发保护新格局\n第二条 格局\n内容。');
    expect(t.chapters.map((c) => c.title)).toEqual(['总则', '锚固生态本底，构建国土空间开发保护新格局']);
  });

  test('outline: a wrapped line that opens with the second numeral of a pair (…明确 / 二、三产业) goes on with its paragraph', () => {
    const t = builder('一、总则\n（一）规划目的\n为落实国家战略，本规划明确\n二、三产业发展的空间需求。\n二、格局\n（一）总体格局\n构建格局。', { scheme: 'outline' });
    expect(t.chapters.map((c) => c.title)).toEqual(['总则', '格局']);
    expect(blocks(t.chapters[0]!.sections[0]!.lead)).toEqual(['P3:为落实国家战略，本规划明确二、三产业发展的空间需求。']);
  });

  test('a next line in the appendix is not taken as the title', () => {
    expect(articles(builder('第一章 总则\n第一条\n附表1 指标表\n内容。', { appendix: 2 }))).toEqual(['1  | ']);
  });
});

describe('decimal, flat and outline numbering', () => {
  test('a decimal article under the wrong chapter or section is an error naming where it belongs; a duplicate is named in its section; numbers print as paths', () => {
    const t = builder('1 总则\n1.1 一般规定\n1.1.1 目的\n内容。\n1.2.1 错位\n内容。\n1.2 范围\n1.2.1 范围\n内容。\n1.2.1 重复\n内容。', { scheme: 'decimal' });
    expect(t.chapters[0]!.sections.map((s) => `${num(s)} ${s.title}`)).toEqual(['1(1.1) 一般规定', '2(1.2) 范围']);
    expect(articles(t)).toEqual(['1(1.1.1) 目的 | P4:内容。', '2(1.2.1) 错位 | P6:内容。', '3(1.2.1) 范围 | P9:内容。', '4(1.2.1) 重复 | P11:内容。']);
    expect(problems(t)).toEqual([
      'e 5: article numbers out of order: 1.2.1 at line 5 comes after 1.1.1 at line 3 in 1.1; expected 1.1.2 «1.2.1 错位»',
      'e 5: 1.2.1 at line 5 stands under 1.1: its number says it belongs under 1.2; check the heading before it «1.2.1 错位»',
      'e 10: duplicate article number: 1.2.1 appears twice in 1.2 (first at line 8); expected 1.2.2 after 1.2.1 at line 8 «1.2.1 重复»',
    ]);
    expect(t.lastArticle).toBe(4);
  });

  test('a decimal article before any chapter stands under no heading', () => {
    expect(problems(builder('1.1.1 无章\n内容。', { scheme: 'decimal' }))).toEqual([
      'e 1: article outside a chapter: 1.1.1 comes before the first chapter 1 heading «1.1.1 无章»',
      'e 1: 1.1.1 at line 1 stands under no heading: its number says it belongs under 1.1; check the heading before it «1.1.1 无章»',
    ]);
  });

  test('a flat text\'s articles go into one chapter without a title', () => {
    const t = builder('第一条 目的\n内容。\n第二条 范围\n内容。', { scheme: 'flat' });
    expect(t.chapters.map((c) => `${c.number} ${c.title}`)).toEqual(['1 ']);
    expect(articles(t)).toEqual(['1 目的 | P2:内容。', '2 范围 | P4:内容。']);
    expect(problems(t)).toEqual([]);
  });

  test('outline: 1. items after a lead-in ending in ： stay list items; 1. with its own text is a provision; a box heading follows it', () => {
    const t = builder('一、总则\n（一）目的\n内容如下：\n1. 严格保护耕地；\n2. 严格保护林地。\n（二）范围\n1. 范围甲\n内容。\n2. 范围乙\n内容。\n专栏1 项目\n3. 范围丙\n内容。', { scheme: 'outline' });
    const [s1, s2] = t.chapters[0]!.sections;
    expect(`${num(s1!)} ${s1!.title}`).toBe('1(（一）) 目的');
    expect(blocks(s1!.lead)).toEqual(['P3:内容如下：', 'P4:1. 严格保护耕地；', 'P5:2. 严格保护林地。']);
    expect(s1!.articles).toEqual([]);
    expect(s2!.articles.map(article)).toEqual(['1(1.) 范围甲 | P8:内容。', '2(2.) 范围乙 | P10:内容。 / H11:专栏1 项目', '3(3.) 范围丙 | P13:内容。']);
    expect(problems(t)).toEqual([]);
  });

  test('outline: 1. provisions straight under 一、 count within their 一、 (printed) and through the plan (ordinal)', () => {
    const t = builder('一、总则\n1. 规划性质\n内容。\n2. 规划范围\n内容。\n二、目标\n1. 目标\n内容。', { scheme: 'outline' });
    expect(t.chapters.map((c) => c.articles.map(article))).toEqual([['1(1.) 规划性质 | P3:内容。', '2(2.) 规划范围 | P5:内容。'], ['3(1.) 目标 | P8:内容。']]);
    expect(problems(t)).toEqual([]);
    expect(t.lastArticle).toBe(3);
  });

  test('outline: a 1. followed by a heading, a box or the appendix has no text of its own: it stays a list item', () => {
    for (const [after, options] of [['二、目标\n（一）目标\n内容。', {}], ['专栏1 项目\n内容。', {}], ['附表1 指标\n内容。', { appendix: 4 }]] as const) {
      const t = builder(`一、总则\n（一）目的\n内容。\n1. 严格保护\n${after}`, { scheme: 'outline', ...options });
      expect(blocks(t.chapters[0]!.sections[0]!.lead).slice(0, 2), after).toEqual(['P3:内容。', 'P4:1. 严格保护']);
      expect(articles(t), after).toEqual([]);
    }
  });

  test('outline: a gap in the 1. provisions is named in its 一、 and （一）', () => {
    const t = builder('一、总则\n（一）目的\n内容。\n1. 规划性质\n内容。\n3. 规划范围\n内容。', { scheme: 'outline' });
    expect(articles(t)).toEqual(['1(1.) 规划性质 | P5:内容。', '2(3.) 规划范围 | P7:内容。']);
    expect(problems(t)).toEqual(['e 6: gap in article numbering: expected 2., found 3. in 一、（一） at line 6 after 1. at line 4 (2. missing) «3. 规划范围»']);
  });

  test('outline: a duplicate （一） is named in its 一、', () => {
    const t = builder('一、总则\n（一）目的\n内容。\n（一）重复\n内容。', { scheme: 'outline' });
    expect(problems(t)).toEqual(['e 4: duplicate section number: （一） appears twice in 一、 (first at line 2); expected （二） after （一） at line 2 «（一）重复»']);
  });

  test('outline: a section that runs its title into its text (（一）指导思想。以…) gets the title, its text the section\'s own', () => {
    const t = builder('一、总体要求\n（一）指导思想。以新发展理念为指导。\n（二）耕地保护\n1. 用途管制\n严格控制。', { scheme: 'outline' });
    const sections = t.chapters[0]!.sections;
    expect(sections.map((s) => `${s.title} | ${blocks(s.lead).join(' / ')}`)).toEqual(['指导思想 | P2:以新发展理念为指导。', '耕地保护 | ']);
    expect(articles(t)).toEqual(['1(1.) 用途管制 | P5:严格控制。']);
  });

  test('outline: a 1. that repeats inside a provision is a list item of it', () => {
    const t = builder('一、总则\n（一）目的\n内容。\n1. 坚持保护优先\n内容。\n1. 又一个\n内容。', { scheme: 'outline' });
    expect(articles(t)).toEqual(['1(1.) 坚持保护优先 | P5:内容。 / P6:1. 又一个 / P7:内容。']);
  });
});

describe('tables', () => {
  test('space-aligned rows of the same width are a table; a row of another width ends it', () => {
    const t = builder('第一章 总则\n第一条 指标\n内容如下。\n指标  2020年  2035年\n耕地  100  120\n林地  50\n说明文字。');
    expect(articles(t)).toEqual(['1 指标 | P3:内容如下。 / T4:[["指标","2020年","2035年"],["耕地","100","120"]] / P6:林地  50 / P7:说明文字。']);
  });

  test('a space-aligned line alone is text', () => {
    expect(articles(builder('第一章 总则\n第一条 指标\n内容如下。\n指标  目标\n说明文字在此。'))).toEqual(['1 指标 | P3:内容如下。 / P4:指标 目标 / P5:说明文字在此。']);
  });

  test('pipe rows with a delimiter row are a table (the delimiter dropped); a lone pipe row is text; an open bracket in a cell is reported', () => {
    const t = builder('第一章 总则\n第一条 指标\n内容如下。\n| 指标 | 2035年 |\n| --- | --- |\n| 耕地（公顷 | 120 |\n说明。\n| 单独 | 一行 |\n说明二。');
    expect(articles(t)).toEqual(['1 指标 | P3:内容如下。 / T4:[["指标","2035年"],["耕地（公顷","120"]] / P7:说明。 / P8:| 单独 | 一行 | / P9:说明二。']);
    expect(problems(t)).toEqual(['w 4: “（” is never closed in this paragraph (kept as in the source) «耕地（公顷»']);
  });

  test('a delimiter row without outer pipes inside an open pipe table is dropped; before any row it is text', () => {
    expect(articles(builder('第一章 总则\n第一条 指标\n内容如下。\n| 指标 | 2035年 |\n| 耕地 | 120 |\n--- | ---\n| 林地 | 50 |\n说明。'))).toEqual([
      '1 指标 | P3:内容如下。 / T4:[["指标","2035年"],["耕地","120"],["林地","50"]] / P8:说明。',
    ]);
    expect(articles(builder('第一章 总则\n第一条 指标\n内容如下。\n--- | ---\n说明。'))).toEqual(['1 指标 | P3:内容如下。 / P4:--- | --- / P5:说明。']);
  });

  test('a tab row of three cells is a table on its own; one of two is not; a blank line starts another table', () => {
    expect(articles(builder('第一章 总则\n第一条 指标\n内容如下。\n指标\t2020年\t2035年\n说明。\n甲\t乙\n说明二。'))).toEqual([
      '1 指标 | P3:内容如下。 / T4:[["指标","2020年","2035年"]] / P5:说明。 / P6:甲乙 / P7:说明二。',
    ]);
    expect(articles(builder('第一章 总则\n第一条 指标\n内容如下。\n指标\t目标\n耕地\t120\n\n林地\t50\n说明。'))).toEqual([
      '1 指标 | P3:内容如下。 / T4:[["指标","目标"],["耕地","120"]] / T7:[["林地","50"]] / P8:说明。',
    ]);
  });

  test('decimal: a chapter heading that lost its number (目标与战略 alone before 2.1) is one error with the fix, read as chapter 2', () => {
    const t = builder('1 总则\n1.1 目的\n1.1.1 编制本规划。\n目标与战略\n2.1 规划目标\n2.1.1 到2035年建成新格局。\n2.2 战略\n2.2.1 生态优先。', { scheme: 'decimal' });
    expect(problems(t)).toEqual(['e 4: “目标与战略” before 2.1 reads like the heading of chapter 2 without its number: write it “2 目标与战略” «目标与战略»']);
    expect(t.chapters.map((c) => `${c.number} ${c.title}: ${c.sections.map((s) => s.number).join(',')}`)).toEqual(['1 总则: 1', '2 目标与战略: 1,2']);
    expect(articles(t)[0]).toBe('1(1.1.1)  | P3:编制本规划。');
    // A section heading the same way (规划范围 before 1.2.1); not a line that goes on a sentence.
    const s = builder('1 总则\n1.1 目的\n1.1.1 编制本规划。\n规划范围\n1.2.1 县域全域。\n1.2.2 期限至2035年。', { scheme: 'decimal' });
    expect(problems(s)).toEqual(['e 4: “规划范围” before 1.2.1 reads like the heading of section 1.2 without its number: write it “1.2 规划范围” «规划范围»']);
    expect(s.chapters[0]!.sections.map((x) => `${x.number} ${x.title}: ${x.articles.length}`)).toEqual(['1 目的: 1', '2 规划范围: 2']);
    const wrapped = builder('1 总则\n1.1 目的\n1.1.1 为落实国家战略，编制\n规划范围\n1.2 范围\n1.2.1 县域全域。', { scheme: 'decimal' });
    expect(problems(wrapped).filter((p) => p.startsWith('e'))).toEqual([]);
  });

  test('decimal: bare numbers of a list (a 专栏\'s projects) are text, not chapters; a chapter is the number expected next with its N.1 after it', () => {
    const t = builder('1 总则\n1.1 目的\n1.1.1 编制本规划。\n专栏1-1 重点项目\n1 县城北部新区开发建设项目\n2 国道G310改扩建项目\n3 黄河滩区综合治理项目\n2 目标\n2.1 定位\n2.1.1 建设宜居县城。\n3 附则\n本规划自批准之日起施行。', { scheme: 'decimal' });
    expect(t.chapters.map((c) => `${c.number} ${c.title}`)).toEqual(['1 总则', '2 目标', '3 附则']);
    expect(articles(t)[0]).toBe('1(1.1.1)  | P3:编制本规划。 / H4:专栏1-1 重点项目 / P5:1 县城北部新区开发建设项目 / P6:2 国道G310改扩建项目 / P7:3 黄河滩区综合治理项目');
    expect(problems(t).filter((p) => p.startsWith('e'))).toEqual([]);
  });

  test('decimal: a table row whose 序号 is the next chapter number stays a row, tab-separated or space-aligned; a one-cell title after it is the chapter', () => {
    const rows = (sep: string) => ['序号', '指标名称', '单位'].join(sep) + '\n' + ['1', '耕地保有量', '万亩'].join(sep) + '\n' + ['2', '生态保护红线面积', '平方千米'].join(sep);
    for (const sep of ['\t', '    ']) {
      const t = builder(`1 总则\n1.1 指标\n1.1.1 规划指标如下。\n${rows(sep)}\n2 目标\n2.1 定位\n2.1.1 建设宜居县城。`, { scheme: 'decimal' });
      expect(t.chapters.map((c) => `${c.number} ${c.title}`), JSON.stringify(sep)).toEqual(['1 总则', '2 目标']);
      expect(articles(t)[0], JSON.stringify(sep)).toBe('1(1.1.1)  | P3:规划指标如下。 / T4:[["序号","指标名称","单位"],["1","耕地保有量","万亩"],["2","生态保护红线面积","平方千米"]]');
    }
  });

  test('a tab table keeps the leading empty cells of a row (a second header row under merged cells), less a tab every row has', () => {
    const t = builder('第一章 总则\n第一条 指标\n序号\t指标名称\t基期年\t目标年\t属性\n\t\t2020年\t2035年\t\n1\t耕地保有量\t—\t—\t约束性\n第二条 表\n\t序号\t指标\t单位\n\t1\t耕地\t万亩\n\t\t合计\t—');
    expect(articles(t)).toEqual([
      '1 指标 | T3:[["序号","指标名称","基期年","目标年","属性"],["","","2020年","2035年",""],["1","耕地保有量","—","—","约束性"]]',
      '2 表 | T7:[["序号","指标","单位"],["1","耕地","万亩"],["","合计","—"]]',
    ]);
    expect(t.diagnostics.map((d) => d.message)).toEqual(['table rows have different numbers of cells (5, 4); short rows were padded with empty cells']);
  });

  test('a Word table: cells trimmed, short rows padded with a warning, an empty table dropped', () => {
    const lines: SourceLine[] = [
      { line: 1, text: '第一章 总则', indent: 0 },
      { line: 2, text: '第一条 指标', indent: 0 },
      { line: 3, text: '', indent: 0, table: [[' 指标 ', '2035年', '说明'], ['耕地', '120']] },
      { line: 4, text: '', indent: 0, table: [['', ' '], ['']] },
      { line: 5, text: '说明。', indent: 0 },
    ];
    const t = builder(lines);
    expect(articles(t)).toEqual(['1 指标 | T3:[["指标","2035年","说明"],["耕地","120",""]] / P5:说明。']);
    expect(t.diagnostics).toEqual([{ severity: 'warning', line: 3, message: 'table rows have different numbers of cells (3, 2); short rows were padded with empty cells' }]);
  });

  test('a Word table used for layout, with articles in its cells, is kept as a table and warned about', () => {
    const layout: SourceLine[] = [
      { line: 1, text: '第一章 总则', indent: 0 },
      { line: 2, text: '', indent: 0, table: [['第一条 规划目的', '为落实国家战略，制定本规划。'], ['第二条 规划范围', '本规划范围为县域。']] },
    ];
    expect(builder(layout).diagnostics.map((d) => [d.line, d.message])).toEqual([
      [2, 'a Word table holds 2 articles in its cells (第一条 规划目的, 第二条 规划范围 …), a table used for layout: they are kept as a table, not read as articles; convert the table to text in Word (Table → Convert to Text) and import again'],
    ]);
  });
});

describe('boxes and appendix parts', () => {
  test('专栏 is a subheading in its article; 附表1 and 附表2 are parts; a 附表1 under a bare 附表 is a heading inside it', () => {
    const t = builder('第一章 总则\n第一条 目的\n内容。\n专栏1 重点项目\n项目内容。\n附表1 指标表\n指标\t目标\t说明\n附表2 另表\n内容。', { appendix: 5 });
    expect(articles(t)).toEqual(['1 目的 | P3:内容。 / H4:专栏1 重点项目 / P5:项目内容。']);
    expect(t.parts.map((p) => `${p.kind}|${p.title}|${blocks(p.blocks).join(' / ')}`)).toEqual(['附表|附表1 指标表|T7:[["指标","目标","说明"]]', '附表|附表2 另表|P9:内容。']);
    const bare = builder('第一章 总则\n第一条 目的\n内容。\n附表\n附表1 指标表\n内容。', { appendix: 3 });
    expect(bare.parts.map((p) => `${p.kind}|${p.title}|${blocks(p.blocks).join(' / ')}`)).toEqual(['附表|附表|H5:附表1 指标表 / P6:内容。']);
  });
});
