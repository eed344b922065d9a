/**
 * Plan text as HTML: a chapter, section or appendix file's Markdown body (its
 * page, the whole text) and one article on its own (the article page, issue
 * 6), each through the same transforms (src/markdown/plugins.ts), so an
 * article reads the same on every page. Plan files are read as Markdown, never
 * compiled to modules (src/data/markdown-files.ts): Vite bundled every file
 * as an MDX module, which cost a build seconds and hundreds of MB at 10×
 * content (issue 17). The processor is made once; in a build each file and
 * article is rendered once (`/latest/…` shows the same HTML as the newest
 * version's page), while the dev server renders afresh, as a file or the
 * files citing it may have changed (watch-mode.ts).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { processorOptions } from './plugins.ts';
import remarkMdxSyntax from './remark-mdx-syntax.ts';
import { planFilesWatched } from './watch-mode.ts';
import { formatArticleHeading, type Article } from '../lib/plan-model.ts';
import { entryBodyLine } from '../lib/plan-files.ts';
import { escapeMdxText } from '../lib/import/escape.ts';
import { withAliasLinks } from '../lib/alias-links.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;
const rendered = new Map<string, Promise<string>>();

/** What rendering a plan file needs of its collection entry. */
export interface PlanFileEntry {
  collection: string;
  id: string;
  /** The Markdown after the frontmatter. */
  body?: string;
  /** The frontmatter, which the transforms read (version, chapter, section, articles, annotations, kind). */
  data: Record<string, unknown>;
  /** Relative to the project root, as the content layer stores it. */
  filePath?: string;
}

/** The Markdown of one article: its heading (its number as printed, the title escaped again, as the importer wrote it) and its body. */
export function articleMarkdown(article: Pick<Article, 'number' | 'title' | 'body' | 'printed'>): string {
  const heading = formatArticleHeading({ number: article.number, title: escapeMdxText(article.title), ...(article.printed ? { printed: article.printed } : {}) });
  return `## ${heading}\n\n${article.body}\n`;
}

/**
 * HTML of `## 第N条 title` + body, rendered as if it sat in its own
 * chapter/section file; on the page at `segment` (`latest`), its links lead
 * there (alias-links.ts).
 */
export function renderArticle(versionId: string, article: Article, segment = versionId): Promise<string> {
  return onPage(renderArticleOnce(versionId, article), versionId, segment);
}

/** A version's rendered HTML as the page at `segment` shows it: the cached promise itself on the version's own page. */
function onPage(html: Promise<string>, versionId: string, segment: string): Promise<string> {
  return segment === versionId ? html : html.then((h) => withAliasLinks(h, versionId, segment));
}

function renderArticleOnce(versionId: string, article: Article): Promise<string> {
  return once(`article\u0000${versionId}\u0000${article.number}`, () =>
    render(articleMarkdown(article), {
      // `articles` gives a heading printed 3.2.1 its ordinal, as a section file's list does.
      frontmatter: { version: versionId, chapter: article.chapter, ...(article.section ? { section: article.section } : {}), articles: [{ number: article.number }], annotations: article.annotations },
    }),
  );
}

/**
 * HTML of a chapter, section or appendix file's body, with its frontmatter and
 * path given to the transforms. The body is rendered at its own lines of the
 * file (the content layer gives it trimmed, without the frontmatter), so a
 * transform's message names the line an editor opens. On the page at
 * `segment` (`latest`), its links lead there (alias-links.ts).
 */
export function renderPlanFile(entry: PlanFileEntry, segment?: string): Promise<string> {
  const html = renderPlanFileOnce(entry);
  const version = entry.data['version'];
  return segment && typeof version === 'string' ? onPage(html, version, segment) : html;
}

function renderPlanFileOnce(entry: PlanFileEntry): Promise<string> {
  return once(`${entry.collection}\u0000${entry.id}`, () => {
    const body = entry.body ?? '';
    if (!entry.filePath) return render(body, { frontmatter: entry.data });
    const file = resolve(entry.filePath);
    const before = body ? entryBodyLine(file, body) - 1 : 0;
    return render('\n'.repeat(before) + body, { frontmatter: entry.data, fileURL: pathToFileURL(file) });
  });
}

function once(key: string, make: () => Promise<string>): Promise<string> {
  let html = rendered.get(key);
  if (!html) {
    html = make();
    if (!planFilesWatched()) rendered.set(key, html);
  }
  return html;
}

async function render(markdown: string, options: { frontmatter: Record<string, unknown>; fileURL?: URL }): Promise<string> {
  // Plan files are MDX in form: parse them by MDX's rules (remark-mdx-syntax.ts).
  processor ??= createMarkdownProcessor({ ...processorOptions, remarkPlugins: [remarkMdxSyntax, ...processorOptions.remarkPlugins] });
  return (await (await processor).render(markdown, options)).code;
}
