import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkFigureReferences, { figureHomesLoader, type FigureReferenceOptions } from '../../src/markdown/remark-figure-references.ts';
import type { FigureDef } from '../../src/lib/geo/figures.ts';

/** Markdown in, HTML out, with the frontmatter Astro would put on the file. */
async function render(
  markdown: string,
  frontmatter: Record<string, unknown> = { version: 'ed2', chapter: 4, section: 4 },
  figures?: FigureDef[],
  homesOf?: FigureReferenceOptions['homesOf'],
) {
  const file = new VFile({ value: markdown, path: '/nowhere/note.md' });
  file.data.astro = { frontmatter };
  const out = await unified()
    .use(remarkParse)
    .use(remarkFigureReferences, { ...(figures ? { figures } : {}), ...(homesOf ? { homesOf } : {}) })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(out).trim();
}

describe('remark-figure-references', () => {
  it('links 附图3 to the figure anchor on the section page that shows it', async () => {
    expect(await render('构建总体结构（见附图3）。')).toBe(
      '<p>构建总体结构（见<a href="/ed2/4/4/#fig3" title="附图3 国土空间总体结构示意图" class="figref" data-figure="3">附图3</a>）。</p>',
    );
  });

  it('links each figure of a list, in the version of the file', async () => {
    const html = await render('延续传统格局（见附图5、附图6）。', { version: 'ed1', chapter: 12, section: 2 });
    expect([...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[2], m[1]])).toEqual([
      ['附图5', '/ed1/9/1/#fig5'],
      ['附图6', '/ed1/12/1/#fig6'],
    ]);
    expect(html).toContain('</a>、<a');
  });

  it('leaves other text, unknown figures, headings, code and existing links alone', async () => {
    const md = '附图9 不存在；图1 不是附图。\n\n## 附图1\n\n`附图1` 与 [附图2](/x/)';
    expect(await render(md)).toBe(
      '<p>附图9 不存在；图1 不是附图。</p>\n<h2>附图1</h2>\n<p><code>附图1</code> 与 <a href="/x/">附图2</a></p>',
    );
  });

  it('does nothing in a file outside the plan (no version in frontmatter or path)', async () => {
    expect(await render('见附图1。', {})).toBe('<p>见附图1。</p>');
  });

  it('follows the registry it is given', async () => {
    const figures = [{ number: 1, title: '测试图', layers: [], sections: [{ chapter: 2, section: 3 }], sources: [], note: '' }] as FigureDef[];
    expect(await render('见附图1、附图2。', { version: 'ed2', chapter: 1, section: 1 }, figures)).toBe(
      '<p>见<a href="/ed2/2/3/#fig1" title="附图1 测试图" class="figref" data-figure="1">附图1</a>、附图2。</p>',
    );
  });

  it('links a figure to where each version places it', async () => {
    const homesOf = (v: string) => new Map(v === 'ed3' ? [[3, { chapter: 4, section: 3 }]] : [[3, { chapter: 4, section: 4 }]]);
    expect(await render('见附图3。', { version: 'ed3', chapter: 4, section: 3 }, undefined, homesOf)).toContain('href="/ed3/4/3/#fig3"');
    expect(await render('见附图3。', { version: 'ed2', chapter: 4, section: 4 }, undefined, homesOf)).toContain('href="/ed2/4/4/#fig3"');
    expect(await render('见附图5。', { version: 'ed3', chapter: 4, section: 3 }, undefined, homesOf)).toBe('<p>见附图5。</p>');
  });

  it('places the committed editions\' figures where the registry says', () => {
    const homes = figureHomesLoader('content')('ed2');
    expect([...homes].map(([n, h]) => `${n}:${h.chapter}.${h.section}`)).toEqual(['1:1.3', '2:4.3', '3:4.4', '4:5.1', '5:9.1', '6:12.1']);
    expect(figureHomesLoader('content')('ed1').size).toBe(0);
  });
});

describe('remark-figure-references in the imported 附图 list', () => {
  it('makes each 附图N heading the figure\'s anchor on the whole-text page, linked to its home section', async () => {
    const html = await render('### 附图3 国土空间总体结构示意图\n\n### 附图9 未定义\n\n### 说明', { version: 'ed2', part: 1, kind: '附图' });
    expect(html).toBe(
      '<h3 id="fig3"><a href="/ed2/4/4/#fig3">附图3 国土空间总体结构示意图</a></h3>\n<h3>附图9 未定义</h3>\n<h3>说明</h3>',
    );
  });

  it('leaves the headings of other appendix parts alone', async () => {
    expect(await render('### 附图3 总体结构', { version: 'ed2', part: 2, kind: '附表' })).toBe('<h3>附图3 总体结构</h3>');
  });
});
