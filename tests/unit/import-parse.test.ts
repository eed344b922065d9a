import { describe, expect, test } from 'vitest';
import { buildParagraphs, isTerminated, matchAppendixHeading, matchHeading, parsePlan, splitArticleRest } from '../../src/lib/import/parse.ts';
import { textToLines, withoutSpacingLines } from '../../src/lib/import/lines.ts';
import { joinWrapped } from '../../src/lib/import/paragraphs.ts';
import { checkBrackets, collapseCjkSpaces, removeArtefacts } from '../../src/lib/import/clean.ts';
import type { ParsedPlan } from '../../src/lib/import/types.ts';
import { SCHEMES } from '../../src/lib/import/numbering-schemes.ts';

const parse = (text: string): ParsedPlan => parsePlan(textToLines(text).lines);
/** A text parsed, with what reading its lines reported (page furniture removed, bare numbers kept). */
const parseWithLineNotes = (text: string): { plan: ParsedPlan; diagnostics: ReturnType<typeof textToLines>['diagnostics'] } => {
  const { lines, diagnostics } = textToLines(text);
  return { plan: parsePlan(lines), diagnostics };
};
const errors = (p: ParsedPlan) => p.diagnostics.filter((d) => d.severity === 'error');
const articleTitles = (p: ParsedPlan) =>
  p.chapters.flatMap((c) => [...c.articles, ...c.sections.flatMap((s) => s.articles)]).map((a) => [a.number, a.title]);
const bodies = (p: ParsedPlan) =>
  p.chapters.flatMap((c) => [...c.articles, ...c.sections.flatMap((s) => s.articles)]).map((a) => a.blocks.map((b) => (b.kind === 'table' ? b.rows : b.text)));

describe('headings', () => {
  test('reads chapter, section and article numbers in Chinese, Arabic and full-width digits', () => {
    expect(matchHeading('第十八条 生态保护红线')).toMatchObject({ kind: 'article', number: 18, separated: true });
    expect(matchHeading('第一百零二条')).toMatchObject({ kind: 'article', number: 102 });
    expect(matchHeading('第两百条')).toMatchObject({ number: 200 });
    expect(matchHeading('第18条　规划目标')).toMatchObject({ kind: 'article', number: 18 });
    expect(matchHeading('第１８条')).toMatchObject({ number: 18 });
    expect(matchHeading('第四章国土空间')).toMatchObject({ kind: 'chapter', number: 4, separated: false });
    expect(matchHeading('第 二 节  耕地保护')).toMatchObject({ kind: 'section', number: 2 });
    expect(matchHeading('第二〇条')).toMatchObject({ number: 20 });
  });

  test('does not read ordinary text or an unreadable numeral as a number', () => {
    expect(matchHeading('规定第十条')).toBeNull();
    expect(matchHeading('第十十条')?.number).toBeNull();
  });

  test('tells a sentence end from a wrapped line', () => {
    expect(isTerminated('严格保护耕地。')).toBe(true);
    expect(isTerminated('“……重大部署。”')).toBe(true);
    expect(isTerminated('（见附图2）')).toBe(false);
    // A remark in brackets after the end does not reopen the sentence; one in the middle of a sentence does not end it.
    expect(isTerminated('落实耕地保有量不低于45.62万亩。（强制性内容）')).toBe(true);
    expect(isTerminated('落实耕地保有量。【约束性】')).toBe(true);
    expect(isTerminated('落实耕地保有量（强制性内容）')).toBe(false);
    expect(isTerminated('落实耕地保有量。（依据《中华人民共和国土地管理法》第三十条、第三十一条的规定')).toBe(false);
    // Review of 2026-12-02: a year or an item number after the end belongs to what follows.
    expect(isTerminated('……的补充规定。（2021年）')).toBe(false);
    expect(isTerminated('不得擅自改变耕地用途。（1）')).toBe(false);
    expect(isTerminated('严格管控。（见附图3 县域国土空间总体格局图）')).toBe(true);
    expect(isTerminated('依据本规划')).toBe(false);
  });

  test('recognises appendix headings but not figure references in a sentence', () => {
    expect(matchAppendixHeading('附表1 规划指标表')).toMatchObject({ kind: '附表', title: '附表1 规划指标表' });
    expect(matchAppendixHeading('附表  规划指标表')).toMatchObject({ kind: '附表', title: '附表 规划指标表' });
    expect(matchAppendixHeading('名词解释')).toMatchObject({ kind: '名词解释' });
    expect(matchAppendixHeading('附录A 术语')).toMatchObject({ kind: '附录' });
    expect(matchAppendixHeading('附图所示范围内严格控制建设。')).toBeNull();
    expect(matchAppendixHeading('附则')).toBeNull();
  });
});

describe('article titles', () => {
  test('a short phrase before a space is a title, a sentence is body', () => {
    expect(splitArticleRest(' 生态保护红线', true)).toEqual({ title: '生态保护红线', body: '' });
    expect(splitArticleRest('　生态保护红线　严格落实生态保护红线管控要求。', false)).toEqual({ title: '生态保护红线', body: '严格落实生态保护红线管控要求。' });
    expect(splitArticleRest(' 本规划自批准之日起施行。', false)).toEqual({ title: '', body: '本规划自批准之日起施行。' });
    expect(splitArticleRest(' 为加强国土空间管理，根据 《土地管理法》，制定本规划。', false).title).toBe('');
  });

  test('a bracketed title is a title wherever the body starts', () => {
    expect(splitArticleRest('【生态保护红线】严格落实。', false)).toEqual({ title: '生态保护红线', body: '严格落实。' });
  });

  test('a phrase with nothing after it is the article text, not its title', () => {
    expect(splitArticleRest(' 规划期限为2021—2035年', false)).toEqual({ title: '', body: '规划期限为2021—2035年' });
  });

  test('a glued short title counts only when body text follows; a glued sentence is body', () => {
    expect(splitArticleRest('生态保护红线', true)).toEqual({ title: '生态保护红线', body: '' });
    expect(splitArticleRest('本规划由县人民政府负责解释。', true)).toEqual({ title: '', body: '本规划由县人民政府负责解释。' });
  });
});

