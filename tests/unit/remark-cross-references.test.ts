import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import remarkGfm from 'remark-gfm';
import remarkCrossReferences, { planLoader, UnresolvedReferenceError } from '../../src/markdown/remark-cross-references.ts';
import remarkArticleAnchors from '../../src/markdown/remark-article-anchors.ts';
import type { XrefPlan } from '../../src/lib/xref.ts';

/** A small in-memory version: chapter 4 with sections 1–2, chapter 5 without sections. */
const plan: XrefPlan = {
  version: 'ed2',
  articles: new Map([
    [17, { chapter: 4, section: 1, preview: '落实主体功能区战略：……' }],
    [18, { chapter: 4, section: 2, preview: '生态保护红线：严格落实生态保护红线' }],
    [19, { chapter: 4, section: 2, preview: '永久基本农田：“引号”<与>&' }],
    [20, { chapter: 5, preview: '生态安全格局' }],
  ]),
  chapters: new Map([
    [4, { title: '国土空间开发保护格局', sections: new Map([[1, { title: '落实主体功能区战略' }], [2, { title: '统筹划定三条控制线' }]]) }],
    [5, { title: '生态空间保护与修复', sections: new Map() }],
  ]),
};

const here = { version: 'ed2', chapter: 4, section: 2 };
const loadPlan = (v: string) => {
  if (v !== 'ed2') throw new Error(`no version ${v}`);
  return plan;
};

async function render(markdown: string, frontmatter: Record<string, unknown> = here, path = `${process.cwd()}/content/plan/ed2/04/02.mdx`) {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [remarkGfm, [remarkCrossReferences, { loadPlan }]],
  });
  const { code } = await processor.render(markdown, { frontmatter, fileURL: new URL(`file://${path}`) });
  return code.trim();
}

