/**
 * Render one article's Markdown on its own (the article page, issue 6) with
 * the same transforms as plan files (src/markdown/plugins.ts), so the article has
 * the same anchor, cite button, cross-reference links and "cited by" list as
 * on its section page. The processor is made once per build.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { processorOptions } from './plugins.ts';
import { planFilesWatched } from './watch-mode.ts';
import { formatArticleHeading, type Article } from '../lib/plan-model.ts';
import { escapeMdxText } from '../lib/import/escape.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;
/**
 * Rendered articles by version and number, in a build (`/latest/a/<n>/` shows
 * the same HTML as the newest version's page); the dev server renders afresh,
 * as the text or the articles citing it may have changed (watch-mode.ts).
 */
const rendered = new Map<string, Promise<string>>();

/** The Markdown of one article: its heading (its number as printed, the title escaped again, as the importer wrote it) and its body. */
export function articleMarkdown(article: Pick<Article, 'number' | 'title' | 'body' | 'printed'>): string {
  const heading = formatArticleHeading({ number: article.number, title: escapeMdxText(article.title), ...(article.printed ? { printed: article.printed } : {}) });
  return `## ${heading}\n\n${article.body}\n`;
}

/** HTML of `## 第N条 title` + body, rendered as if it sat in its own chapter/section file (once per version and article). */
export function renderArticle(versionId: string, article: Article): Promise<string> {
  const key = `${versionId}\u0000${article.number}`;
  let html = rendered.get(key);
  if (!html) {
    html = render(versionId, article);
    if (!planFilesWatched()) rendered.set(key, html);
  }
  return html;
}

async function render(versionId: string, article: Article): Promise<string> {
  processor ??= createMarkdownProcessor(processorOptions);
  const result = await (await processor).render(articleMarkdown(article), {
    // `articles` gives a heading printed 3.2.1 its ordinal, as a section file's list does.
    frontmatter: { version: versionId, chapter: article.chapter, ...(article.section ? { section: article.section } : {}), articles: [{ number: article.number }], annotations: article.annotations },
  });
  return result.code;
}