describe('cleaning', () => {
  test('removes bookmark markers, BOM and zero-width characters but keeps the words', () => {
    expect(removeArtefacts('[bookmark: _GoBack]本规划\u200B是\uFEFF依据')).toBe('本规划是依据');
  });
  test('removes the controls of text direction, which would show the words reordered (tester, 2026-12-03)', () => {
    expect(removeArtefacts('耕地\u202E保有量\u202C不低于\u200F50万亩\u2067。\u2069')).toBe('耕地保有量不低于50万亩。');
  });
  test('reads CR CR LF (a CRLF file converted again) as one line end, not a blank line after every line (tester, 2026-12-03)', () => {
    expect(textToLines('某县规划\r\r\n第一章 总则\r\r\n\r\r\n第一条').lines.map((l) => l.text)).toEqual(['某县规划', '第一章 总则', '', '第一条']);
  });
  test('reads a double-spaced text of wrapped lines as single-spaced, keeping line numbers and a double blank as a paragraph break', () => {
    const printed = ['第一条 规划目的 为统筹某县国土空间开发保护，促进人与自然和谐共生，', '推动高质量发展，制定本规划。'];
    const body = Array.from({ length: 6 }, () => printed).flat();
    const spaced = withoutSpacingLines(['某县规划', '', ...body.flatMap((l) => [l, '']), '', '第二章 格局'], new Map());
    expect(spaced.dropped).toBe(12); // the blank after the last line is one of two: a paragraph break
    expect(spaced.lines.slice(0, 3)).toEqual(['某县规划', printed[0], printed[1]]);
    expect(spaced.lines.slice(-2)).toEqual(['', '第二章 格局']);
    expect(spaced.lineOf.slice(0, 3)).toEqual([1, 3, 5]);
    // One paragraph a line, as Word saves it with blank lines between: the blank lines stay paragraph breaks.
    const paragraphs = Array.from({ length: 12 }, (_, i) => [`第${i + 1}条 本规划的第${i + 1}项规定，应当严格执行。`, '']).flat();
    expect(withoutSpacingLines(paragraphs, new Map()).dropped).toBe(0);
    // …even with a 目录 and paragraphs that lack their 。 (review of 2026-12-03: they were merged).
    const word = ['某县国土空间总体规划（2021—2035年）', '目录', '第一章 总则……………………………………1', '第一节 规划目的与依据………………………1', '第二节 规划范围与期限………………………2',
      '第二章 国土空间开发保护格局………………3', '第一节 构建国土空间开发保护新格局………3', '第二节 统筹划定落实三条控制线……………4', '第一章 总则', '第一节 规划目的与依据', '第一条 规划目的',
      '为贯彻落实国家和自治区关于国土空间规划的决策部署，制定本规划。', '第二条 规划依据', '本规划依据有关法律法规和政策文件编制，主要包括土地管理法、城乡规划法等', '第二节 规划范围与期限', '第三条 规划范围',
      '规划范围为某县行政辖区全域，总面积约1200平方千米', '规划分为县域和中心城区两个层次', '第四条 规划期限', '规划期限为2021—2035年，近期至2025年，远景展望至2050年'];
    expect(withoutSpacingLines(word.flatMap((l) => [l, '']), new Map()).dropped).toBe(0);
    expect(withoutSpacingLines(['某县规划', '', ...body.flatMap((l) => [l, ''])], new Map(), false).dropped).toBe(0);
  });
  test('ends lines at Unicode line and paragraph separators', () => {
    expect(textToLines('某县规划\u2028第一章 总则\u2029第一条 规划目的').lines.map((l) => [l.line, l.text])).toEqual([[1, '某县规划'], [2, '第一章 总则'], [3, '第一条 规划目的']]);
  });
  test('closes up spaces between Chinese characters only', () => {
    expect(collapseCjkSpaces('总  则')).toBe('总则');
    expect(collapseCjkSpaces('坚持 生 态 优 先，GDP growth 2035 年')).toBe('坚持生态优先，GDP growth 2035 年');
  });
  test('keeps a single space between two words, as in 《中共中央 国务院关于……》', () => {
    expect(collapseCjkSpaces('《中共中央 国务院关于建立国土空间规划体系并监督实施的若干意见》')).toBe('《中共中央 国务院关于建立国土空间规划体系并监督实施的若干意见》');
    expect(collapseCjkSpaces('总　　则')).toBe('总则');
    expect(collapseCjkSpaces('名 词 解 释')).toBe('名词解释');
  });
  test('does not report the bracket of a 1) or a) list marker as unopened', () => {
    expect(checkBrackets('1) 规划范围；2) 规划期限；a) 其他。', 1)).toEqual([]);
    expect(checkBrackets('详见表1)。', 1)).toHaveLength(1);
  });
  test('reports a mismatched bracket and keeps the text', () => {
    const d = checkBrackets('(中发〔2019]18号)', 7);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'warning', line: 7 });
    expect(d[0]!.message).toContain('“〔” closed by “]”');
  });
  test('accepts balanced nested brackets', () => {
    expect(checkBrackets('《若干意见》（中发〔2019〕18号）“实现‘多规合一’”', 1)).toEqual([]);
  });
});

describe('structure', () => {
  test('reads chapters with and without sections and numbers articles through the plan', () => {
    const p = parse('规划\n第一章 总则\n第一节 目的\n第一条 目的\n正文一。\n第二章 格局\n第二条\n正文二。\n');
    expect(errors(p)).toEqual([]);
    expect(p.title).toBe('规划');
    expect(p.chapters.map((c) => [c.number, c.title, c.sections.length, c.articles.length])).toEqual([
      [1, '总则', 1, 0],
      [2, '格局', 0, 1],
    ]);
    expect(articleTitles(p)).toEqual([[1, '目的'], [2, '']]);
  });

  test('takes a chapter title from the next line when the heading has none', () => {
    const p = parse('规划\n第一章\n总则\n第一条 目的\n正文。\n');
    expect(p.chapters[0]!.title).toBe('总则');
    expect(bodies(p)).toEqual([['正文。']]);
  });

  test('skips a table of contents with dot leaders and page numbers', () => {
    const p = parse('规划\n目录\n第一章 总则……………1\n第一条 目的……1\n第二章 附则……2\n第一章 总则\n第一条 目的\n正文。\n第二章 附则\n第二条 施行\n自批准之日起施行。\n');
    expect(errors(p)).toEqual([]);
    expect(p.chapters.map((c) => c.title)).toEqual(['总则', '附则']);
  });

  test('skips a table of contents whose entries have no page numbers when the first heading repeats', () => {
    const p = parse('规划\n目 录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 目的\n正文。\n第二章 附则\n第二条 施行\n正文。\n');
    expect(errors(p)).toEqual([]);
    expect(p.chapters).toHaveLength(2);
  });

  test('joins hard line breaks inside a paragraph, even a wrapped line that begins with 第十条', () => {
    const p = parse('规划\n第一章 总则\n第一条 目的\n为统筹国土空间开发保护，依据本规划\n第十条规定的原则，制定本规划。\n第二条 施行\n正文。\n');
    expect(errors(p)).toEqual([]);
    expect(bodies(p)[0]).toEqual(['为统筹国土空间开发保护，依据本规划第十条规定的原则，制定本规划。']);
  });

  test('a wrapped line that begins with the next article number and a space is still a heading', () => {
    const p = parse('规划\n第一章 总则\n第一条 目的\n（一）生态优先\n第二条 原则\n正文。\n');
    expect(articleTitles(p)).toEqual([[1, '目的'], [2, '原则']]);
  });

  test('keeps a short unpunctuated line as its own paragraph (a sub-heading is not wrapped text)', () => {
    const p = parse('规划\n第一章 总则\n第一条 目的\n三、工作目标\n本规划是空间蓝图。\n');
    expect(bodies(p)[0]).toEqual(['三、工作目标', '本规划是空间蓝图。']);
  });

  test('uses indentation to find paragraph starts in a PDF export', () => {
    const text = '规划\n第一章 总则\n第一条 目的\n　　第一段的第一行没有句号\n第一段的第二行。\n　　第二段\n';
    expect(bodies(parse(text))[0]).toEqual(['第一段的第一行没有句号第一段的第二行。', '第二段']);
  });

  test('reads tab-, pipe- and space-separated tables', () => {
    const p = parse('规划\n第一章 总则\n第一条 指标\n指标\t单位\n耕地\t万亩\n| a | b |\n|---|---|\n| 1 | 2 |\n\n名称    单位    数值\n甲    公顷    —\n');
    expect(bodies(p)[0]).toEqual([
      [['指标', '单位'], ['耕地', '万亩']],
      [['a', 'b'], ['1', '2']],
      [['名称', '单位', '数值'], ['甲', '公顷', '—']],
    ]);
  });

  test('keeps enumerations as paragraphs of their own and figure references verbatim', () => {
    const p = parse('规划\n第一章 总则\n第一条 内容\n（一）划定红线；\n（二）保护耕地。\n1. 第一项\n2. 第二项\n详见附图3 县域国土空间控制线规划图。\n');
    expect(bodies(p)[0]).toEqual(['（一）划定红线；', '（二）保护耕地。', '1. 第一项', '2. 第二项', '详见附图3 县域国土空间控制线规划图。']);
  });

  test('keeps text before the first chapter as a preamble and appendix parts after the last article', () => {
    const p = parse('规划\n前言\n为了说明。\n第一章 总则\n第一条 目的\n正文。\n附表\n附表1 指标表\n指标\t单位\n耕地\t万亩\n附录 名词解释\n生态保护红线：……\n');
    expect(p.parts.map((x) => [x.kind, x.title, x.blocks.length])).toEqual([
      ['前言', '前言', 1],
      ['附表', '附表', 2],
      ['附录', '附录 名词解释', 1],
    ]);
    expect(p.parts[1]!.blocks[0]).toMatchObject({ kind: 'subheading', text: '附表1 指标表' });
    expect(bodies(p)).toEqual([['正文。']]);
  });

  test('reports numbering mistakes with their line and text', () => {
    const p = parse('规划\n第一章 总则\n第一条 目的\n正文。\n第三条 范围\n正文。\n');
    expect(errors(p)).toEqual([
      expect.objectContaining({ line: 5, message: expect.stringContaining('expected 第二条, found 第三条'), text: '第三条 范围' }),
    ]);
  });
});

