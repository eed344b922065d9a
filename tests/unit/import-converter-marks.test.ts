/** Converter marks that are not the plan's words (src/lib/import/debris.ts, lines.ts): links to bookmarks (a pandoc 目录 made an untitled 前言), images, span tags, Markdown emphasis. */
import { describe, expect, test } from 'vitest';
import { debrisMessage, removeConverterDebris } from '../../src/lib/import/debris.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { htmlFileToLines } from '../../src/lib/import/docx.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';

describe('links to bookmarks', () => {
  test('keep their text, nested ones too, and are counted; a link elsewhere stays', () => {
    const { lines, count } = removeConverterDebris([
      '[第一章 总则 [1](#_Toc1001)](#_Toc1001)',
      '见[第十八条](#a18)和[规划网站](https://example.org/)。',
    ]);
    expect(lines).toEqual(['第一章 总则 1', '见第十八条和[规划网站](https://example.org/)。']);
    expect(count.links).toBe(2);
  });

  test('so a 目录 written as links is read as a 目录, not kept as a part before chapter 1', () => {
    const toc = ['目录', '', '[第一章 总则 [1](#_Toc1001)](#_Toc1001)', '', '[第二章 目标 [2](#_Toc1003)](#_Toc1003)', ''];
    const body = ['第一章 总则', '第一条 规划目的', '编制本规划。', '第二章 目标', '第二条 目标', '以批复文本为准。'];
    const { lines, diagnostics } = textToLines(['某县国土空间总体规划', '', ...toc, ...body].join('\n'));
    expect(diagnostics.map((d) => d.message).join('\n')).toContain('links to bookmarks such as [第一章 总则 1](#_Toc…) on 2 line(s), their text kept');
    const plan = parsePlan(lines);
    expect(plan.parts).toEqual([]);
    expect(plan.chapters.map((c) => c.title)).toEqual(['总则', '目标']);
  });
});

describe('images, spans and Markdown emphasis (review of 2026-12-03: kept as text, an image before 第一章 made a 前言)', () => {
  test('images and span tags go as debris, their count reported; italic marks go, their text stays', () => {
    const text = ['某县规划', '', '![](images/3f2a.jpg)', '', '第一章 总则', '第一条 格局', '构建<span style="color:red">“一核两轴”</span>格局，*斜体*与***粗斜体***。', '', '![县域空间结构](images/d4.png "结构图")', '<img src="x.png">', '图1 国土空间总体格局示意图'].join('\n');
    const { lines, diagnostics } = textToLines(text, { markdown: true });
    const message = diagnostics.map((d) => d.message).join('\n');
    expect(message).toContain('3 image(s) such as ![](images/….jpg)');
    expect(message).toContain('1 <span>/<font> tag(s), their text kept');
    const plan = parsePlan(lines);
    expect(plan.parts).toEqual([]);
    expect(JSON.stringify(plan.chapters[0]!.articles[0]!.blocks)).not.toMatch(/images|span|\*/);
  });

  test('struck-through text is kept, marks and all, and named at its line', () => {
    const { diagnostics } = textToLines(['某县规划', '第一章 总则', '第一条 目标', '耕地保有量~~120~~不低于118万亩。'].join('\n'), { markdown: true });
    expect(diagnostics.map((d) => [d.line, d.message])).toContainEqual([4, 'struck-through text “120” is kept with its ~~ marks: delete it if the approved text struck it out, or remove the marks']);
  });
});

describe('headings split in two by MinerU (review of 2026-12-03: the scheme read them as unnumbered headings, and errors named numbers the text does not have)', () => {
  test('the number over its title, as two headings of one level, are one heading', () => {
    const text = ['# 某县国土空间总体规划', '', '# 第一章', '', '# 总则', '', '第一条 为落实国家战略，制定本规划。', '', '# 第二章', '', '# 保护格局', '', '## 第一节', '', '## 耕地保护', '', '第二条 严格保护耕地。'].join('\n');
    const { lines, diagnostics } = textToLines(text, { markdown: true });
    expect(diagnostics.map((d) => d.message)).toContain('3 heading(s) split in two, the number over its title (# 第一章 / # 总则), read as one, at line(s) 3, 9, 13');
    const plan = parsePlan(lines);
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(plan.chapters.map((c) => [c.number, c.title, c.sections.map((s) => s.title)])).toEqual([[1, '总则', []], [2, '保护格局', ['耕地保护']]]);
  });
});

describe('an escaped | in a Markdown pipe table (review of 2026-12-03: it split the cell, and every row gained a column)', () => {
  test('is a | inside its cell', () => {
    const text = ['某县规划', '第一章 总则', '第一条 指标', '', '| 指标 | 说明 |', '| --- | --- |', '| 耕地 | a\\|b |', '| 森林覆盖率 | \\>30% |', '', '第二条 实施', '严格落实，a\\|b 照写。'].join('\n');
    const { lines } = textToLines(text, { markdown: true });
    const plan = parsePlan(lines);
    expect(plan.chapters[0]!.articles[0]!.blocks).toMatchObject([{ kind: 'table', rows: [['指标', '说明'], ['耕地', 'a|b'], ['森林覆盖率', '>30%']] }]);
    expect(plan.chapters[0]!.articles[1]!.blocks).toMatchObject([{ text: '严格落实，a|b 照写。' }]);
  });
});

