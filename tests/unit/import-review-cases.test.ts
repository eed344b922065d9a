/**
 * Texts a review of the 2026-12-02 importer changes found broken by them
 * (invented 某县 texts in shapes real plans arrive in): each imports as it did
 * before those changes, or better.
 */
import { describe, expect, test } from 'vitest';
import { textToLines } from '../../src/lib/import/lines.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';
import { htmlToLines } from '../../src/lib/import/docx.ts';
import type { ParsedPlan } from '../../src/lib/import/types.ts';

const parse = (...lines: string[]): ParsedPlan => parsePlan(textToLines(lines.join('\n')).lines);
const errors = (p: ParsedPlan) => p.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const outline = (p: ParsedPlan) => p.chapters.map((c) => `${c.number} ${c.title}: ${c.articles.map((a) => a.number).join(' ')}`);
const text = (p: ParsedPlan) => p.chapters.flatMap((c) => c.articles.flatMap((a) => a.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))));

describe('page numbers beside split decimal chapters and tables', () => {
  test('a page number one more than the chapter number before it stays a page number', () => {
    const p = parse('某县国土空间总体规划（2021—2035年）', '前言', '某县人民政府组织编制本规划，具体情况以批复文本为准。', '1', '\f1', '总则', '1.1 规划目的', '为优化某县国土空间格局，制定本规划。', '2', '\f2', '空间格局', '2.1 总体格局', '总体格局以批复文本为准。', '3');
    expect(errors(p)).toEqual([]);
    expect(p.chapters.map((c) => c.title)).toEqual(['总则', '空间格局']);
  });

  test('a page number that closes the page after a table’s last row is removed, and the table is rebuilt', () => {
    const p = parse('某县国土空间总体规划（2021—2035年）', '第一章 规划指标', '第一条 指标体系', '规划确定的主要指标如下表所示。', '序号', '指标名称', '属性', '1', '耕地保有量', '约束性', '2', '用水总量', '约束性', '3', '\f第二条 指标落实', '各项指标分解落实到各乡镇。');
    expect(errors(p)).toEqual([]);
    expect(p.chapters[0]!.articles[0]!.blocks.at(-1)).toMatchObject({ kind: 'table', rows: [['序号', '指标名称', '属性'], ['1', '耕地保有量', '约束性'], ['2', '用水总量', '约束性']] });
  });

  test('a running footer between the items of a list is removed though the cover has the same words', () => {
    const prose = '　　某县应当严格落实上级规划下达的各项约束性指标，并结合实际分解到各乡镇，具体以批复文本为准，有关部门应当按照职责分工组织实施。';
    const p = parse('某县国土空间总体规划（2021—2035年）', '某县人民政府', '二〇二五年八月', '\f第一章 城镇体系', '第一条 城镇等级', '规划形成三级城镇体系，重点镇包括：', '甲镇', '乙镇', '某县人民政府', '1', '\f丙镇', '一般乡镇包括：', '丁乡', prose, '某县人民政府', '2', '\f第二条 乡镇职能', prose, '某县人民政府', '3');
    expect(text(p)).not.toContain('某县人民政府');
    expect(text(p)).toContain('丙镇');
  });
});

