/**
 * Phase 1 of the importer: what stands before the body — the title line (or
 * two), the table of contents with or without a 目录 heading, and running
 * headers (src/lib/import/title-and-contents.ts).
 */
import { describe, expect, test } from 'vitest';
import { nextNonBlank, readFrontMatter } from '../../src/lib/import/title-and-contents.ts';
import { SCHEMES } from '../../src/lib/import/numbering-schemes.ts';
import type { SourceLine } from '../../src/lib/import/types.ts';

type LineSpec = string | { text: string; table?: string[][]; pageBreakBefore?: boolean };
const toLines = (...specs: LineSpec[]): SourceLine[] => specs.map((s, i) => ({ line: i + 1, indent: 0, ...(typeof s === 'string' ? { text: s } : s) }));
const read = (...specs: LineSpec[]) => readFrontMatter(toLines(...specs), SCHEMES.law);
const body = ['第一章 总则', '第一条 规划目的', '为加强国土空间管理，制定本规划。'];
const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);

describe('the next non-blank line', () => {
  test('is the next line with text or a table, or -1 at the end', () => {
    const lines = toLines('标题', '', { text: '', table: [['a', 'b']] }, '', '正文');
    expect(nextNonBlank(lines, 0)).toBe(2);
    expect(nextNonBlank(lines, 2)).toBe(4);
    expect(nextNonBlank(lines, 4)).toBe(-1);
  });
});

