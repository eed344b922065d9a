/** pandoc's Markdown notation read back (src/lib/import/pandoc-markdown.ts). It was kept as text: {#id .unnumbered}, ^2^, 2021---2035, a YAML block as a 前言. */
import { describe, expect, test } from 'vitest';
import { pandocMarkdownLine, withoutFrontMatter } from '../../src/lib/import/pandoc-markdown.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';

describe("pandoc's Markdown", () => {
  test.each([
    ['# 第一章 总则 {#第一章-总则 .unnumbered}', '# 第一章 总则'],
    ['为落实国家战略，[严格保护耕地]{.underline}，制定本规划。', '为落实国家战略，<u>严格保护耕地</u>，制定本规划。'],
    ['[见附图]{.mark}', '见附图'],
    ['面积12.5km^2^，CO~2~排放下降18%。\\', '面积12.5km²，CO₂排放下降18%。'],
    ['规划期限为2021---2035年，第1--3项……以及......和...', '规划期限为2021—2035年，第1–3项……以及……和…'],
    ['“‘三区三线\'”', '“‘三区三线’”'],
    ['-   坚持生态优先；', '坚持生态优先；'],
    ['1.  坚持生态优先；', '1.  坚持生态优先；'],
    ['::: {custom-style="Body Text"}', ''],
    [':::', ''],
    ['---', ''],
    ['==================', ''],
    ['* * *', ''],
    ['|---|:--:|', '|---|:--:|'],
    ['10\\~20', '10\\~20'],
    ['+------------+--------+', '+------------+--------+'],
    ['总则........3', '总则........3'],
    ['第1----2项', '第1----2项'],
  ])('reads %s', (line, text) => {
    expect(pandocMarkdownLine(line)).toBe(text);
  });

  test('a YAML block at the top gives its title and nothing else', () => {
    const { lines, title, block } = withoutFrontMatter(['---', 'title: "某县国土空间总体规划"', 'author: 某县人民政府', '---', '', '# 第一章 总则']);
    expect(title).toBe('某县国土空间总体规划');
    expect(block).toEqual([1, 4]);
    expect(lines).toEqual(['某县国土空间总体规划', '', '', '', '', '# 第一章 总则']);
    // A rule further down is no YAML block.
    expect(withoutFrontMatter(['某县规划', '---', 'title: x', '---']).block).toBeUndefined();
  });

  test('a whole file: the title from the YAML block, no 前言, the notation gone, and a warning that says so', () => {
    const text = ['---', 'title: 某县国土空间总体规划（2021—2035年）', '---', '', '# 第一章 总则 {#zongze}', '', '## 第一条 规划期限 {#a1}', '', '规划期限为2021---2035年，[严格执行]{.underline}。', '', '---', ''].join('\n');
    const { lines, diagnostics } = textToLines(text, { markdown: true });
    const plan = parsePlan(lines);
    expect(plan.title).toBe('某县国土空间总体规划（2021—2035年）');
    expect(plan.parts).toEqual([]);
    expect(plan.chapters[0]!.title).toBe('总则');
    const body = JSON.stringify(plan.chapters[0]!.articles[0]!.blocks);
    expect(body).toContain('规划期限为2021—2035年，');
    expect(body).toContain('严格执行');
    expect(body).not.toMatch(/\{#|---|underline/);
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/YAML block at lines 1–3 is pandoc's, not plan text: left out, its title “某县国土空间总体规划（2021—2035年）” read as the title line/);
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/line\(s\) with pandoc's Markdown notation read back as text/);
  });
});