describe('the 目录 and headings read by its titles', () => {
  test('a list item with a chapter’s title, in a body that numbers its chapters, stays text', () => {
    const p = parse('某县国土空间总体规划（2021—2035年）', '目录', '第一章 总则……1', '第二章 耕地保护……2', '第一章 总则', '第一条 规划目的', '本规划重点包括：', '耕地保护', '第二条 规划期限', '规划期限以批复文本为准。', '第二章 耕地保护', '第三条 耕地保有量', '耕地保有量以批复文本为准。');
    expect(errors(p)).toEqual([]);
    expect(outline(p)).toEqual(['1 总则: 1 2', '2 耕地保护: 3']);
  });

  test('a list item announced by the line before is no lost heading; the real one is', () => {
    const p = parse('某县国土空间总体规划（2021—2035年）', '目录', '第一章 总则……1', '第二章 耕地保护……2', '总则', '第一条 规划目的', '本规划重点包括：', '耕地保护', '第二条 规划期限', '规划期限以批复文本为准。', '耕地保护', '第三条 耕地保有量', '耕地保有量以批复文本为准。');
    expect(outline(p)).toEqual(['1 总则: 1 2', '2 耕地保护: 3']);
  });

  test('sections of text without articles, their numbers lost, are read by their 目录 titles in every chapter (tester, 2026-12-03 evening)', () => {
    const p = parse('某县国土空间总体规划（2021—2035年）', '目录', '第一章 总则……1', '第一节 规划目的……1', '第二节 规划范围……2', '第二章 目标与战略……3', '第一节 城市性质……3', '第二节 发展目标……4',
      '总则', '规划目的', '为统筹某县国土空间开发保护，制定本规划。', '规划范围', '规划范围为某县全域。', '目标与战略', '城市性质', '某县是区域性生态文化旅游名城。', '发展目标', '到2035年，基本建成美丽某县。');
    expect(p.chapters.map((c) => `${c.number} ${c.title}: ${c.sections.map((s) => s.title).join('、')}`)).toEqual(['1 总则: 规划目的、规划范围', '2 目标与战略: 城市性质、发展目标']);
  });

  test('a text no scheme fits names the body lines that repeat a 目录 title without its number (tester, 2026-12-03 evening)', () => {
    const p = parse('某县国土空间总体规划（2021—2035年）', '目录', '1 总则 ........ 1', '1.1 规划目的 ........ 1', '2 目标与战略 ........ 3', '', '总则', '规划目的', '为统筹某县国土空间开发保护，制定本规划。', '目标与战略', '到2035年，基本建成美丽某县。');
    expect(errors(p).join('\n')).toContain('the 目录 lists headings whose titles stand in the body without their numbers: line 7 “总则” (目录: 1 总则), line 8 “规划目的” (目录: 1.1 规划目的), line 10 “目标与战略” (目录: 2 目标与战略)');
  });

  test('decimal headings below the articles (1.2.2.1) are kept as paragraphs, and said so', () => {
    const p = parse('某县国土空间总体规划', '1 总则', '1.1 规划目的', '1.1.1 目的', '为统筹保护，制定本规划。', '1.1.1.1 近期', '近期至2025年。', '1.1.2 范围', '规划范围为某县全域。', '2 目标', '2.1 定位', '2.1.1 性质', '某县是区域性名城。');
    expect(errors(p)).toEqual([]);
    expect(p.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^1 heading\(s\) numbered below the articles \(“1\.1\.1\.1 近期”, line\(s\) 6\) are kept as paragraphs of their article/));
  });

  test('the 目录’s last entry, without a page number, stays in it when the body repeats it after a preamble', () => {
    const paged = parse('某县国土空间总体规划（2021—2035年）', '目录', '第一章 总则........1', '第二章 空间格局........2', '第三章 实施保障', '为落实国家有关要求，某县人民政府组织编制本规划。', '第一章 总则', '第一条 规划目的', '为优化某县国土空间格局，制定本规划。', '第二章 空间格局', '第二条 总体格局', '总体格局以批复文本为准。', '第三章 实施保障', '第三条 组织实施', '组织实施以批复文本为准。');
    expect(errors(paged)).toEqual([]);
    expect(outline(paged)).toEqual(['1 总则: 1', '2 空间格局: 2', '3 实施保障: 3']);
    const oneSection = parse('某县国土空间总体规划（2021—2035年）', '目录', '第一章 总则', '第二章 空间格局', '第一节 总体格局', '为落实国家有关要求，某县人民政府组织编制本规划。', '第一章 总则', '第一条 规划目的', '为优化某县国土空间格局，制定本规划。', '第二章 空间格局', '第一节 总体格局', '第二条 总体格局', '总体格局以批复文本为准。');
    expect(errors(oneSection)).toEqual([]);
  });

  test('Markdown headings without numbers under a 目录 are not matched to its titles (they are the headings scheme’s business)', () => {
    const md = ['# 某县国土空间总体规划（2021—2035年）', '', '## 目录', '', '第一章 总则', '第二章 空间格局', '', '# 第一章 总则', '', '### 规划目的', '', '为优化某县国土空间格局，制定本规划。', '', '# 空间格局', '', '### 总体格局', '', '总体格局以批复文本为准。', ''];
    const p = parsePlan(textToLines(md.join('\n'), { markdown: true }).lines);
    expect(p.numbering?.reason).not.toMatch(/numbered from the 目录 by title/);
    expect(p.chapters.map((c) => c.title)).not.toContain('空间格局');
  });
});