describe('the title', () => {
  test('is the first line with text, book-title marks removed', () => {
    const f = read('', '《某县国土空间总体规划（2021—2035年）》', ...body);
    expect(f.title).toBe('某县国土空间总体规划（2021—2035年）');
    expect(f.titleEnd).toBe(1);
    expect(sorted(f.skip)).toEqual([1]);
    expect(f.contents).toEqual([]);
    expect(f.diagnostics).toEqual([]);
  });

  test('drops the marks around the name when a bracketed period or stage follows them, and keeps marks inside a line', () => {
    expect(read('关于印发《某县规划》的通知', ...body).title).toBe('关于印发《某县规划》的通知');
    expect(read('《某县规划》（2021—2035年）（草案）', ...body).title).toBe('某县规划（2021—2035年）');
    expect(read('《某县国土空间总体规划》（2021—2035年）', ...body).title).toBe('某县国土空间总体规划（2021—2035年）');
    expect(read('《某县规划》（草案）说明', ...body).title).toBe('《某县规划》（草案）说明');
    expect(read('《某县规划》和《某市规划》', ...body).title).toBe('《某县规划》和《某市规划》');
    expect(read('《县》', ...body).title).toBe('县');
  });

  test("leaves the cover's words at the end of the title line out of the title: a stage, 文本, with a warning", () => {
    const f = read('《某县国土空间总体规划》（2021—2035年）（公开征求意见稿）文本', ...body);
    expect([f.title, f.cover, sorted(f.skip)]).toEqual(['某县国土空间总体规划（2021—2035年）', ['（公开征求意见稿）文本'], [0]]);
    expect(f.diagnostics).toEqual([{ severity: 'warning', line: 1, message: 'the title line ends with （公开征求意见稿）文本, which is the cover\'s, not the plan\'s title: the title is 某县国土空间总体规划（2021—2035年）' }]);
    expect(read('某县国土空间总体规划(2021-2035年)(送审稿)', '规划文本', ...body).cover).toEqual(['(送审稿)', '规划文本']);
    // Only at the end, and never the whole line.
    expect(read('某县送审稿管理规划', ...body).title).toBe('某县送审稿管理规划');
    expect(read('规划文本', ...body).title).toBe('规划文本');
  });

  test('drops the marks of a title set in two lines, the second closing them', () => {
    const f = read('《某县国土空间总体规划', '（2021—2035年）》', ...body);
    expect(f.title).toBe('某县国土空间总体规划（2021—2035年）');
    expect(f.titleEnd).toBe(1);
    expect(read('《某县国土空间总体规划', '（2021—2035年）', ...body).title).toBe('《某县国土空间总体规划（2021—2035年）');
    // A bracketed line ending in 》 under a title that opened no marks is not the title's.
    expect(read('某县国土空间总体规划', '（2021—2035年）》', ...body).titleEnd).toBe(0);
  });

  test('is none when the text opens with a heading, a 目录, an appendix part or a table', () => {
    for (const first of ['第一章 总则', '目 录', '附表1 规划指标表']) {
      const f = read(first, '第二章 格局');
      expect(f.title, first).toBe('');
      expect(f.titleEnd, first).toBe(-1);
    }
    expect(read({ text: '', table: [['指标', '单位']] }, ...body).title).toBe('');
    expect(readFrontMatter([], SCHEMES.law)).toEqual({ title: '', titleEnd: -1, skip: new Set(), contents: [], cover: [], diagnostics: [] });
  });

  test('leaves out the cover\'s lines after the title (document, stage, issuer, month) and quotes them', () => {
    const f = read('某县国土空间总体规划（2021—2035年）', '', '规划文本', '（送审稿）', '', '某县人民政府', '编制单位：某某规划设计研究院', '二〇二三年八月', '目录', '第一章 总则 1', ...body);
    expect(f.cover).toEqual(['规划文本', '（送审稿）', '某县人民政府', '编制单位：某某规划设计研究院', '二〇二三年八月']);
    expect(sorted(f.skip)).toEqual([0, 2, 3, 5, 6, 7, 8, 9]);
    expect(f.diagnostics[0]).toEqual({ severity: 'warning', line: 3, message: "the cover's line(s) after the title are not plan text and were left out: 规划文本 / （送审稿） / 某县人民政府 / 编制单位：某某规划设计研究院 / 二〇二三年八月" });
  });

  test('leaves out the credits behind the cover too (资质等级, 院长, 项目负责人, 项目组成员)', () => {
    const f = read('某县国土空间总体规划', '（2021—2035年）', '规划文本', '某县人民政府', '二〇二五年六月', '', '委托单位：某县自然资源局', '资质等级：甲级', '证书编号：自资规甲字21000000', '院    长：张  某', '项目负责人：王  某', '项目组成员：赵某  钱某', '', '目  录', '第一章 总则 1', ...body);
    expect(f.title).toBe('某县国土空间总体规划（2021—2035年）');
    expect(f.cover.slice(3)).toEqual(['委托单位：某县自然资源局', '资质等级：甲级', '证书编号：自资规甲字21000000', '院长：张某', '项目负责人：王某', '项目组成员：赵某钱某']);
    // A sentence that merely opens with such a word is no credit unless the cover runs on to the 目录.
    expect(read('某县国土空间总体规划', '项目负责人：应当对规划成果负责。', '本规划自批准之日起施行。', ...body).cover).toEqual([]);
  });

  test('leaves out the title page\'s 项目名称 with the other credits (the tester\'s list of 2026-12-03)', () => {
    const f = read('某县国土空间总体规划', '（2021—2035年）', '某县人民政府', '二〇二四年三月', '', '项目名称：某县国土空间总体规划（2021—2035年）', '委托单位：某县自然资源局', '项目负责人：李某某', '', '目  录', '第一章 总则 1', ...body);
    expect(f.cover.slice(2)).toEqual(['项目名称：某县国土空间总体规划（2021—2035年）', '委托单位：某县自然资源局', '项目负责人：李某某']);
  });

  test('is a cover only where the 目录, a heading or a 前言 follows it, and none without a title', () => {
    expect(read('某县国土空间总体规划', '文本', '2023年8月', '前言', '为落实国家战略，编制本规划。', ...body).cover).toEqual(['文本', '2023年8月']);
    // Review of 2026-12-02: a sentence whose first line ends in an issuer's name is text.
    const f = read('某县国土空间总体规划', '本规划由某县人民政府组织编制报某州人民政府', '批准后实施，各部门应当严格执行。', ...body);
    expect(f.cover).toEqual([]);
    expect(f.skip.has(1)).toBe(false);
    expect(read('某县国土空间总体规划', '文本', '为落实国家战略，某县人民政府组织编制本规划。', ...body).cover).toEqual([]);
    expect(read('第一章 总则', '文本', '第二章 格局').cover).toEqual([]);
    // What may follow a cover: the text's end, a heading, a 目录 entry with leaders, an appendix part; a 前言 only as a line of its own.
    expect(read('某县国土空间总体规划', '文本').cover).toEqual(['文本']);
    expect(read('某县国土空间总体规划', '规划文本', '第一章 总则', '第一条 目的').cover).toEqual(['规划文本']);
    expect(read('某县国土空间总体规划', '规划文本', '第一章 总则……1', ...body).cover).toEqual(['规划文本']);
    expect(read('某县国土空间总体规划', '规划文本', '附表1 规划指标表').cover).toEqual(['规划文本']);
    expect(read('某县国土空间总体规划', '规划文本', '前言部分由县人民政府编写。', ...body).cover).toEqual([]);
    expect(read('某县国土空间总体规划', '规划文本', '编写前言', ...body).cover).toEqual([]);
    // A stage in brackets right under the title is the cover's, not the title's (the stage is still read from there).
    const staged = read('某县国土空间总体规划（2021—2035年）', '（送审稿）', ...body);
    expect([staged.title, staged.cover]).toEqual(['某县国土空间总体规划（2021—2035年）', ['（送审稿）']]);
    expect(read('某县国土空间总体规划', '说明', ...body).cover).toEqual([]);
  });

  test('takes a second line in brackets, even after a blank line', () => {
    const f = read('某县国土空间总体规划', '', '（2021—2035年）', ...body);
    expect(f.title).toBe('某县国土空间总体规划（2021—2035年）');
    expect(f.titleEnd).toBe(2);
    expect(sorted(f.skip)).toEqual([0, 2]);
  });

  test('takes a line wrapped before its closing bracket, up to 20 characters', () => {
    expect(read('某县国土空间总体规划（2021—2035年', '）', ...body).title).toBe('某县国土空间总体规划（2021—2035年）');
    const twenty = '）与远景展望规划（2021—2050年）';
    expect([...twenty].length).toBe(20);
    expect(read('某县国土空间总体规划（2021—2035年', twenty, ...body).title).toBe(`某县国土空间总体规划（2021—2035年${twenty}`);
    const long = '）等规定，制定本规划，本规划是县域国土空间的行动纲领';
    expect([...long].length).toBeGreaterThan(20);
    expect(read('某县国土空间总体规划（2021—2035年', long, ...body).title).toBe('某县国土空间总体规划（2021—2035年');
  });

  test('does not take a second line that only contains or starts with brackets', () => {
    expect(read('某县国土空间总体规划', '编制单位（2023年）', ...body).titleEnd).toBe(0);
    expect(read('某县国土空间总体规划', '（2021—2035年）送审稿', ...body).titleEnd).toBe(0);
    expect(read('某县国土空间总体规划', '（一）', ...body).titleEnd).toBe(0);
    expect(read('某县国土空间总体规划', '某（2021—2035年）', ...body).titleEnd).toBe(0);
  });

  test('is one line when nothing follows it', () => {
    expect(read('某县国土空间总体规划')).toMatchObject({ title: '某县国土空间总体规划', titleEnd: 0 });
  });
});

