/**
 * One fixture build with a version in each shape the URL contract treats
 * differently (issue 11): `dec`, a decimal-numbered text (1 / 1.1 / 1.1.1,
 * with a 专栏 box and an indicator table in 附表1), and `rules`, a flat text
 * (第一条（目的和依据）… without chapters), and `near`, an outline-numbered
 * near-term plan (一、/（一）/1., sections holding only lead text, a 专栏
 * with an indicator table in a section's lead), and `parts`, an outline text in
 * parts whose 一、 start again (第一部分 / 一、 / （一）), `pian`, rules in
 * 篇 without chapters (第一篇 / 第一条), `pchap`, chapters that start again
 * at 第一章 in each 篇 (第一篇 / 第一章 / 第一条), `chap`, outline numbering under
 * 第X章 (第一章 / 一、 / （一）), `jie`, 一、 provisions under 第X章 / 第X节,
 * and `two`, an outline text in two levels whose （一） are the provisions,
 * their titles run into their text (（一）指导思想。以…).
 * All are imported from the shape
 * fixtures by the importer, then built with the second plan's site file:
 * the pages docs/design.md names exist for each shape, contents pages list
 * what each shape has, and pages, citations, alias anchors and the search
 * indexes carry the numbers as printed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './built-site.ts';
import { runImport } from '../../src/lib/import/run.ts';

const temp = mkdtempSync(join(tmpdir(), 'shape-sites-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const content = join(temp, 'content');
const out = join(temp, 'out');

/** The second plan's site file and geodata, and the two shapes imported as versions (rules first, superseded). */
async function prepare(): Promise<string[]> {
  mkdirSync(content, { recursive: true });
  cpSync('tests/fixtures/second-plan/site.yaml', join(content, 'site.yaml'));
  cpSync('tests/fixtures/second-plan/geo', join(content, 'geo'), { recursive: true });
  const errors: string[] = [];
  for (const [input, version, date] of [
    ['tests/fixtures/import/shapes/flat.txt', 'rules', '2026-01-01'],
    ['tests/fixtures/import/shapes/outline-near-term.txt', 'near', '2026-01-15'],
    ['tests/fixtures/import/shapes/outline-parts.txt', 'parts', '2026-01-20'],
    ['tests/fixtures/import/shapes/law-parts.txt', 'pian', '2026-01-25'],
    ['tests/fixtures/import/shapes/law-parts-chapters.txt', 'pchap', '2026-01-26'],
    ['tests/fixtures/import/shapes/outline-chapters.txt', 'chap', '2026-01-28'],
    ['tests/fixtures/import/shapes/outline-sections.txt', 'jie', '2026-01-29'],
    ['tests/fixtures/import/shapes/outline-two.txt', 'two', '2026-01-30'],
    ['tests/fixtures/import/site/decimal.txt', 'dec', '2026-02-01'],
  ] as const) {
    const r = await runImport({ input, version, contentDir: content, today: date, stage: '公示稿', label: `${version}稿`, date });
    errors.push(...r.errors.map((e) => `${version}: ${e.message}`));
  }
  for (const older of ['rules', 'near', 'parts', 'pian', 'pchap', 'chap', 'jie', 'two']) {
    const file = join(content, `plan/${older}/_version.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: current', 'status: superseded'));
  }
  return errors;
}

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

// One import and one build for every group below.
const importErrors = await prepare();
const result = buildSite(content, out);

describe('the build of a site with a version in each shape', () => {
  it('imports every text and builds', () => {
    expect(importErrors).toEqual([]);
    expect(result.output).not.toMatch(/problem\(s\)/);
    expect(result.status).toBe(0);
  });

});

describe('the decimal and flat versions (dec, rules)', () => {
  it('has the pages docs/design.md names for each shape: sections for the decimal version, one chapter page and article pages for the flat one', () => {
    for (const path of ['dec', 'dec/1', 'dec/1/1', 'dec/1/2', 'dec/2/1', 'dec/a/1', 'dec/a/5', 'dec/all', 'dec/references', 'rules', 'rules/1', 'rules/a/1', 'rules/a/4', 'rules/all', 'latest/1/1']) {
      expect(existsSync(join(out, path, 'index.html')), path).toBe(true);
    }
    expect(existsSync(join(out, 'rules/1/1'))).toBe(false);
    expect(existsSync(join(out, 'dec/plan.json'))).toBe(true);
  });

  it('lists the decimal version\'s chapters, sections and article ranges by their printed numbers, then its 附表 and 专栏', () => {
    const html = page('dec');
    expect(html).toContain('<a href="/dec/1/">1 总则</a><span class="muted"> 1.1.1—1.2.1</span>');
    expect(html).toContain('<a href="/dec/1/1/">1.1 规划目的</a> <span class="muted">1.1.1—1.1.2</span>');
    // A section of one provision names it once, not 1.2.1—1.2.1.
    expect(html).toContain('<a href="/dec/1/2/">1.2 规划范围</a> <span class="muted">1.2.1</span>');
    expect(html).toContain('<a href="/dec/all/#appendix-1">附表1 规划指标表</a>');
    expect(html).toContain('<h2 id="boxes-heading">专栏</h2><ul class="toc boxes"><li><a href="/dec/2/1/#box-1">专栏1 重点项目</a></li></ul>');
    expect(page('dec/2/1')).toContain('<h3 id="box-1" class="box-heading">专栏1 重点项目</h3>');
  });

  it('lists the flat version\'s articles on its contents page, and never a 第一章', () => {
    const html = page('rules');
    expect(html).toContain('<ol class="toc"><li><a href="/rules/a/1/">第一条 目的和依据</a></li><li><a href="/rules/a/2/">第二条 适用范围</a></li>');
    for (const path of ['rules', 'rules/1', 'rules/a/3', 'rules/all']) expect(page(path), path).not.toContain('第一章');
  });

  it('prints 2.1.1 on the section page, in its citation and on the article page, never the ordinal 第四条', () => {
    const section = page('dec/2/1');
    expect(section).toContain('<h2 id="a4" class="article-heading"><span class="article-number">2.1.1</span></h2>');
    expect(section).toContain('data-citation="《某县国土空间近期规划（2021—2025年）》（dec稿）2.1.1"');
    expect(section).toContain('aria-label="2.1.1第一款"');
    const article = page('dec/a/4');
    expect(article).toMatch(/<title>2\.1\.1（dec稿）/);
    expect(article).toContain('<h1 id="a4" class="article-heading"><span class="article-number">2.1.1</span></h1>');
    expect(article).toContain('data-citation="《某县国土空间近期规划（2021—2025年）》（dec稿）2.1.1"');
    for (const [path, html] of [['dec/2/1', section], ['dec/all', page('dec/all')]]) expect(html, path).not.toMatch(/第[一二三四五]条/);
  });

  it('cites a flat version\'s article without a chapter', () => {
    expect(page('rules/1')).toContain('data-citation="《某县国土空间规划实施管理办法》（rules稿）第三条"');
  });

  it('gives each decimal provision its alias anchor #p<printed>, on its section page and on /all/', () => {
    expect(page('dec/2/1')).toContain('<span id="p2.1.1" class="article-alias"></span><h2 id="a4"');
    const all = page('dec/all');
    for (const p of ['1.1.1', '1.1.2', '1.2.1', '2.1.1', '2.1.2']) expect(all).toContain(`id="p${p}"`);
    for (let n = 1; n <= 5; n++) expect(all).toContain(`id="a${n}"`);
  });

  it('makes the rows of the indicator table in 附表1 citable on /all/', () => {
    expect(page('dec/all')).toContain('<plan-cite data-citation="《某县国土空间近期规划（2021—2025年）》（dec稿）附表1 规划指标表“耕地保有量”指标" data-path="/dec/all/#appendix-1-i1"');
  });

  it('puts the printed numbers into both search indexes: the citation index, and the indexed heading text', () => {
    const index = JSON.parse(readFileSync(join(out, 'search-index.json'), 'utf8')) as { versions: { version: string; articles: unknown[][] }[] };
    const dec = index.versions.find((v) => v.version === 'dec')!;
    expect(dec.articles.map((a) => a[4])).toEqual(['1.1.1', '1.1.2', '1.2.1', '2.1.1', '2.1.2']);
    // Pagefind indexes what is not marked data-pagefind-ignore: a printed 2.1.1 is indexed, a 第三条 made from the ordinal is not.
    expect(page('dec/2/1')).toMatch(/<span class="article-number">2\.1\.1<\/span>/);
    expect(page('rules/1')).toContain('<span class="article-number" data-pagefind-ignore="">第三条</span>');
  });

});

describe('the outline versions (near, parts, chap, jie, two)', () => {
  it('builds an outline version whose sections hold only lead text, and anchors and cites the indicator rows of a 专栏 in a lead', () => {
    expect(page('near/1/1')).toContain('具体数据以批复文本为准。');
    const html = page('near/2/1');
    expect(html).toContain('<h3 id="box-1" class="box-heading">专栏1 近期规划主要指标</h3>');
    expect(html).toContain('<tr id="box-1-i1">');
    expect(html).toContain('data-citation="《示例区国土空间近期规划（2021—2025年）》（near稿）二、（一）专栏1 近期规划主要指标“耕地保有量”指标" data-path="/near/2/1/#box-1-i1"');
    expect(page('near')).toContain('<li><a href="/near/2/1/#box-1">专栏1 近期规划主要指标</a></li>');
    expect(page('near/1/2')).toContain('<span class="article-number">2.</span> <span class="article-title">挑战</span>');
  });

  it('names the parts of an outline text in parts as printed: 第一部分 on the contents, in breadcrumbs and in every citation', () => {
    expect(page('parts')).toContain('<a href="/parts/2/">第二部分 重点任务</a>');
    const citation = '《某区国土空间近期规划（2021—2025年）》（parts稿）第二部分一、（二）';
    expect(page('parts/2/1')).toContain(`data-citation="${citation}"`);
    const article = page('parts/a/4');
    expect(article).toContain(`data-citation="${citation}"`);
    expect(article).toContain('第二部分 重点任务');
    // The 1. lines stay list items of their provision.
    const text = page('parts/2/1').replace(/<[^>]+>/g, '');
    expect(text).toMatch(/严格落实耕地保护任务：\s*1\. 永久基本农田面积不减少；\s*2\. 耕地质量不降低。\s*（二） 耕地质量建设/);
  });

  it('reads outline numbering under 第X章 as chapters, sections and provisions, each named as printed', () => {
    expect(page('chap')).toContain('<a href="/chap/2/">第二章 保护格局</a>');
    expect(page('chap/2')).toContain('<a href="/chap/2/1/">一、三条控制线</a>');
    const citation = '《某县国土空间总体规划（2021—2035年）》（chap稿）第二章一、（二）';
    expect(page('chap/2/1')).toContain(`data-citation="${citation}"`);
    expect(page('chap/a/4')).toContain(`data-citation="${citation}"`);
    // The 1. lines stay items of their provision.
    expect(page('chap/1/2').replace(/<[^>]+>/g, '')).toMatch(/1\.《中华人民共和国土地管理法》；\s*2\.《中华人民共和国城乡规划法》。\s*（二） 政策文件/);
  });

  it('reads an outline text in two levels as 一、 chapters holding （一） provisions, their run-in titles split from the text', () => {
    expect(page('two')).toContain('<a href="/two/2/">二、底线管控</a>');
    // No sections: the size leaves them out (it said 共 3 章 0 节 5 条).
    expect(page('two')).toContain('<p>共 3 章 5 条。');
    const chapter = page('two/2');
    expect(chapter).toContain('<span class="article-number">（一）</span> <span class="article-title">耕地保护</span>');
    const citation = '《某县国土空间规划实施要点》（two稿）二、（二）';
    expect(chapter).toContain(`data-citation="${citation}"`);
    expect(page('two/a/4')).toContain(`data-citation="${citation}"`);
    // The run-in title is the heading; the text starts after its full stop; the 1. lines stay items of the provision.
    expect(chapter).toContain('</a>严格落实耕地保护任务，具体指标以批复文本为准。</p>');
    expect(chapter.replace(/<[^>]+>/g, '')).toMatch(/主要包括：\s*1\.不得新建工业项目；\s*2\.不得擅自改变用途。/);
  });

  it('reads 一、 provisions under 第X章 / 第X节 as articles numbered within their section', () => {
    expect(page('jie/1')).toContain('<a href="/jie/1/2/">第二节 规划范围</a>');
    const citation = '《某县国土空间规划实施规定》（jie稿）第一章第一节二、';
    expect(page('jie/1/1')).toContain(`data-citation="${citation}"`);
    expect(page('jie/a/2')).toContain(`data-citation="${citation}"`);
    expect(page('jie/1/1').replace(/<[^>]+>/g, '')).toMatch(/（一）保护优先。\s*（二）节约集约。/);
  });

});

describe('the law version in parts (pian)', () => {
  it('makes the 篇 of rules without chapters their chapters, named as printed, with the articles numbered through the text', () => {
    expect(page('pian')).toContain('<a href="/pian/2/">第二篇 实施管理</a>');
    const chapter = page('pian/2');
    expect(chapter).toContain('<title>第二篇 实施管理（pian稿）');
    expect(chapter).toContain('id="a3"');
    expect(chapter).toContain('id="a5"');
    const article = page('pian/a/4');
    expect(article).toContain('data-citation="《某区国土空间规划管理规定》（pian稿）第二篇第四条"');
    expect(article).toMatch(/<a href="\/pian\/1\/#a2"[^>]*>第二条<\/a>/);
  });
});

describe('the law version whose chapters start again in each 篇 (pchap)', () => {
  it('numbers the chapters through the plan in its addresses and shows each as printed, the 篇 opening its first chapter', () => {
    const contents = page('pchap');
    expect(contents).toContain('<a href="/pchap/1/">第一章 总则</a>');
    expect(contents).toContain('<a href="/pchap/3/">第一章 空间结构</a>');
    expect(contents).toContain('<a href="/pchap/4/">第二章 实施保障</a>');
    const chapter = page('pchap/3');
    expect(chapter).toContain('<title>第一章 空间结构（pchap稿）');
    expect(chapter).toContain('第二篇：中心城区规划');
    expect(chapter).toContain('id="a4"');
    expect(page('pchap/1')).toContain('第一篇：市域总体规划');
    expect(existsSync(join(out, 'pchap/2/1/index.html'))).toBe(true);
    const article = page('pchap/a/3');
    expect(article).toMatch(/<a href="\/pchap\/1\/#a1"[^>]*>第一条<\/a>/);
    // The article's own page cites itself by its own address (the section's anchor is /pchap/4/#a5).
    expect(page('pchap/a/5')).toContain('data-path="/pchap/a/5/"');
    expect(page('pchap/4')).toContain('data-path="/pchap/4/#a5"');
  });
});