describe('Markdown that looks like notation but is the text (review of 2026-12-03)', () => {
  test('a page number - 3 - goes as one; real asterisks stay', () => {
    const { lines, diagnostics } = textToLines(['某县规划', '第一章 总则', '### 第一条 规划期限', '规划期限为2021年至2035年。', '', '- 3 -', '', '### 第二条 指标', '带*号指标为约束性指标，不带*号为预期性指标。', '', '|指标*|单位|属性*|', '|---|---|---|', '|耕地|万亩|约束性|'].join('\n'), { markdown: true });
    expect(diagnostics.map((d) => d.message).join('\n')).toContain('1 page-number line(s) of a PDF export removed, at line(s) 6');
    const texts = lines.map((l) => l.text);
    expect(texts).not.toContain('3 -');
    expect(texts).toContain('带*号指标为约束性指标，不带*号为预期性指标。');
    expect(texts.find((t) => t.startsWith('|指标'))).toBe('|指标*|单位|属性*|');
  });
});

describe('HTML comments (tester, 2026-12-03 evening)', () => {
  test('are blanked on one line or across several, the line count kept, and one holding Chinese text is quoted', () => {
    const { lines, count } = removeConverterDebris(['甲<!-- x -->乙<!--注：待核实-->丙', '前<!-- a', 'b -->后<!--c-->', '尾']);
    expect(lines).toEqual(['甲乙丙', '前', '后', '尾']);
    expect(count.comments).toBe(4);
    expect(count.commentTexts).toEqual([{ line: 1, text: '注：待核实' }]);
  });

  test('a <!-- left open is kept even when a later comment closes, and page markers are not quoted (review of 2026-12-03)', () => {
    const { lines, count } = removeConverterDebris(['甲<!-- open', '乙', '丙 <!-- x --> 丁', '<!-- 第2页 -->']);
    expect(lines).toEqual(['甲<!-- open', '乙', '丙  丁', '']);
    expect(count.unclosedComment).toBe(1);
    expect(count.commentTexts).toEqual([]);
  });

  test('a <!-- that no --> closes is kept as text, and the rest of the plan with it', () => {
    const text = ['某县国土空间总体规划', '第一章 总则', '第一条 规划目的', '为统筹保护，制定本规划。<!--此处待核实', '第二条 规划范围', '规划范围为某县全域。'].join('\n');
    const { lines, diagnostics } = textToLines(text);
    const plan = parsePlan(lines);
    expect(plan.chapters[0]!.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(plan.chapters[0]!.articles[0]!.blocks.map((b) => JSON.stringify(b)).join('')).toContain('此处待核实');
    expect(diagnostics.map((d) => d.message).join('\n')).toContain('line 4: a <!-- that no --> closes is kept as text');
  });
});

describe('HTML character references (tester, 2026-12-03 evening: pages saved from a government site)', () => {
  test('are read as the characters they name in an HTML file, its tables and Markdown, and left as typed in plain text', () => {
    const html = htmlFileToLines('<html><body><p>落实&ldquo;三区三线&rdquo;要求&hellip;</p><table><tr><td>耕地保有量</td><td>&ge;50</td></tr></table></body></html>');
    expect(html.lines.map((l) => l.text).join('|')).toContain('落实“三区三线”要求…');
    expect(JSON.stringify(html.lines.filter((l) => l.table).map((l) => l.table))).toContain('≥50');
    const md = textToLines('# 某县规划\n\n耕地保有量&ge;50万亩，&#8220;双评价&#8221;&nbsp;完成。', { markdown: true });
    expect(md.lines.map((l) => l.text)).toContain('耕地保有量≥50万亩，“双评价” 完成。');
    const cells = removeConverterDebris(['<table><tr><td>用水&amp;能耗</td><td>&le;1.2</td></tr></table>']);
    expect([...cells.tables.values()]).toEqual([[['用水&能耗', '≤1.2']]]);
    expect(textToLines('某县规划\n\n写作&ge;的字样。').lines.map((l) => l.text)).toContain('写作&ge;的字样。');
    // Markdown needs the semicolon: an address keeps its &notice= (the HTML rule would read &not as ¬).
    expect(textToLines('# 某县规划\n\n见 http://example.gov.cn/show.jsp?id=12&notice=3&section=2 。', { markdown: true }).lines.map((l) => l.text).join('')).toContain('?id=12&notice=3&section=2');
  });
});

describe('merged cells of an HTML table in a text (tester, 2026-12-03 evening)', () => {
  test('a body cell merged over rows or columns is named, the header\'s are not', () => {
    const { count } = removeConverterDebris(['<table><tr><th colspan="2">类别</th><th>指标</th></tr><tr><td rowspan="2">交通</td><td>公路</td><td>1</td></tr><tr><td>铁路</td><td>2</td></tr></table>']);
    expect(count.mergedCells).toEqual({ down: ['交通'], across: [] });
    expect(debrisMessage(count)).toContain('1 table cell(s) merged over several rows stand in the first of those rows only: “交通”');
  });
});