describe('paragraphs of texts without chapters', () => {
  test('joins the hard break after 影响 as in the drafting notes', () => {
    const { lines } = textToLines('国土空间规划是各类开发保护建设活动的基本依据，影响\n到各项社会经济活动的正常开展。\n三、工作目标\n本规划是空间蓝图。');
    expect(buildParagraphs(lines).map((p) => p.text)).toEqual([
      '国土空间规划是各类开发保护建设活动的基本依据，影响到各项社会经济活动的正常开展。',
      '三、工作目标',
      '本规划是空间蓝图。',
    ]);
  });

  test('joins a line that opens with a marker the sentence goes on from (（三）的规定), and starts a paragraph at a marker after a full stop or before a title', () => {
    const { lines } = textToLines('按照二、（二）和\n（三）的规定执行。\n（四）和田片区\n县域包括：\n（1）城关镇；\n（2）其他乡镇。');
    expect(buildParagraphs(lines).map((p) => p.text)).toEqual(['按照二、（二）和（三）的规定执行。', '（四）和田片区', '县域包括：', '（1）城关镇；', '（2）其他乡镇。']);
  });
});

describe('shapes of real texts: sections through the plan and decimal numbering', () => {
  test('renumbers sections numbered through the whole plan within their chapters, with a warning', () => {
    const p = parse('规划\n第一章 总则\n第一节 甲\n第一条 甲\n正文。\n第二节 乙\n第二条 乙\n正文。\n第二章 格局\n第三节 丙\n第三条 丙\n正文。\n');
    expect(errors(p)).toEqual([]);
    expect(p.chapters.map((c) => c.sections.map((s) => s.number))).toEqual([[1, 2], [1]]);
    expect(p.diagnostics.some((d) => /numbered through the whole plan/.test(d.message))).toBe(true);
  });

  test('reads decimal headings under 第一章 chapters (Chinese numerals), two levels or three, with no error', () => {
    const three = parse('某县规划\n第一章 总则\n1.1 规划目的\n1.1.1 指导思想\n坚持生态优先。\n1.1.2 基本原则\n保护优先。\n第二章 目标\n2.1 目标定位\n2.1.1 定位\n以批复文本为准。\n');
    expect(errors(three)).toEqual([]);
    expect(three.chapters.map((c) => [c.printed, c.sections.map((s) => [s.printed, s.articles.map((a) => a.printed)])])).toEqual([
      ['第一章', [['1.1', ['1.1.1', '1.1.2']]]],
      ['第二章', [['2.1', ['2.1.1']]]],
    ]);
    const two = parse('某县规划\n第一章 总则\n1.1 规划目的\n为落实国家战略，制定本规划。\n1.2 规划依据\n有关法律法规。\n第二章 目标\n2.1 目标定位\n以批复文本为准。\n');
    expect(errors(two)).toEqual([]);
    expect(two.chapters.map((c) => [c.printed, c.articles.map((a) => a.printed)])).toEqual([['第一章', ['1.1', '1.2']], ['第二章', ['2.1']]]);
  });

  test('reads decimal chapters written with a dot (1. 总则) above their 1.1 sections', () => {
    const p = parse('某县规划\n1. 总则\n1.1 规划目的\n1.1.1 目的\n为落实国家战略，制定本规划。\n1.2 规划期限\n规划期限为2021—2035年。\n2.目标与战略\n2.1 目标定位\n2.1.1 定位\n具体目标以批复文本为准。\n');
    expect(errors(p)).toEqual([]);
    expect(p.chapters.map((c) => `${c.number} ${c.title}: ${c.sections.map((s) => `${s.printed}(${s.articles.map((a) => a.printed).join(' ')})`).join(' ')}`)).toEqual(['1 总则: 1.1(1.1.1) 1.2()', '2 目标与战略: 2.1(2.1.1)']);
  });

  test('reads decimal chapter numbers a PDF conversion split from their titles (1 / 总则 / 1.1), across page breaks', () => {
    const p = parse('某县规划\n1\n总则\n1.1 规划目的\n1.1.1 目的\n为落实国家战略，制定本规划。\n\f2\n目标与战略\n2.1 目标定位\n2.1.1 定位\n具体目标以批复文本为准。\n3 支撑体系\n3.1 交通\n3.1.1 路网\n以批复文本为准。\n');
    expect(errors(p)).toEqual([]);
    expect(p.diagnostics.filter((d) => /number/.test(d.message))).toEqual([]);
    expect(p.chapters.map((c) => `${c.printed} ${c.title}: ${c.sections.map((s) => `${s.printed}(${s.articles.map((a) => a.printed).join(' ')})`).join(' ')}`)).toEqual(['1 总则: 1.1(1.1.1)', '2 目标与战略: 2.1(2.1.1)', '3 支撑体系: 3.1(3.1.1)']);
    expect(p.chapters[0]!.line).toBe(2);
  });

  test('a bare number kept as text is a paragraph of its own, never glued into the figures around it', () => {
    const p = parse('某县规划\n第一章 总则\n第一条 期限\n规划期限为2021年至2035年，远景展望至\n2\n2050年。\n');
    expect(bodies(p)).toEqual([['规划期限为2021年至2035年，远景展望至', '2', '2050年。']]);
  });

  test('a bare number is no split chapter unless a short title and its N.1 follow', () => {
    const { lines, diagnostics } = textToLines('某县规划\n1 总则\n1.1 规划目的\n1.1.1 目的\n到2035年，耕地保有量不低于\n2\n万亩。\n1.1.2 依据\n以批复文本为准。\n');
    expect(parsePlan(lines).chapters.map((c) => c.title)).toEqual(['总则']);
    expect(diagnostics.some((d) => d.line === 6 && d.message.startsWith('a line holding only the number 2 is kept as a paragraph of its own'))).toBe(true);
  });
});