describe('a table of contents under 目录', () => {
  test('runs to its last entry: headings, page-numbered lines and appendix parts, blank lines skipped', () => {
    const f = read('某县规划', '目录', '', '第一章 总则……1', '', '前言 1', '第一节 规划目的 2', '附表 规划指标表', '前言', '第一章 总则', '第一条 规划目的', '正文。');
    expect(f.contents).toEqual(['第一章 总则……1', '前言 1', '第一节 规划目的 2', '附表 规划指标表']);
    expect(sorted(f.skip)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Said, with its lines, as every line left out is.
    expect(f.diagnostics).toEqual([{ severity: 'warning', line: 2, message: 'the 目录 (lines 2–8, 4 entries) is navigation, not plan text, and was left out' }]);
  });

  test('without page numbers ends where the first heading repeats, and keeps a wrapped entry', () => {
    const f = read('某县规划', '目录', '第一章 总则', '第二章 国土空间开发保护', '格局', '第三章 附则', '第一章 总则', '第一条 规划目的', '正文。');
    expect(f.contents).toEqual(['第一章 总则', '第二章 国土空间开发保护', '格局', '第三章 附则']);
  });

  test('ends at body text', () => {
    const f = read('某县规划', '目录', '第一章 总则 1', '第二章 格局 5', '本规划是县域国土空间保护的行动纲领。', '第三章 附则 9');
    expect(f.contents).toEqual(['第一章 总则 1', '第二章 格局 5']);
  });

  test('gives the body back its first heading when that heading has no page number and body text follows it', () => {
    // Chapters without their numbers (总则), the first provision right before the text: the entries carry pages, it does not.
    const paged = read('某县规划', '目录', '第一章 总则\t1', '第二章 格局\t3', '总则', '第一条 规划目的', '为落实国家战略，制定本规划。');
    expect(paged.contents).toEqual(['第一章 总则\t1', '第二章 格局\t3']);
    expect(sorted(paged.skip)).toEqual([0, 1, 2, 3]);
    // Entries without pages: the 第一条 is the only provision among them.
    expect(read('某县规划', '目录', '第一章 总则', '第二章 格局', '总则', '第一条 规划目的', '为落实国家战略，制定本规划。').contents).toEqual(['第一章 总则', '第二章 格局']);
    // A 目录 that lists provisions without pages keeps its last one: the body's text may open without a heading.
    expect(read('某县规划', '目录', '第一章 总则', '第一条 规划目的', '第二条 规划期限', '本规划是县域国土空间保护的行动纲领。').contents).toEqual(['第一章 总则', '第一条 规划目的', '第二条 规划期限']);
  });

  test('is read after a title too long to be a TOC entry', () => {
    const title = '新疆维吾尔自治区伊犁哈萨克自治州某县国土空间总体规划（2021—2035年）';
    const f = read(title, '目录', '第一章 总则 1', '第二章 格局 5', ...body);
    expect(f.contents).toEqual(['第一章 总则 1', '第二章 格局 5']);
  });

  test('may open the text, and may run to its end', () => {
    expect(read('目录', '第一章 总则 1', '第二章 格局 5', ...body).contents).toEqual(['第一章 总则 1', '第二章 格局 5']);
    expect(read('某县规划', '目录', '第一章 总则 1', '第二章 格局 5').contents).toEqual(['第一章 总则 1', '第二章 格局 5']);
  });

  test('is not looked for after the first heading', () => {
    const f = read('第一章 总则', '第一条 目的', '目录', '第二章 格局 5');
    expect(f.contents).toEqual([]);
    expect(f.skip.size).toBe(0);
  });

  test('with no entries is skipped with a warning at its line', () => {
    const f = read('某县规划', '目录', '本规划是县域国土空间保护的行动纲领。', ...body);
    expect(f.contents).toEqual([]);
    expect(sorted(f.skip)).toEqual([0, 1]);
    expect(f.diagnostics).toEqual([{ severity: 'warning', line: 2, message: 'a 目录 heading with no entries after it was skipped' }]);
  });
});

describe('a table of contents without a 目录 heading', () => {
  test('with dot leaders before the first heading is skipped, with a warning counting its lines', () => {
    const f = read('某县规划', '第一章 总则……………1', '第二章 格局……………5', ...body, '耕地保有量……………120');
    expect(f.contents).toEqual(['第一章 总则……………1', '第二章 格局……………5']);
    expect(sorted(f.skip)).toEqual([0, 1, 2]);
    expect(f.diagnostics).toEqual([{ severity: 'warning', line: null, message: '2 table-of-contents line(s) with dot leaders skipped (no 目录 heading)' }]);
  });

  test('with dot leaders is skipped in a text without any heading of the scheme', () => {
    const f = read('某县近期建设规划', '一、总体要求……………1', '二、重点任务……………5', '一、总体要求', '内容。');
    expect(f.contents).toEqual(['一、总体要求……………1', '二、重点任务……………5']);
  });

  test('with dot leaders is not looked for when the text opens with a heading', () => {
    const f = read('第一章 总则', '第一条 目的', '耕地保有量……………120');
    expect(f.contents).toEqual([]);
    expect(f.diagnostics).toEqual([]);
  });

  test('with page numbers right after the title is skipped when it has two entries or more', () => {
    const f = read('某县规划', '第一章 总则  1', '第二章 格局\t5', '附表 规划指标表  30', '编制说明  31', ...body);
    expect(f.contents).toEqual(['第一章 总则  1', '第二章 格局\t5', '附表 规划指标表  30']);
    expect(f.diagnostics).toEqual([{ severity: 'warning', line: 2, message: '3 table-of-contents line(s) with page numbers skipped (no 目录 heading)' }]);
    expect(read('某县规划', '第一章 总则  1', ...body).contents).toEqual([]);
  });

  test('with page numbers may make up the whole text', () => {
    expect(read('某县规划', '第一章 总则  1', '第二章 格局  5').contents).toEqual(['第一章 总则  1', '第二章 格局  5']);
  });
});

describe('running headers', () => {
  test('repeating the title, on one line or two, in book-title marks or not, are removed with a warning', () => {
    const top = (text: string) => ({ text, pageBreakBefore: true });
    const lines = ['某县国土空间总体规划', '（2021—2035年）', ...body, top('某县国土空间总体规划（2021—2035年）'), '第二条 规划范围', top('《某县国土空间总体规划（2021—2035年）》'), '（2021—2035年）', '本规划范围为县域。'];
    const f = read(...lines);
    expect(sorted(f.skip)).toEqual([0, 1, 5, 7, 8]);
    expect(f.diagnostics).toEqual([{ severity: 'warning', line: null, message: '3 repetition(s) of the title line removed as running headers: line(s) 6, 8, 9' }]);
  });

  test('beside the chapter or the page number on one line, either way round, are removed at a page\'s edge only', () => {
    const t = '某县国土空间总体规划（2021—2035年）';
    const top = (text: string) => ({ text, pageBreakBefore: true });
    const f = read(t, ...body, top(`${t}        第一章 总则`), '第二条 规划范围', top(`第一章 总则\t${t}`), '本规划范围为县域。', `${t}    12`, top(`《${t}》\u3000第二章 格局`), '第三条 格局', top(`${t} 第三章 实施`), '相关规划如下：', `${t}  专项规划名录`, '第四条 名录', '以批复文本为准。');
    expect(sorted(f.skip)).toEqual([0, 4, 6, 8, 9, 11]);
    expect(f.diagnostics).toEqual([{ severity: 'warning', line: null, message: '5 repetition(s) of the title line removed as running headers: line(s) 5, 7, 9, 10, 12' }]);
    // A title's bracketed second line is no header beside something.
    expect(sorted(read('某县国土空间总体规划', '（2021—2035年）', ...body, top('规划期限  （2021—2035年）'), '正文。').skip)).toEqual([0, 1]);
  });

  test("adding the cover's words or leaving out the years are removed too, and a line that only begins so stays", () => {
    const t = '某县国土空间总体规划（2021—2035年）';
    const top = (text: string) => ({ text, pageBreakBefore: true });
    const f = read(t, ...body, top(`${t}（送审稿）`), '第二条 规划范围', top(`${t}文本`), '本规划范围为县域。', top('某县国土空间总体规划'), top('《某县国土空间总体规划》'), top('某县国土空间总体规划实施'), top('某县国土空间总体规划（2021—2035年）实施方案'));
    expect(sorted(f.skip)).toEqual([0, 4, 6, 8, 9]);
    expect(f.diagnostics).toEqual([{ severity: 'warning', line: null, message: '4 repetition(s) of the title line removed as running headers: line(s) 5, 7, 9, 10' }]);
  });

  test('with the marks around the name only, 《题名》（2021—2035年）, are removed too', () => {
    const f = read('某县国土空间总体规划（2021—2035年）', ...body, { text: '《某县国土空间总体规划》（2021—2035年）', pageBreakBefore: true }, '第二条 规划范围', '本规划范围为县域。');
    expect(sorted(f.skip)).toEqual([0, 4]);
    expect(f.diagnostics).toEqual([{ severity: 'warning', line: null, message: '1 repetition(s) of the title line removed as running headers: line(s) 5' }]);
  });

  test('in a text without page breaks, the text\'s own list of the plan\'s documents, or the title named once, stay (the tester\'s list of 2026-12-03)', () => {
    const t = '某县国土空间总体规划（2021—2035年）';
    const list = read(t, ...body, '本规划成果目录如下：', `${t}文本`, `${t}图集`, `${t}说明`, t, '第二条 规划范围', '本规划范围为县域。');
    expect(sorted(list.skip)).toEqual([0]);
    expect(list.diagnostics.map((d) => d.message)).toEqual(['2 line(s) repeat the title and were kept as text (line(s) 6, 9): if one is a running header of a PDF export, delete it']);
    const once = read(t, ...body, '本规划的名称为：', t, '第二条 规划范围', '本规划范围为县域。');
    expect(sorted(once.skip)).toEqual([0]);
    // Kept, and said with its line.
    expect(once.diagnostics.map((d) => d.message)).toEqual(['1 line(s) repeat the title and were kept as text (line(s) 6): if one is a running header of a PDF export, delete it']);
    // Without page breaks, the title coming back alone page after page is a header: three times, six lines or more apart.
    const page = ['第二条 范围', '本规划范围为县域。', '第三条 期限', '规划期限为十五年。', '第四条 目标', '到2035年，格局形成。'];
    const pages = read(t, ...body, t, ...page, t, ...page, t, ...page);
    expect(sorted(pages.skip)).toEqual([0, 4, 11, 18]);
    // On a page's edge, the same lines are headers.
    const paged = read(t, ...body, { text: t, pageBreakBefore: true }, '第二条 规划范围', '本规划范围为县域。');
    expect(sorted(paged.skip)).toEqual([0, 4]);
  });
});
