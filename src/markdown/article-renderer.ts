/**
 * Render one article's Markdown on its own (the article page, issue 6) with
 * the same transforms astro.config.mjs gives plan files (keep the two lists
 * alike when a transform is added there), so the article has
 * the same anchor, cite button, cross-reference links and "cited by" list as
 * on its section page. The processor is made once per build.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkArticleAnchors from './remark-article-anchors.ts';
import remarkCrossReferences, { planLoader } from './remark-cross-references.ts';
import remarkFigureReferences from './remark-figure-references.ts';
import { formatArticleHeading, type Article } from '../lib/plan-model.ts';
import { contentDir, versionInfo } from '../lib/site-config.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/** HTML of `## 第N条 title` + body, rendered as if it sat in its own chapter/section file. */
export async function renderArticle(versionId: string, article: Article): Promise<string> {
  processor ??= createMarkdownProcessor({
    remarkPlugins: [
      remarkGfm,
      [remarkArticleAnchors, { versionInfo }],
      [remarkCrossReferences, { loadPlan: planLoader(contentDir) }],
      remarkFigureReferences,
    ],
    // As astro.config.mjs: remark-gfm is in the list, so the built-in gfm is off.
    gfm: false,
    smartypants: false,
  });
  const rendered = await (await processor).render(`## ${formatArticleHeading(article)}\n\n${article.body}\n`, {
    frontmatter: { version: versionId, chapter: article.chapter, ...(article.section ? { section: article.section } : {}) },
  });
  return rendered.code;
}