describe('shapes of real texts: headings that lost their numbers', () => {
  test('warns of a short line alone before an article, as a heading that lost its number, and names it in a gap after it', () => {
    const p = parse('某县规划\n第一章 总则\n第一条 目的\n为统筹县域国土空间，编制本规划。\n第二条 范围\n规划范围为县域。\n国土空间开发保护格局\n第三条 格局\n构建国土空间开发保护格局。\n第三章 实施\n第四条 实施\n县人民政府应当组织实施本规划。\n');
    expect(p.diagnostics.filter((d) => d.line === 7).map((d) => d.message)).toEqual(['“国土空间开发保护格局” stands alone before 第三条 like a heading without its number (a chapter\'s or a section\'s) or a title set above 第三条: kept as the last paragraph of the article before it; if it is a heading, give it its number in the text, or put the title after 第三条']);
    expect(errors(p).map((d) => d.message)).toEqual(['gap in chapter numbering: expected 第二章, found 第三章 at line 10 after 第一章 at line 2 (第二章 missing); line 7, “国土空间开发保护格局”, may be that heading without its number']);
    expect(bodies(p)[1]).toEqual(['规划范围为县域。', '国土空间开发保护格局']);
  });

  test('does not take an article\'s only text, a list item, a bracketed note, a caption or a line after a colon for a lost heading', () => {
    for (const text of ['第一条 期限\n2021—2035年\n第二条 范围\n县域。', '第一条 格局\n构建格局：\n一核两轴\n第二条 范围\n县域。', '第一条 格局\n构建格局。\n1.一核两轴\n第二条 范围\n县域。', '第一条 格局\n构建格局。\n（见附图3）\n第二条 范围\n县域。', '第一条 城镇\n县域包括下列乡镇：\n城关镇\n城南镇\n东山乡\n第二条 范围\n县域。', '第一条 格局\n构建格局。\n详见附图3 县域国土空间总体格局图\n第二条 范围\n县域。', '第一条 指标\n落实规划指标。\n表1 规划主要指标表\n第二条 范围\n县域。', '第一条 格局\n构建格局。\n附图3 县域国土空间总体格局图\n第二条 范围\n县域。']) {
      expect(parse(`某县规划\n第一章 总则\n${text}\n`).diagnostics.filter((d) => d.message.includes('stands alone')), text).toEqual([]);
    }
  });
});

describe('shapes of real texts: outline numbering', () => {
  test('reads an outline text whose （一） hold the text, titles run in, and no 1. provision: 一、 chapters, （一） provisions', () => {
    const p = parse('某县规划\n一、总体要求\n（一）指导思想。以新发展理念为指导。\n（二）规划原则：坚持生态优先。\n1.节约集约；\n2.高效利用。\n二、实施保障\n（一）组织实施。县人民政府应当组织实施本规划。\n');
    expect(errors(p)).toEqual([]);
    expect(p.numbering!.reason).toBe('2 headings numbered 一、 二、 … and no 第X章; no 1. holds a provision, so the （一） are the provisions');
    expect(p.chapters.map((c) => [c.printed, c.title, c.sections.length, c.articles.map((a) => [a.printed, a.title])])).toEqual([
      ['一、', '总体要求', 0, [['（一）', '指导思想'], ['（二）', '规划原则']]],
      ['二、', '实施保障', 0, [['（一）', '组织实施']]],
    ]);
    expect(bodies(p)).toEqual([['以新发展理念为指导。'], ['坚持生态优先。', '1.节约集约；', '2.高效利用。'], ['县人民政府应当组织实施本规划。']]);
  });

  test('reads 第X章 over 一、 with no （一） provision as 一、 provisions of the chapters', () => {
    const p = parse('某县规划\n第一章 总则\n一、规划目的\n为统筹县域国土空间，编制本规划。\n二、规划期限\n规划期限为2021—2035年。\n第二章 实施保障\n一、组织实施\n县人民政府应当组织实施本规划。\n');
    expect(errors(p)).toEqual([]);
    expect(p.numbering!.reason).toMatch(/; no （一） holds a provision, so the 一、 are the provisions$/);
    expect(p.chapters.map((c) => [c.title, c.sections.length, c.articles.map((a) => `${a.printed} ${a.title}`)])).toEqual([['总则', 0, ['一、 规划目的', '二、 规划期限']], ['实施保障', 0, ['一、 组织实施']]]);
  });

  test('keeps three outline levels where a 1. holds a provision', () => {
    const p = parse('某县规划\n一、总体要求\n（一）指导思想\n1.规划目的\n为统筹县域国土空间，编制本规划。\n2.规划范围\n县域全域。\n二、实施保障\n（一）组织实施\n1.实施主体\n县人民政府应当组织实施本规划。\n');
    expect(p.numbering!.reason).toBe('2 headings numbered 一、 二、 … and no 第X章');
    expect(articleTitles(p)).toEqual([[1, '规划目的'], [2, '规划范围'], [3, '实施主体']]);
  });

  test('reads an outline text under 第X章 chapters: 第一章 and 一、 as printed, （一） provisions, 1. items in their provision', () => {
    const p = parse('某县规划\n第一章 规划总则\n一、规划目的\n为落实国家战略，制定本规划。\n二、规划依据\n（一）法律法规\n1.《中华人民共和国土地管理法》；\n2.《中华人民共和国城乡规划法》。\n（二）政策文件\n有关政策文件。\n第二章 发展目标\n一、目标定位\n具体目标以批复文本为准。\n');
    expect(errors(p)).toEqual([]);
    expect(p.chapters.map((c) => [c.printed, c.title, c.sections.map((s) => [s.printed, s.title, s.articles.map((a) => a.printed)])])).toEqual([
      ['第一章', '规划总则', [['一、', '规划目的', []], ['二、', '规划依据', ['（一）', '（二）']]]],
      ['第二章', '发展目标', [['一、', '目标定位', []]]],
    ]);
    expect(p.chapters[0]!.sections[1]!.articles[0]!.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['1.《中华人民共和国土地管理法》；', '2.《中华人民共和国城乡规划法》。']);
  });
});