describe('remark-cross-references', () => {
  it('links an article reference to its section page, with its id (the preview is looked up by it)', async () => {
    expect(await render('按照第十八条执行。')).toBe(
      '<p>按照<a href="/ed2/4/2/#a18" class="xref" data-xref="a18">第十八条</a>执行。</p>',
    );
  });

  it('links each number of a list and both ends of a range', async () => {
    const html = await render('第十七、十八条和第十八条至第二十条');
    expect([...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[2], m[1]])).toEqual([
      ['第十七', '/ed2/4/1/#a17'],
      ['十八条', '/ed2/4/2/#a18'],
      ['第十八条', '/ed2/4/2/#a18'],
      ['第二十条', '/ed2/5/#a20'],
    ]);
    expect(html).toContain('、<a');
    expect(html).toContain('</a>至<a');
  });

  it('resolves 本章 and 本节 to where the file is', async () => {
    expect(await render('本章和本节')).toBe(
      '<p><a href="/ed2/4/" class="xref" data-xref="c4">本章</a>和<a href="/ed2/4/2/" class="xref" data-xref="c4s2">本节</a></p>',
    );
  });

  it('carries no preview text in the page: the tooltip looks it up by id in the version\'s previews', async () => {
    expect(await render('第十九条')).not.toContain('data-preview');
    expect(await render('第十九条')).toContain('data-xref="a19"');
  });

  it('links references inside emphasis, lists and table cells', async () => {
    const html = await render('**第四章**\n\n- 见第十八条\n\n| 条 | 说明 |\n| --- | --- |\n| 第十七条 | 甲 |\n');
    expect(html).toContain('<strong><a href="/ed2/4/"');
    expect(html).toContain('<li>见<a href="/ed2/4/2/#a18"');
    expect(html).toContain('<td><a href="/ed2/4/1/#a17"');
  });

  it('does not link references to other documents, 前款 or 本条', async () => {
    const markdown = '依据《土地管理法》第三十条、该法第十条和《若干意见》（中发〔2019〕18号）第三条；前款和本条第二款除外。';
    expect(await render(markdown)).toBe(`<p>${markdown}</p>`);
  });

  it('does not link inside headings, existing links or code', async () => {
    const html = await render('## 第十八条 生态保护红线\n\n[第十八条](https://example.org/) `第十八条`\n\n```\n第十八条\n```');
    expect(html).not.toContain('class="xref"');
  });

  it('leaves a file outside the plan alone', async () => {
    expect(await render('第九十九条', {}, `${process.cwd()}/content/notes/index.md`)).toBe('<p>第九十九条</p>');
  });

  it('fails on a reference that leads nowhere, naming the file, line and text', async () => {
    const error = await render('第一段。\n\n第二段依照第九十九条\n和第九章执行。').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnresolvedReferenceError);
    expect((error as Error).message).toContain(
      '2 cross-reference(s) lead nowhere:\n' +
        '  content/plan/ed2/04/02.mdx:3: “第九十九条”: there is no article 99 (the version has 4) in version ed2\n' +
        '  content/plan/ed2/04/02.mdx:4: “第九章”: there is no chapter 9 in version ed2\n',
    );
    expect([(error as UnresolvedReferenceError).line, (error as UnresolvedReferenceError).column]).toEqual([3, 6]);
  });

  it('fails on 本节 in a chapter file without sections', async () => {
    const error = await render('本节', { version: 'ed2', chapter: 5 }, `${process.cwd()}/content/plan/ed2/05/index.mdx`).catch((e: unknown) => e);
    expect((error as Error).message).toContain('content/plan/ed2/05/index.mdx:1: “本节”: 本节 is used outside a section');
  });

  it('runs after the article anchors transform without touching article headings', async () => {
    const processor = await createMarkdownProcessor({
      syntaxHighlight: false,
      remarkPlugins: [
        [remarkArticleAnchors, { versionInfo: () => ({ title: '特克斯县国土空间总体规划（2021—2035年）', label: '整理稿第2版' }) }],
        [remarkCrossReferences, { loadPlan }],
      ],
    });
    const { code } = await processor.render('## 第十八条 生态保护红线\n\n按照第十七条执行。', { frontmatter: here });
    expect(code).toContain('<h2 id="a18"');
    expect(code.match(/class="xref"/g)).toHaveLength(1);
    expect(code).toContain('<a href="/ed2/4/1/#a17" class="xref"');
  });

  it('closes each article with the articles that cite it', async () => {
    const cited: XrefPlan = { ...plan, citedBy: new Map([[18, [17, 20]]]) };
    const processor = await createMarkdownProcessor({
      syntaxHighlight: false,
      remarkPlugins: [
        [remarkArticleAnchors, { versionInfo: () => ({ title: '示例', label: '整理稿第2版' }) }],
        [remarkCrossReferences, { loadPlan: () => cited }],
      ],
    });
    const { code } = await processor.render('## 第十八条 生态保护红线\n\n严格落实。\n\n## 第十九条\n\n无。', { frontmatter: here });
    const article18 = code.slice(code.indexOf('data-article="18"'), code.indexOf('data-article="19"'));
    expect(article18).toContain(
      '<p class="cited-by" data-pagefind-ignore="all">被引用：<a href="/ed2/4/1/#a17" class="xref" data-xref="a17">第十七条</a>、<a href="/ed2/5/#a20" class="xref" data-xref="a20">第二十条</a></p></section>',
    );
    expect(code.match(/class="cited-by"/g)).toHaveLength(1);
  });

  it('gives MDX the same link attributes', async () => {
    const file = new VFile({ value: '按照第十八条执行。', path: `${process.cwd()}/content/plan/ed2/04/02.mdx`, data: { astro: { frontmatter: here } } });
    const js = String(await compile(file, { remarkPlugins: [[remarkCrossReferences, { loadPlan }]] }));
    expect(js).toContain('href: "/ed2/4/2/#a18"');
    expect(js).toContain('"data-xref": "a18"');
    expect(js).toContain('className: "xref"');
  });
});

describe('planLoader', () => {
  it('reads a version from a content folder and resolves its articles', () => {
    const load = planLoader('tests/fixtures/mini');
    const fixture = load('t1');
    expect(fixture.articles.get(4)).toEqual({ chapter: 2, section: undefined, preview: '第四条 直属条文：本章不设节，条文直接隶属于章。' });
    expect(fixture.chapters.get(1)?.sections.get(2)).toEqual({ title: '规划效力', label: '第二节' });
    expect(fixture.citedBy).toBeInstanceOf(Map);
    expect(load('t1')).toBe(fixture);
  });
});
