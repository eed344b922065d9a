import { compile, run } from '@mdx-js/mdx';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/plan-files.ts';
import { parseArticles } from '../../src/lib/plan-model.ts';
import { expectGolden } from './golden.ts';
import remarkArticleAnchors, { fileContext, type VersionInfo } from '../../src/markdown/remark-article-anchors.ts';

const versions: Record<string, VersionInfo> = {
  ed2: { title: '特克斯县国土空间总体规划（2021—2035年）', label: '整理稿第2版' },
};
const options = { versionInfo: (id: string) => versions[id] };

/** Markdown → HTML through remark-parse, the plugin, remark-rehype and rehype-stringify. */
function toHtml(markdown: string, file: { path?: string; frontmatter?: Record<string, unknown> } = {}): string {
  const vfile = new VFile({ value: markdown, path: file.path });
  if (file.frontmatter) vfile.data = { astro: { frontmatter: file.frontmatter } };
  const processor = unified().use(remarkParse).use(remarkArticleAnchors, options).use(remarkRehype).use(rehypeStringify);
  return String(processor.processSync(vfile));
}

const SECTION = `本节导言。

## 第十八条 生态保护红线

严格落实生态保护红线。

（一）第一项；

## 第十九条

第十九条的正文。

## 附表

表后文字。
`;

describe('remark-article-anchors', () => {
  const html = toHtml(SECTION, { path: 'content/plan/ed2/04/02.mdx' });
  const root = parse(html);

  it('renders a representative section as the snapshot shows', async () => {
    await expectGolden(html, './__snapshots__/remark-article-anchors.html', import.meta.filename);
  });

  it('gives the article heading the id a18 and splits number and title', () => {
    const h = root.querySelector('h2#a18')!;
    expect(h.classList.contains('article-heading')).toBe(true);
    expect(h.querySelector('.article-number')!.text).toBe('第十八条');
    expect(h.querySelector('.article-title')!.text).toBe('生态保护红线');
    expect(h.text).toBe('第十八条 生态保护红线');
  });

  it('wraps each article, heading to the next article heading, in a section labelled by the heading', () => {
    const sections = root.querySelectorAll('section.article');
    expect(sections.map((s) => [s.getAttribute('data-article'), s.getAttribute('aria-labelledby')])).toEqual([
      ['18', 'a18'],
      ['19', 'a19'],
    ]);
    expect(sections[0]!.querySelectorAll('p').map((p) => p.text)).toEqual(['严格落实生态保护红线。', '（一）第一项；']);
    // The lead stays outside every article.
    expect(root.childNodes.find((n) => n.toString().startsWith('<p>'))!.toString()).toBe('<p>本节导言。</p>');
  });

  it('adds a § permalink to the article anchor, hidden from search', () => {
    const tools = root.querySelector('#a18')!.parentNode!.querySelector('.article-tools')!;
    expect(tools.getAttribute('data-pagefind-ignore')).toBe('all');
    const a = tools.querySelector('a.permalink')!;
    expect(a.getAttribute('href')).toBe('#a18');
    expect(a.text).toBe('§');
    expect(a.getAttribute('aria-label')).toBe('第十八条的固定链接');
  });

  it('gives plan-cite the full citation and the article path, with a hidden copy button', () => {
    const cite = root.querySelector('section[data-article="18"] plan-cite')!;
    expect(cite.getAttribute('data-citation')).toBe('《特克斯县国土空间总体规划（2021—2035年）》（整理稿第2版）第四章第二节第十八条');
    expect(cite.getAttribute('data-path')).toBe('/ed2/4/2/#a18');
    const button = cite.querySelector('button.cite-button')!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.hasAttribute('hidden')).toBe(true);
    expect(button.text).toBe('复制引用');
  });

  it('handles an article heading without a title', () => {
    const h = root.querySelector('h2#a19')!;
    expect(h.querySelector('.article-title')).toBeNull();
    expect(h.text).toBe('第十九条');
    expect(root.querySelector('section[data-article="19"] plan-cite')!.getAttribute('data-citation')).toMatch(/第四章第二节第十九条$/);
  });

  it('leaves a non-article level-2 heading alone, inside the article it follows', () => {
    const h = root.querySelectorAll('h2').find((x) => x.text === '附表')!;
    expect(h.getAttribute('id')).toBeUndefined();
    expect(h.getAttribute('class')).toBeUndefined();
    expect(h.parentNode!.getAttribute('data-article')).toBe('19');
  });

  it('leaves level-3 headings that look like articles alone', () => {
    const out = toHtml('### 第十八条 不是条文\n', { path: 'content/plan/ed2/04/02.mdx' });
    expect(out).toBe('<h3>第十八条 不是条文</h3>');
  });

  it('cites and links an article of a chapter without sections at the chapter page', () => {
    const out = parse(toHtml('## 第十二条 直属条文\n\n正文。', { path: 'content/plan/ed2/03/index.mdx' }));
    const cite = out.querySelector('plan-cite')!;
    expect(cite.getAttribute('data-citation')).toBe('《特克斯县国土空间总体规划（2021—2035年）》（整理稿第2版）第三章第十二条');
    expect(cite.getAttribute('data-path')).toBe('/ed2/3/#a12');
  });

  it('takes version, chapter and section from the Astro frontmatter when the processor gives it', () => {
    const out = parse(toHtml('## 第十八条 标题', { path: 'somewhere/else.mdx', frontmatter: { version: 'ed2', chapter: 4, section: 2, title: 'x' } }));
    expect(out.querySelector('plan-cite')!.getAttribute('data-path')).toBe('/ed2/4/2/#a18');
  });

  it('prefers the frontmatter over the path when both are there', () => {
    const out = parse(toHtml('## 第十八条', { path: 'content/plan/ed2/01/01.mdx', frontmatter: { version: 'ed2', chapter: 4, section: 2 } }));
    expect(out.querySelector('plan-cite')!.getAttribute('data-citation')).toMatch(/第四章第二节第十八条$/);
  });

  it('leaves a file outside the plan alone', () => {
    const md = '## 第十八条 生态保护红线\n\n正文。';
    const plain = '<h2>第十八条 生态保护红线</h2>\n<p>正文。</p>';
    expect(toHtml(md, { path: 'content/notes/index.md' })).toBe(plain);
    expect(toHtml(md)).toBe(plain);
    expect(toHtml(md, { path: 'src/pages/about.mdx', frontmatter: { title: '关于' } })).toBe(plain);
  });

  it('keeps inline markup of a heading in the title text', () => {
    const out = parse(toHtml('## 第十八条 **生态**保护`红线`', { path: 'content/plan/ed2/04/02.mdx' }));
    expect(out.querySelector('.article-title')!.text).toBe('生态保护红线');
  });
});