describe('shapes of real texts: parts, inserted articles, titles and running headers', () => {
  test('reads rules in 篇 without chapters with the parts as chapters, and names an unreadable part as written', () => {
    const p = parse('某区规定\n第一篇 总则\n第一条 目的\n正文。\n第二篇 管控\n第二条 要求\n正文。\n第〇篇 说明\n第三条 附则\n正文。\n');
    expect(p.chapters.map((c) => [c.printed, c.title, c.articles.map((a) => a.number)])).toEqual([['第一篇', '总则', [1]], ['第二篇', '管控', [2, 3]]]);
    expect(p.diagnostics.some((d) => d.line === 8 && d.message.startsWith('第〇篇 is not a numeral this importer reads'))).toBe(true);
  });

  test('keeps a 第一篇 heading above chapters as the next chapter\'s opening paragraph', () => {
    const p = parse('规划\n第一篇 总体战略\n第一章 总则\n第一条 甲\n正文。\n第二篇 空间布局\n第二章 格局\n第二条 乙\n正文。\n');
    expect(errors(p)).toEqual([]);
    expect(p.chapters.map((c) => c.lead.map((b) => (b.kind === 'paragraph' ? b.text : '')))).toEqual([['第一篇 总体战略'], ['第二篇 空间布局']]);
    expect(bodies(p)).toEqual([['正文。'], ['正文。']]);
  });

  test('keeps an inserted 第X条之一 as text of the article before it, with a warning', () => {
    const p = parse('规划\n第一章 总则\n第一条 甲\n正文。\n第一条之一 插入条文。\n第二条 乙\n正文。\n');
    expect(errors(p)).toEqual([]);
    expect(bodies(p)[0]).toEqual(['正文。', '第一条之一 插入条文。']);
    expect(p.diagnostics.some((d) => d.line === 5 && /inserted article 第一条之一/.test(d.message))).toBe(true);
  });

  test('reads a few words before a colon as the article title', () => {
    expect(splitArticleRest(' 规划范围：本次规划范围为县域。', false)).toEqual({ title: '规划范围', body: '本次规划范围为县域。' });
    expect(splitArticleRest(' 本规划所称：下列用语。', false).title).toBe('');
  });

  test('removes the title repeated as a running header and skips a TOC without a 目录 heading', () => {
    const p = parse('某县规划\n第一章 总则\t1\n第二章 附则\t3\n第一章 总则\n第一条 甲\n依据国土空间规划编制要求，统筹\n某县规划\n安排各类空间。\n第二章 附则\n第二条 乙\n正文。\n');
    expect(errors(p)).toEqual([]);
    expect(bodies(p)[0]).toEqual(['依据国土空间规划编制要求，统筹安排各类空间。']);
    expect(p.diagnostics.map((d) => d.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/2 table-of-contents line\(s\) with page numbers skipped/), expect.stringMatching(/1 repetition\(s\) of the title line removed/)]),
    );
  });

  test('lines of labels, each on its own line, stay apart (项目名称：… / 委托单位：…; the tester\'s list of 2026-12-03)', () => {
    const p = parse('某县规划\n第一章 总则\n第一条 成果\n项目名称：某县国土空间总体规划\n委托单位：某县自然资源局\n编制单位：某规划设计研究院\n第二条 乙\n正文。\n');
    expect(errors(p)).toEqual([]);
    expect(bodies(p)[0]).toEqual(['项目名称：某县国土空间总体规划', '委托单位：某县自然资源局', '编制单位：某规划设计研究院']);
  });

  test('a wrapped line that ends like a document\'s title or opens like a label goes on (review of the change)', () => {
    const p = parse('某县规划\n第一章 总则\n第一条 规划依据\n为落实国家战略，统筹开发保护，依\n据《中共中央国务院关于建立国土空间规划体系并监督实施的意见\n》等法律法规，制定本规划。\n第二条 乙\n正文。\n');
    expect(bodies(p)[0]).toEqual(['为落实国家战略，统筹开发保护，依据《中共中央国务院关于建立国土空间规划体系并监督实施的意见》等法律法规，制定本规划。']);
  });

  test('a table row that starts with 第X条 stays a row', () => {
    const p = parse('规划\n第一章 总则\n第一条 对照\n条文\t内容\n第五条\t保护\n第六条\t利用\n第二条 乙\n正文。\n');
    expect(errors(p)).toEqual([]);
    expect(bodies(p)[0]).toEqual([[['条文', '内容'], ['第五条', '保护'], ['第六条', '利用']]]);
  });

  test('names the exact line of a mismatched bracket inside a wrapped paragraph', () => {
    const p = parse('规划\n第一章 总则\n第一条 依据\n依据《若干意见》\n（中发〔2019]18号），制定本规划。\n');
    expect(p.diagnostics.find((d) => /closed by/.test(d.message))).toMatchObject({ line: 5 });
  });
});

describe('tables of contents before a preamble', () => {
  test('a TOC without page numbers followed by 前言 keeps the preamble', () => {
    const p = parse('规划\n目录\n第一章 总则\n第二章 附则\n前言\n本规划是空间蓝图。\n第一章 总则\n第一条 甲\n正文。\n第二章 附则\n第二条 乙\n正文。\n');
    expect(errors(p)).toEqual([]);
    expect(p.parts).toMatchObject([{ kind: '前言', title: '前言', blocks: [{ kind: 'paragraph', text: '本规划是空间蓝图。' }] }]);
    expect(p.chapters).toHaveLength(2);
  });
  test('a bare 前言 line right before the first chapter is not swallowed by the TOC', () => {
    const p = parse('规划\n目录\n第一章 总则……1\n第二章 附则……2\n前言\n第一章 总则\n第一条 甲\n正文。\n第二章 附则\n第二条 乙\n正文。\n');
    expect(errors(p)).toEqual([]);
    expect(p.parts.map((x) => x.title)).toEqual(['前言']);
  });
});

describe('PDF page furniture', () => {
  test('removes page numbers and a running footer repeated at page breaks, and joins the paragraph across the break', () => {
    const text = '规划\n第一章 总则\n第一条 甲\n依据国土空间规划编制要求，统筹\n某县自然资源局\n- 1 -\n\f安排各类空间。\n第二条 乙\n正文。\n某县自然资源局\n- 2 -\n\f第二章 附则\n第三条 丙\n正文。\n';
    const { plan: p, diagnostics } = parseWithLineNotes(text);
    expect(errors(p)).toEqual([]);
    expect(bodies(p)).toEqual([['依据国土空间规划编制要求，统筹安排各类空间。'], ['正文。'], ['正文。']]);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/2 page-number line/), expect.stringMatching(/2 running header\/footer line\(s\).*“某县自然资源局”/)]);
  });

  test('keeps a heading that opens two pages, and of a chapter title repeated on its pages keeps the first, the heading', () => {
    const twice = '规划\n第一章 控制线\n一、耕地\n（一）划定情况\n耕地保有量以批复文本为准。\n- 1 -\n\f（二）管控要求\n不得擅自占用。\n二、生态保护红线\n（一）划定情况\n面积以批复文本为准。\n- 2 -\n\f（二）管控要求\n禁止开发性建设活动。\n第二章 实施\n一、组织\n（一）实施\n组织实施本规划。\n';
    const a = parsePlan(textToLines(twice).lines);
    expect(errors(a)).toEqual([]);
    expect(a.chapters[0]!.sections.map((s) => s.articles.map((x) => `${x.printed} ${x.title}`))).toEqual([['（一） 划定情况', '（二） 管控要求'], ['（一） 划定情况', '（二） 管控要求']]);
    const headers = '规划\n第一章 总则\n第一条 甲\n正文甲。\n1\n\f第二章 格局\n第二条 乙\n构建国土空间总体格局，统筹生产、生活、生态空间，优化\n2\n\f第二章 格局\n城乡功能布局。\n3\n\f第二章 格局\n第三条 丙\n正文丙。\n4\n\f第三章 附则\n第四条 丁\n正文丁。\n';
    const { plan: b, diagnostics } = parseWithLineNotes(headers);
    expect(errors(b)).toEqual([]);
    expect(b.chapters.map((c) => `${c.number} ${c.title}: ${c.articles.map((x) => x.number).join(',')}`)).toEqual(['1 总则: 1', '2 格局: 2,3', '3 附则: 4']);
    expect(bodies(b)[1]).toEqual(['构建国土空间总体格局，统筹生产、生活、生态空间，优化城乡功能布局。']);
    expect(diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^2 running header\/footer line\(s\).*“第二章 格局”/));
  });
});

