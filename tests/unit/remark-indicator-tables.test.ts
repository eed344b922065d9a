import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkArticleAnchors from '../../src/markdown/remark-article-anchors.ts';
import remarkIndicatorTables, { isIndicatorHeader } from '../../src/markdown/remark-indicator-tables.ts';
import remarkBoxAnchors from '../../src/markdown/remark-box-anchors.ts';

async function render(markdown: string, path: string, frontmatter?: Record<string, unknown>): Promise<string> {
  const file = new VFile({ path, value: markdown });
  if (frontmatter) file.data = { astro: { frontmatter } };
  const out = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkBoxAnchors)
    .use(remarkArticleAnchors, { versionInfo: () => ({ title: '某县规划', label: '公示稿' }) })
    .use(remarkIndicatorTables, { versionInfo: () => ({ title: '某县规划', label: '公示稿' }) })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(out);
}

const TABLE = '| 指标 | 单位 | 属性 | 目标 |\n| --- | --- | --- | --- |\n| 耕地保有量 | 万亩 | 约束性 | 以批复文本为准 |\n| 林地保有量 | 万亩 | 约束性 | 以批复文本为准 |\n';

describe('indicator tables', () => {
  test('recognises a header naming 指标 and a unit, property, baseline or target column', () => {
    expect(isIndicatorHeader(['指标', '单位', '约束性/预期性', '2035年目标'])).toBe(true);
    expect(isIndicatorHeader(['名称', '面积'])).toBe(false);
    expect(isIndicatorHeader(['指标名称', '说明'])).toBe(false);
  });

  test('gives each row of an indicator table inside an article an anchor and a permalink', async () => {
    const html = await render(`## 第十八条 指标\n\n${TABLE}`, 'content/plan/ed9/04/02.mdx');
    expect(html).toContain('<tr id="a18-i1">\n<td><a href="#a18-i1" class="permalink" aria-label="第1项指标的固定链接" data-pagefind-ignore="">§</a> 耕地保有量 <plan-cite');
    expect(html).toContain('<tr id="a18-i2">');
  });

  test('gives each row inside an article a copy-citation control naming the article and the indicator', async () => {
    const html = await render(`## 第十八条 指标\n\n${TABLE}`, 'content/plan/ed9/04/02.mdx');
    expect(html).toContain('<plan-cite data-citation="《某县规划》（公示稿）第四章第二节第十八条“耕地保有量”指标" data-path="/ed9/4/2/#a18-i1" data-pagefind-ignore="all"><button type="button" class="cite-button" hidden>复制引用</button></plan-cite>');
    expect(html).toContain('data-path="/ed9/4/2/#a18-i2"');
  });

  test('anchors rows of an appendix part by the part, and leaves other tables alone', async () => {
    expect(await render(TABLE, 'content/plan/ed9/appendix/01.mdx')).toContain('<tr id="appendix-1-i2">');
    expect(await render(TABLE, 'content/plan/ed9/appendix/01.mdx')).not.toContain('<plan-cite');
    const plain = await render('## 第一条 面积\n\n| 名称 | 面积 |\n| --- | --- |\n| 甲 | 1 |\n', 'content/plan/ed9/01/01.mdx');
    expect(plain).not.toContain('id="a1-i1"');
  });

  test('gives each row of an indicator table in an appendix part the same copy-citation control, naming the part', async () => {
    const html = await render(TABLE, 'content/plan/ed9/appendix/01.mdx', { version: 'ed9', part: 1, kind: '附表', title: '附表1 规划指标表' });
    expect(html).toContain('<tr id="appendix-1-i1">\n<td><a href="#appendix-1-i1" class="permalink" aria-label="第1项指标的固定链接" data-pagefind-ignore="">§</a> 耕地保有量 <plan-cite data-citation="《某县规划》（公示稿）附表1 规划指标表“耕地保有量”指标" data-path="/ed9/all/#appendix-1-i1" data-pagefind-ignore="all"><button type="button" class="cite-button" hidden>复制引用</button></plan-cite>');
    expect(html).toContain('data-path="/ed9/all/#appendix-1-i2"');
  });

  test('anchors and cites the rows of an indicator table under a 专栏 heading in a section\'s lead by the box', async () => {
    const html = await render(`到2025年，格局基本形成。\n\n### 专栏1 近期规划主要指标\n\n${TABLE}`, 'content/plan/ed9/02/01.mdx');
    expect(html).toContain('<tr id="box-1-i1">');
    expect(html).toContain('<plan-cite data-citation="《某县规划》（公示稿）第二章第一节专栏1 近期规划主要指标“耕地保有量”指标" data-path="/ed9/2/1/#box-1-i1"');
  });

  test('leaves an indicator table in a section\'s lead without a 专栏 heading unanchored', async () => {
    expect(await render(`### 说明\n\n${TABLE}`, 'content/plan/ed9/02/01.mdx')).not.toContain('-i1"');
  });
});