describe('Word', () => {
  test('a body paragraph that opens with a link to a heading is no 目录 line', () => {
    const { lines } = htmlToLines('<p><a href="#_Toc1">第二章</a>的各项要求应当严格执行。</p><p><a href="#_Toc2">第一章 总则\t3</a></p>');
    expect(lines.map((l) => [l.text, !!l.contentsEntry])).toEqual([['第二章的各项要求应当严格执行。', false], ['第一章 总则\t3', true]]);
  });
});

describe("Word's HTML (review of 2026-12-03)", () => {
  test('leaves out the text it hides (display:none), with a warning quoting it, and keeps the rest of the sentence', async () => {
    const { htmlFileToLines } = await import('../../src/lib/import/docx.ts');
    const { lines, diagnostics } = htmlFileToLines("<html><body><p>第一条 <span lang=EN-US>A&amp;B</span>类用地不得<span style='display:none'>隐藏<span>文字</span></span>改变用途。</p></body></html>");
    expect(lines.map((l) => l.text)).toEqual(['第一条 A&B类用地不得改变用途。']);
    expect(diagnostics.map((d) => d.message)).toEqual(["2 run(s) of hidden text (Word's Font → Hidden, display:none in its HTML) are not plan text and were left out: “隐藏”, “文字”"]);
  });
});

describe("Word's superscripts, subscripts and strikethrough (review of 2026-12-03: km2, CO2, struck text kept silently)", () => {
  test('figures in <sup>/<sub> are written as the characters; struck text is kept and reported', async () => {
    const { htmlFileToLines } = await import('../../src/lib/import/docx.ts');
    const { lines, diagnostics } = htmlFileToLines('<p>面积12.5km<sup>2</sup>，CO<sub>2</sub>排放，第1<sup>st</sup>，耕地<s>原定指标已作废</s>不得调整。</p>');
    expect(lines.map((l) => l.text)).toEqual(['面积12.5km²，CO₂排放，第1st，耕地原定指标已作废不得调整。']);
    expect(diagnostics.map((d) => d.message)).toEqual(['1 run(s) of struck-through text are kept as plan text: “原定指标已作废”; delete them if the approved text struck them out']);
  });
});

describe('a line break in a cell of Word\'s HTML (review of 2026-12-03: the fix reached only the Markdown reader)', () => {
  test('wraps between Chinese characters, and is a space elsewhere, in both readers', async () => {
    const { htmlFileToLines } = await import('../../src/lib/import/docx.ts');
    const { tableRows } = await import('../../src/lib/import/debris.ts');
    const html = '<table><tr><td>耕地<br>保有量</td><td>PM2.5<br>浓度</td></tr></table>';
    expect(htmlFileToLines(`<html><body>${html}</body></html>`).lines[0]!.table).toEqual([['耕地保有量', 'PM2.5 浓度']]);
    expect(tableRows(html)).toEqual([['耕地保有量', 'PM2.5 浓度']]);
    // Two paragraphs of a Word cell are two pieces: a space between them.
    expect(htmlFileToLines('<table><tr><td><p>耕地</p><p>林地</p></td><td>万亩</td></tr></table>').lines[0]!.table).toEqual([['耕地 林地', '万亩']]);
  });
});

describe('a 目录 of Word\'s HTML hides its leaders and page numbers for the web (mso-hide:screen)', () => {
  test('they are left out without a warning: they are layout, not hidden plan text', async () => {
    const { htmlFileToLines } = await import('../../src/lib/import/docx.ts');
    const { lines, diagnostics } = htmlFileToLines("<p class=MsoToc1><a href='#_Toc1'>第一章 总则<span style='display:none;mso-hide:screen'>. . . . . </span><span style='display:none;mso-hide:screen'>1</span></a></p>");
    expect(lines.map((l) => l.text)).toEqual(['第一章 总则']);
    expect(diagnostics).toEqual([]);
  });
});