describe('wrapped lines that open with a number (review of 47 texts, 2026-12-02)', () => {
  test('outline: a line that opens with the next （三） and goes on as a sentence about it continues the paragraph', () => {
    const p = parse('规划\n第一章 总则\n一、目的\n（一）目的\n为落实战略，编制本规划。\n（二）统筹\n具体要求按照本规划第三章二、（二）和\n（三）的规定执行。\n（三）范围\n县域全域。\n二、范围\n（一）县域\n县域全域。\n');
    expect(errors(p)).toEqual([]);
    expect(p.chapters[0]!.sections[0]!.articles.map((a) => `${a.printed} ${a.title}`)).toEqual(['（一） 目的', '（二） 统筹', '（三） 范围']);
    expect(bodies(p)[1]).toEqual(['具体要求按照本规划第三章二、（二）和（三）的规定执行。']);
  });
});

describe('running headers in outline and decimal texts (review of 47 texts, 2026-12-02)', () => {
  test('a decimal chapter heading repeated at page tops is a running header, not glued into the sentence it interrupts', () => {
    const text = '规划\n1 总则\n1.1 目的\n1.1.1 为落实国家战略，统筹城乡空\n- 1 -\n\f1 总则\n间布局，编制本规划。\n1.1.2 本规划范围为县域全域，包括各乡\n- 2 -\n\f1 总则\n镇。\n2 目标\n2.1 定位\n2.1.1 建设宜居县城。\n';
    const { plan: p, diagnostics } = parseWithLineNotes(text);
    expect(errors(p)).toEqual([]);
    expect(bodies(p)).toEqual([['为落实国家战略，统筹城乡空间布局，编制本规划。'], ['本规划范围为县域全域，包括各乡镇。'], ['建设宜居县城。']]);
    expect(diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^2 running header\/footer line\(s\).*“1 总则”/));
  });

  test('a finished sentence at the top of two pages is text, not a running header', () => {
    const text = '规划\n第一章 总则\n第一条 甲\n耕地保护目标\n- 1 -\n\f具体以批复文本为准。\n第二条 乙\n生态保护红线\n- 2 -\n\f具体以批复文本为准。\n第三条 丙\n正文。\n';
    const { plan: p, diagnostics } = parseWithLineNotes(text);
    expect(bodies(p).flat().join('')).toContain('具体以批复文本为准。');
    expect(bodies(p).flat().join('').match(/具体以批复文本为准。/g)).toHaveLength(2);
    expect(diagnostics.map((d) => d.message).join('\n')).not.toMatch(/running header/);
  });
});

describe('running headers that repeat a heading (review of 2026-12-02)', () => {
  test('a chapter title at the top of two more pages is a running header; the heading mid-page stays', () => {
    const text = '规划\n第一章 总则\n第一条 目的\n正文甲。\n第二章 格局\n第二条 总体格局\n正文乙。\n\f第二章 格局\n第三条 生态空间\n正文丙。\n\f第二章 格局\n第四条 农业空间\n正文丁。\n';
    const { plan: p, diagnostics } = parseWithLineNotes(text);
    expect(errors(p)).toEqual([]);
    expect(p.chapters.map((c) => `${c.number}: ${c.articles.map((a) => a.number).join(',')}`)).toEqual(['1: 1', '2: 2,3,4']);
    expect(diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^2 running header\/footer line\(s\).*“第二章 格局”/));
  });

  test('a 目录 entry is no occurrence of the heading: the heading at a page top stays, its copies go', () => {
    const text = '规划\n目录\n第一章 总则\n第二章 格局\n第一章 总则\n第一条 目的\n正文甲。\n\f第二章 格局\n第二条 总体格局\n正文乙。\n\f第二章 格局\n第三条 生态空间\n正文丙。\n';
    const p = parsePlan(textToLines(text).lines);
    expect(errors(p)).toEqual([]);
    expect(p.chapters.map((c) => `${c.number}: ${c.articles.map((a) => a.number).join(',')}`)).toEqual(['1: 1', '2: 2,3']);
  });

  test('an outline text under chapters with a 目录 that lists each chapter\'s 一、 again reads its 目录 to the end', () => {
    const p = parse('规划\n目录\n第一章 总则\n一、目的\n二、范围\n第二章 目标\n一、定位\n第一章 总则\n一、目的\n（一）依据\n依据有关法律法规。\n二、范围\n（一）范围\n县域全域。\n第二章 目标\n一、定位\n（一）定位\n以批复文本为准。\n');
    expect(errors(p)).toEqual([]);
    expect(p.chapters.map((c) => c.sections.map((s) => s.articles.length).join(','))).toEqual(['1,1', '1']);
  });
});

describe('sentences that begin with a reference', () => {
  test('a paragraph opening with 第三章提出的… or 第一条明确的… stays text', () => {
    const p = parse('规划\n第一章 总则\n第一条 甲\n正文。\n第二条 乙\n第一条明确的目标，应当落实。\n第二章 格局\n第三条 丙\n第一章提出的要求，在本章落实。\n');
    expect(errors(p)).toEqual([]);
    expect(bodies(p)).toEqual([['正文。'], ['第一条明确的目标，应当落实。'], ['第一章提出的要求，在本章落实。']]);
  });
  test('a glued article heading with the expected number is still a heading', () => {
    const p = parse('规划\n第一章 总则\n第一条为了加强管理，制定本办法。\n第二条本办法适用于全县。\n');
    expect(errors(p)).toEqual([]);
    expect(bodies(p)).toEqual([['为了加强管理，制定本办法。'], ['本办法适用于全县。']]);
  });
});

describe('a space inside the first sentence', () => {
  test('本规划 followed by a space is the start of the text, not a title', () => {
    expect(splitArticleRest(' 本规划 自批准之日起施行。', false)).toEqual({ title: '', body: '本规划 自批准之日起施行。' });
    expect(splitArticleRest(' 根据 《土地管理法》制定本规划。', false).title).toBe('');
  });
});

describe('large article numbers', () => {
  test('reads 第一百零一条 and 第110条 alike and keeps each heading as printed', async () => {
    const { toChineseNumeral } = await import('../../src/lib/numerals.ts');
    const { renderArticle } = await import('../../src/lib/import/render.ts');
    const lines = ['规划', '第一章 总则'];
    for (let n = 1; n <= 120; n++) lines.push(n % 2 ? `第${toChineseNumeral(n)}条 条文${n}` : `第${n}条 条文${n}`, `正文${n}。`);
    const p = parse(lines.join('\n'));
    expect(errors(p)).toEqual([]);
    const articles = p.chapters[0]!.articles;
    expect(articles).toHaveLength(120);
    expect(renderArticle(articles[100]!)).toBe('## 第一百零一条 条文101\n\n正文101。');
    expect(renderArticle(articles[109]!)).toBe('## 第110条 条文110\n\n正文110。');
  });
});

describe('a title in bold that starts with a space (a Word run: 第三条 + bold " 规划实施")', () => {
  test('is written without it (review of 2026-12-03: ## 第三条 &#32;规划实施)', async () => {
    const { renderArticle } = await import('../../src/lib/import/render.ts');
    const { MARK_CLOSE, MARK_OPEN } = await import('../../src/lib/mandatory.ts');
    const p = parse('规划\n第一章 总则\n第一条 规划目的\n正文。\n');
    const article = { ...p.chapters[0]!.articles[0]!, title: `${MARK_OPEN} 规划实施${MARK_CLOSE}` };
    expect(renderArticle(article).split('\n')[0]).toBe('## 第一条 规划实施');
  });
});