describe('the plugin and the plan model agree', () => {
  it('anchors exactly the articles the model parses, in every file of the mini fixture', () => {
    const dir = 'tests/fixtures/mini/plan/t1';
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBe(6);
    for (const f of files) {
      const path = join(dir, f);
      const { body } = splitFrontmatter(readFileSync(path, 'utf8'));
      const ids = parse(toHtml(body, { path })).querySelectorAll('h2[id]').map((h) => h.getAttribute('id'));
      expect(ids, f).toEqual(parseArticles(body).articles.map((a) => `a${a.number}`));
    }
  });
});

describe('fileContext', () => {
  it('reads the location from the path or the frontmatter, and nothing for other files', () => {
    expect(fileContext(new VFile({ path: 'content/plan/ed2/04/02.mdx' }))).toEqual({ version: 'ed2', chapter: 4, section: 2 });
    expect(fileContext(new VFile({ path: 'content/plan/ed2/04/index.mdx' }))).toEqual({ version: 'ed2', chapter: 4, section: undefined });
    const f = new VFile({ path: 'x.mdx' });
    f.data = { astro: { frontmatter: { version: 'ed2', chapter: 3 } } };
    expect(fileContext(f)).toEqual({ version: 'ed2', chapter: 3, section: undefined });
    expect(fileContext(new VFile({ path: 'content/notes/index.md' }))).toBeNull();
  });
});

// A JSX runtime that renders to HTML strings, enough to run the compiled MDX.
type Node = string | number | boolean | null | undefined | Node[];
const Fragment = Symbol('Fragment');
function render(children: Node): string {
  if (Array.isArray(children)) return children.map(render).join('');
  return children === null || children === undefined || typeof children === 'boolean' ? '' : String(children);
}
function jsx(type: string | symbol | ((p: object) => string), props: Record<string, unknown>): string {
  const { children, ...attrs } = props;
  if (type === Fragment) return render(children as Node);
  if (typeof type === 'function') return type(props);
  const attributes = Object.entries(attrs)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k === 'className' ? 'class' : k}="${String(v)}"`))
    .join('');
  return `<${String(type)}${attributes}>${render(children as Node)}</${String(type)}>`;
}

describe('remark-article-anchors under MDX', () => {
  it('produces the same anchors, section, permalink and citation when compiled by @mdx-js/mdx', async () => {
    const file = new VFile({ value: SECTION, path: 'content/plan/ed2/04/02.mdx' });
    const code = String(await compile(file, { outputFormat: 'function-body', remarkPlugins: [[remarkArticleAnchors, options]] }));
    const { default: Content } = await run(code, { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url } as never);
    const out = parse((Content as (p: object) => string)({}));
    expect(out.querySelector('h2#a18 .article-title')!.text).toBe('生态保护红线');
    expect(out.querySelectorAll('section.article').map((s) => s.getAttribute('data-article'))).toEqual(['18', '19']);
    expect(out.querySelector('#a19')!.parentNode!.querySelector('a.permalink')!.getAttribute('href')).toBe('#a19');
    const cite = out.querySelector('section[data-article="18"] plan-cite')!;
    expect(cite.getAttribute('data-citation')).toBe('《特克斯县国土空间总体规划（2021—2035年）》（整理稿第2版）第四章第二节第十八条');
    expect(cite.getAttribute('data-path')).toBe('/ed2/4/2/#a18');
    expect(out.querySelector('button.cite-button')!.hasAttribute('hidden')).toBe(true);
  });
});