describe("Word's saved HTML: footnotes and page breaks (review of 2026-12-03)", () => {
  test('its footnotes are a 注释 part, and a page number after a page break goes', async () => {
    const { htmlFileToLines } = await import('../../src/lib/import/docx.ts');
    const html = [
      '<html><body><div class=WordSection1>',
      '<p>第一条 规划期限</p><p>规划期限为2021—2035年<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a>。</p>',
      "<span><br clear=all style='page-break-before:always'></span><p align=center>2</p>",
      '<p>第二条 规划原则</p><p>坚持生态优先。</p>',
      "</div><div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href=\"#_ftnref1\" name=\"_ftn1\">[1]</a> 以批复文本为准。</p></div></div>",
      '</body></html>',
    ].join('\n');
    const { lines, diagnostics } = htmlFileToLines(html);
    expect(lines.map((l) => l.text)).toEqual(['第一条 规划期限', '规划期限为2021—2035年[1]。', '第二条 规划原则', '坚持生态优先。', '注释', '[1] 以批复文本为准。']);
    expect(diagnostics.map((d) => d.message)).toContain('1 page-number paragraph(s) removed (— 1 —, 第 3 页, a bare number beside a page break, or bare numbers counting up a page apart)');
  });

  test('a review left in it: tracked deletions and comments are left out, insertions kept, all said (the tester\'s list of 2026-12-03)', async () => {
    const { htmlFileToLines } = await import('../../src/lib/import/docx.ts');
    const html = [
      '<html><body><div class=WordSection1>',
      // As Word writes a comment: the selected words in an mso-comment-reference anchor, then the [A1] link to the comment.
      "<p>第二条 规划范围为<a style='mso-comment-reference:A_1;mso-comment-date:20230501T1000'>某县行政辖区</a><span class=MsoCommentReference><span style='mso-special-character:comment'>&nbsp;<a class=msocomanchor id=\"_anchor_1\" href=\"#_msocom_1\" name=\"_msoanchor_1\">[A1]</a></span></span>，总面积<del cite=\"mailto:审查\" datetime=\"2023-05-01T10:00\"><span class=msoDel>2800</span></del><ins cite=\"mailto:审查\" datetime=\"2023-05-01T10:00\">2816.45</ins>平方千米。</p>",
      '<p>第三条 规划期限为2021—2035年。</p>',
      "</div><div style='mso-element:comment-list'><hr class=msocomoff align=left size=1 width=\"33%\">",
      "<div style='mso-element:comment'><div id=\"_com_1\" class=msocomtxt><div><p class=MsoCommentText><span class=MsoCommentReference><a href=\"#_msoanchor_1\" class=msocomoff>[A1]</a></span>审查意见：请核实面积。</p></div></div></div>",
      '</div></body></html>',
    ].join('\n');
    const { lines, diagnostics } = htmlFileToLines(html);
    expect(lines.map((l) => l.text)).toEqual(['第二条 规划范围为某县行政辖区，总面积2816.45平方千米。', '第三条 规划期限为2021—2035年。']);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/1 tracked deletion\(s\) left out: “2800”; 1 tracked insertion\(s\) kept; reviewer comments left out: “审查意见：请核实面积。”/)]);
  });

  test('bold and underline in HTML saved from Word mark 强制性内容 as in a .docx; a browser\'s HTML is left unmarked (the tester\'s list of 2026-12-03)', async () => {
    const { htmlFileToLines } = await import('../../src/lib/import/docx.ts');
    const body = '<p>第三条 <u>城镇开发边界面积控制在上级下达指标以内</u>。</p><p><b>第四条　耕地保护</b>耕地保护实行占补平衡。</p>';
    const word = htmlFileToLines(`<html xmlns:w="urn:schemas-microsoft-com:office:word"><body>${body}</body></html>`).lines.map((l) => l.text);
    expect(word[0]).toContain('城镇开发边界面积控制在上级下达指标以内');
    expect(word[0]).not.toBe('第三条 城镇开发边界面积控制在上级下达指标以内。');
    // The bold run-in title is layout, read as the title (layout-bold.ts).
    expect(word[1]).toBe('第四条　耕地保护\u3000耕地保护实行占补平衡。');
    const browser = htmlFileToLines(`<html><body>${body}</body></html>`).lines.map((l) => l.text);
    expect(browser[0]).toBe('第三条 城镇开发边界面积控制在上级下达指标以内。');
  });
});