describe('decimal headings written with a dot after the number (1. / 1.1. / 1.1.1.)', () => {
  test('are read as 1 / 1.1 / 1.1.1 (review of 2026-12-03: no scheme fitted, and no line was named)', () => {
    const p = parse('某市规划\n1. 总则\n1.1. 规划目的\n1.1.1. 为落实国家战略，制定本规划。\n1.1.2. 本规划是总纲。\n2. 空间格局\n2.1. 开发强度\n2.1.1. 开发强度不超过30%。\n');
    expect(errors(p)).toEqual([]);
    expect(p.chapters.map((c) => [c.title, c.sections.map((s) => [s.title, s.articles.map((a) => a.printed ?? a.number)])])).toEqual([
      ['总则', [['规划目的', ['1.1.1', '1.1.2']]]],
      ['空间格局', [['开发强度', ['2.1.1']]]],
    ]);
    // The dot goes only before a space: 1.1.规划 and a figure such as 2.5.万 are not read so.
    expect(SCHEMES.decimal.match('1.1. 规划目的')?.path).toEqual([1, 1]);
    expect(SCHEMES.decimal.match('2.5.万人')).toBeNull();
  });
});

describe('a page number kept between two articles', () => {
  test('gets one warning, not also the lost-heading one (review of 2026-12-03: two that disagreed)', () => {
    const { plan, diagnostics } = parseWithLineNotes('规划\n第一章 总则\n第一条 规划目的\n为落实国家战略，制定本规划。\n2\n第二条 用地结构\n优化用地结构。\n');
    const about = [...diagnostics, ...plan.diagnostics].filter((d) => d.line === 5).map((d) => d.message);
    expect(about).toHaveLength(1);
    expect(about[0]).toMatch(/a line holding only the number 2 is kept as a paragraph of its own/);
  });
});

describe('titles in round brackets', () => {
  test('第一条（立法目的）为了…… has the title in brackets; （一） is an enumeration', () => {
    expect(splitArticleRest('（立法目的）为了加强管理，制定本办法。', false)).toEqual({ title: '立法目的', body: '为了加强管理，制定本办法。' });
    expect(splitArticleRest('　(适用范围) 本办法适用于全县。', false)).toEqual({ title: '适用范围', body: '本办法适用于全县。' });
    expect(splitArticleRest('（一）生态优先；', false).title).toBe('');
    expect(splitArticleRest('（试行）本办法自公布之日起施行。', false).title).toBe('');
  });
});

describe('Markdown footnotes', () => {
  test('are said, with their lines and the fix: their definitions were read into the last article silently', () => {
    const md = '# 某县规划\n\n## 第一章 总则\n\n### 第一条 目的\n\n耕地保有量[^1]不减少。\n\n[^1]: 指2035年耕地保有量目标。\n';
    const { diagnostics } = textToLines(md, { markdown: true });
    expect(diagnostics.map((d) => [d.line, d.message])).toContainEqual([
      9,
      '1 Markdown footnote(s) ([^1]: …) at line(s) 9 are kept as text, of the article before them, and their references as [^1]: put the notes under a heading 注释 at the end of the text (a part of its own), or import the Word file, whose footnotes become a 注释 part',
    ]);
    expect(textToLines('第一条 目的\n[^1]: 指……。\n').diagnostics.filter((d) => /footnote/.test(d.message))).toEqual([]);
  });
});

describe('a 目录 entry without a number', () => {
  test('standing alone in the body (附  则 after the last article) is said, with the fix: it was read into the article silently', () => {
    const p = parse('某县规划\n目  录\n第一章 总则……1\n第一条 规划目的……1\n附  则……2\n第一章 总则\n第一条 规划目的\n为统筹国土空间，制定本规划。\n附  则\n本规划自批准之日起施行。\n');
    expect(p.diagnostics.filter((d) => /目录 without a number/.test(d.message)).map((d) => [d.line, d.message])).toEqual([
      [9, '“附  则” is listed in the 目录 without a number, and here it is a line of its own: it and the text after it are read as text of the article before it; if it is a part of its own, number it as a chapter (第X章 附则), or give it a 第X条 of its own'],
    ]);
    // A 前言 and an appendix the 目录 lists are parts the importer reads: nothing to say.
    const q = parse('某县规划\n目  录\n前言……1\n第一章 总则……1\n附表……3\n前言\n本规划是……。\n第一章 总则\n第一条 目的\n正文。\n附表\n| 指标 | 值 |\n');
    expect(q.diagnostics.filter((d) => /目录 without a number/.test(d.message))).toEqual([]);
  });

  test('is not said of a heading the text marks as one (# 总则 in Markdown, under a 目录 without numbers)', () => {
    const md = '# 某县规划\n\n目录\n\n总则……1\n\n规划目标……2\n\n# 总则\n\n## 规划目的\n\n为统筹国土空间，制定本规划。\n\n# 规划目标\n\n## 总体目标\n\n到2035年，格局形成。\n';
    const { lines } = textToLines(md, { markdown: true });
    const p = parsePlan(lines);
    expect(p.chapters.map((c) => c.title)).toEqual(['总则', '规划目标']);
    expect(p.diagnostics.filter((d) => /目录 without a number/.test(d.message))).toEqual([]);
  });
});

describe('a text in Traditional characters', () => {
  test('keeps 節 and 條 as printed in its headings (they were rewritten 节 and 条)', () => {
    const p = parse('某縣規劃\n第一章 總則\n第一節 規劃目的\n第一條 規劃目的\n為統籌縣域國土空間，制定本規劃。\n第二條 規劃範圍\n規劃範圍為某縣。\n');
    expect(errors(p)).toEqual([]);
    const section = p.chapters[0]!.sections[0]!;
    expect(section.printed).toBe('第一節');
    expect(section.articles.map((a) => a.printed)).toEqual(['第一條', '第二條']);
  });

  test('reads its appendix headings, 附圖 and 名詞解釋, as the Simplified ones (review of 2026-12-03: one 附表 part held them all)', () => {
    const p = parse('某縣規劃\n第一章 總則\n第一條 規劃目的\n制定本規劃。\n附表\n附表１　規劃指標表\n附圖\n附圖１　縣域國土空間總體格局圖\n附圖２　縣域國土空間規劃分區圖\n名詞解釋\n生態保護紅線：指……\n');
    expect(errors(p)).toEqual([]);
    expect(p.parts.map((x) => [x.kind, x.title])).toEqual([['附表', '附表'], ['附图', '附圖'], ['名词解释', '名詞解釋']]);
    expect(p.parts[1]!.blocks).toMatchObject([{ kind: 'subheading', text: '附圖１ 縣域國土空間總體格局圖' }, { kind: 'subheading', text: '附圖２ 縣域國土空間規劃分區圖' }]);
  });
});

