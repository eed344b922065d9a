/**
 * Hostile plan text: whatever the text says, the MDX the importer writes
 * parses, runs no code, and renders exactly the source's words.
 */
import { describe, expect, test } from 'vitest';
import { escapeMdxText, yamlScalar } from '../../src/lib/import/escape.ts';
import { renderArticle, renderBlock } from '../../src/lib/import/render.ts';
import { parsePlan } from '../../src/lib/import/parse.ts';
import { textToLines } from '../../src/lib/import/lines.ts';
import { parseArticles, toPlainText } from '../../src/lib/plan-model.ts';
import { parse as parseYaml } from 'yaml';
import { htmlText, renderMdx } from './import-helpers.ts';
import { renderPlanFile } from '../../src/markdown/plan-html.ts';

/** The site's rendering of a plan file's body (plan-html.ts: Markdown by MDX's syntax rules), outside any version. */
const renderOnSite = (body: string) => renderPlanFile({ collection: 'hostile', id: body, body, data: {} });

const HOSTILE = [
  '{alert(1)}',
  '<script>alert(1)</script>',
  'import fs from "node:fs"',
  'export const x = 1',
  'Export default {}',
  '</div>',
  '{/* comment */}',
  '<!-- hidden -->',
  '*强调* 与 _下划线_ 与 **粗体**',
  '# 不是标题',
  '> 不是引用',
  '- 不是列表',
  '+ 也不是列表',
  '1. 不是有序列表',
  '2) 也不是',
  '[链接](javascript:alert(1))',
  '![图](x.png)',
  '`代码` 与 ```围栏```',
  '~~删除~~ 与 2021~2035 与 ~单~',
  'a | b | c',
  '&lt; 与 &amp; 与 &#123;',
  '\\{ 反斜杠 \\',
  '---',
  '===',
  '    四个空格',
  '$x$ 与 $$y$$',
  '<https://example.com>',
  'http://example.com/a_b_c',
  '{',
  '}',
  'x < y > z',
];

describe('escaping', () => {
  test('each hostile line compiles as MDX and renders its literal text', async () => {
    for (const line of HOSTILE) {
      const html = await renderMdx(escapeMdxText(line));
      // The only elements are the paragraph and, for a web address, a link.
      expect(html, line).toMatch(/^<p>[\s\S]*<\/p>$/);
      expect(html.replace(/<a href="(https?:\/\/|mailto:)[^"]*">|<\/a>/g, ''), line).toMatch(/^<p>[^<]*<\/p>$/);
      expect(htmlText(html).trim(), line).toBe(line.trim());
    }
  });

  test('each hostile line renders its literal text on the site too, where plan files are read as Markdown', async () => {
    for (const line of HOSTILE) {
      const html = (await renderOnSite(escapeMdxText(line))).trim();
      expect(html, line).toMatch(/^<p>[\s\S]*<\/p>$/);
      expect(html.replace(/<a href="(https?:\/\/|mailto:)[^"]*">|<\/a>/g, ''), line).toMatch(/^<p>[^<]*<\/p>$/);
      expect(htmlText(html).trim(), line).toBe(line.trim());
    }
  });

  test('a whole plan of hostile text parses, imports and renders with every word intact', async () => {
    // An HTML comment is converter debris: the importer drops it (issue 11), so it is checked apart.
    const inPlan = HOSTILE.filter((l) => l.trim() && !/^[-=]+$/.test(l) && !l.startsWith('<!--'));
    const text = ['规划', '第一章 总则', '第一条 {标题}', ...inPlan, '<!-- hidden -->', '第二条 <b>粗</b>', '正文 `x`。'].join('\n');
    const plan = parsePlan(textToLines(text).lines);
    const articles = plan.chapters[0]!.articles;
    const mdx = articles.map(renderArticle).join('\n\n');
    const html = await renderMdx(mdx);
    expect(html).not.toMatch(/<script|<b>|<div|<img|<code|<em|<strong|<del|<h1|<ol|<ul|<blockquote|<pre|<hr/);
    // GFM may still link a web address (its text intact), never anything else.
    for (const m of html.matchAll(/<a href="([^"]*)"/g)) expect(m[1]).toMatch(/^(https?:\/\/|mailto:)/);
    expect(html).toContain('<h2>第一条 {标题}</h2>');
    expect(html).toContain('<h2>第二条 &lt;b&gt;粗&lt;/b&gt;</h2>');
    for (const line of inPlan) expect(htmlText(html)).toContain(line.trim());
    expect(htmlText(html)).not.toContain('hidden');
    // The same on the site.
    const site = await renderOnSite(mdx);
    expect(site).not.toMatch(/<script|<b>|<div|<img|<code|<em|<strong|<del|<h1|<ol|<ul|<blockquote|<pre|<hr/);
    for (const m of site.matchAll(/<a href="([^"]*)"/g)) expect(m[1]).toMatch(/^(https?:\/\/|mailto:)/);
    for (const line of inPlan) expect(htmlText(site)).toContain(line.trim());
  });

  test('the escaped text reads back as the source text through the plan model', () => {
    const a = parsePlan(textToLines('规划\n第一章 总则\n第一条 {标题}\n*强调* <x> {y} 1. ~z~\n').lines).chapters[0]!.articles[0]!;
    const [parsed] = parseArticles(renderArticle(a)).articles;
    expect(parsed!.title).toBe('{标题}');
    expect(toPlainText(parsed!.body)).toBe('*强调* <x> {y} 1. ~z~');
  });

  test('table cells with pipes and braces stay inside their cells', async () => {
    const md = renderBlock({ kind: 'table', rows: [['a|b', '{c}'], ['<d>', '']], line: 1 });
    const html = await renderMdx(md);
    expect(html).toBe('<table><thead><tr><th>a|b</th><th>{c}</th></tr></thead><tbody><tr><td>&lt;d&gt;</td><td></td></tr></tbody></table>');
  });

  test('frontmatter scalars that YAML would misread are quoted', () => {
    for (const v of ['总则', 'yes', '2026-01-01', '- x', 'a: b', '#c', '"q"', "it's", '123', '', '{x}', '[y]', '附表 1']) {
      expect(parseYaml(`t: ${yamlScalar(v)}`), v).toEqual({ t: v });
    }
  });
});