describe('a sentence cut after a comparison a figure must follow (review of 2026-12-03: its first words became the title)', () => {
  test('is no title, and joins its figure whatever the unit', () => {
    const p = parse('某市规划\n第一章 总则\n第一条 规划目的\n制定本规划。\n第二条 城镇开发边界扩展倍数控制在\n1.3倍以内。\n第三条 中心城区住宅用地容积率不超过\n2.5，商业用地容积率不超过\n3.0。\n第四条 规划期限\n2021年至2035年。\n');
    expect(errors(p)).toEqual([]);
    const [, second, third, fourth] = p.chapters[0]!.articles;
    expect([second!.title, second!.blocks]).toMatchObject(['', [{ text: '城镇开发边界扩展倍数控制在1.3倍以内。' }]]);
    expect([third!.title, third!.blocks]).toMatchObject(['', [{ text: '中心城区住宅用地容积率不超过2.5，商业用地容积率不超过3.0。' }]]);
    // A title before a sentence that opens with a year stays a title.
    expect(fourth!.title).toBe('规划期限');
  });
});

describe('an appendix that holds a document with its own articles (review of 2026-12-03: its 第一条 were taken for the plan\'s)', () => {
  test('is an appendix part, the document\'s articles its text, with a warning', () => {
    const p = parse('某县规划\n第一章 总则\n第一条 规划目的\n制定本规划。\n第二条 规划期限\n规划期限为2021—2035年。\n附录  某县生态保护红线管理办法\n第一条 为加强生态保护红线管理，制定本办法。\n第二条 生态保护红线内，禁止开发性、生产性建设活动。\n附表1 规划指标表\n');
    expect(errors(p)).toEqual([]);
    expect(p.chapters[0]!.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(p.parts.map((x) => x.kind)).toEqual(['附录', '附表']);
    expect(p.parts[0]!.blocks).toMatchObject([{ text: '第一条 为加强生态保护红线管理，制定本办法。' }, { text: '第二条 生态保护红线内，禁止开发性、生产性建设活动。' }]);
    expect(p.diagnostics.map((d) => d.message).join('\n')).toContain('opens a document of its own, whose articles or chapters number from one again');
  });

  test('but an appendix heading the plan\'s articles go on after is not one', () => {
    const p = parse('某县规划\n第一章 总则\n第一条 规划目的\n见附件。\n附件\n第二条 规划期限\n规划期限为2021—2035年。\n');
    expect(p.chapters[0]!.articles.map((a) => a.number)).toEqual([1, 2]);
  });
});

describe('joining hard-wrapped lines', () => {
  test('a number cut by a wrap at a fixed width joins up (12 / 345.6); two numbers of two table rows are the table reader\'s', () => {
    expect(joinWrapped(['用地面积为12', '345.6公顷。']).text).toBe('用地面积为12345.6公顷。');
    expect(joinWrapped(['规划期限为2021', '年至2035年']).text).toBe('规划期限为2021年至2035年');
    expect(joinWrapped(['用地面积', '120公顷']).text).toBe('用地面积120公顷');
  });
});

describe('justified text is not a table', () => {
  test('lines of running text with wide gaps stay paragraphs, the stretch of a justified line closed up', () => {
    const p = parse('规划\n第一章 总则\n第一条 甲\n统筹  国土空间  开发保护，  严格落实\n生态保护红线管控要求。\n');
    expect(bodies(p)).toEqual([['统筹国土空间开发保护，严格落实生态保护红线管控要求。']]);
  });

  test('in a PDF\'s printed lines (digits half as wide), short lines are paragraphs of their own though no sentence ends them', () => {
    const text = [
      '规划', '第一章 总则', '第一条 规划目的',
      '为全面落实国家、省、市关于国土空间规划的工作部署，统筹县域国土空间开发保',
      '护，优化城乡功能布局，推动形成绿色发展方式，根据《中华人民共和国土地管理',
      '法》等法律法规和上级规划要求，编制本规划。规划期限为2021年至2035年，近期至',
      '2025年，远期至2035年，规划基期年为2020年，坐标系统采用CGCS2000国家大地坐标',
      '系，高程系统采用1985国家高程基准，并与第三次全国国土调查成果保持一致，统筹',
      '县域国土空间保护、开发、利用、修复，形成全域国土空间一张图，作为国土空间用',
      '途管制的依据。',
      '第二条 城镇职能',
      '各镇职能如下。',
      '城关镇：县域政治、经济、文化中心',
      '河东镇：农产品加工、商贸物流',
      '河西镇：文化旅游、生态康养',
    ].join('\n');
    const p = parse(text);
    expect(bodies(p)[0]).toHaveLength(1);
    expect(bodies(p)[1]).toEqual(['各镇职能如下。', '城关镇：县域政治、经济、文化中心', '河东镇：农产品加工、商贸物流', '河西镇：文化旅游、生态康养']);
  });

  test('a narrower box\'s short lines go on; only a line opening with a label (河东镇：) ends a short one (review of 2026-12-03)', () => {
    const body = Array.from({ length: 6 }, () => '为全面落实国家、省、市关于国土空间规划的工作部署，统筹县域国土空间开发保').join('\n');
    const p = parse(`规划\n第一章 总则\n第一条 目的\n${body}护。\n第二条 工程\n矿山生态修复工程：实施废弃矿\n山综合治理，恢复矿区植被和\n生态功能。\n`);
    expect(bodies(p)[1]).toEqual(['矿山生态修复工程：实施废弃矿山综合治理，恢复矿区植被和生态功能。']);
  });

  test('a letter-spaced line with full-width spaces closes up whole, on a last line too', () => {
    expect(collapseCjkSpaces('指　　　导　　　思　　　想', 'keep')).toBe('指导思想');
  });

  test('a wide gap between words on a line nothing stretched (a paragraph\'s last line) stays, as one space', () => {
    const p = parse('规划\n第一章 总则\n第一条 甲\n城镇职能如下：\n\n重点镇：城关镇  河东镇  河西镇\n\n一般镇：新集镇  老集镇\n');
    expect(bodies(p)).toEqual([['城镇职能如下：', '重点镇：城关镇 河东镇 河西镇', '一般镇：新集镇 老集镇']]);
  });
});

describe('Word paragraphs cut inside a sentence (a PDF converted to Word, too short to tell its wrap width)', () => {
  test('are named with the fix, and kept apart', async () => {
    const { midSentenceBreaks } = await import('../../src/lib/import/paragraphs.ts');
    const texts = ['第一章 总则', '第一条 目的', '为落实国家战略，统筹县域国土空间开发保护格', '局，制定本规划。', '规划期限为2021年至2035年，近期至2025年，远期至2035', '年。', '主要任务包括以下几个方面的内容：', '（一）严格保护耕地。', '城镇开发边界内的各类建设活动应当', '第二条 范围'];
    const lines = textToLines(texts.join('\n')).lines.map((l) => ({ ...l, exact: true }));
    expect(midSentenceBreaks(lines, (l) => !!SCHEMES.law.match(l.text))).toEqual([2, 4]);
    const plan = parsePlan(lines);
    const w = plan.diagnostics.find((d) => d.message.includes('Word paragraph(s) end inside a sentence'))!;
    expect(w.line).toBe(3);
    expect(w.message).toBe('2 Word paragraph(s) end inside a sentence that the next one goes on with (line 3 “…土空间开发保护格” / “局，制定本规划。”, line 5 “…，远期至2035” / “年。”): they are kept apart, as Word paragraphs always are; if the file has a paragraph per printed line (a PDF converted to Word), join them in Word, or import the PDF\'s text');
    expect(bodies(plan)[0]).toContain('局，制定本规划。');
  });
});
