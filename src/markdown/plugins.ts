/**
 * The one list of remark transforms for plan text. astro.config.mjs gives it to
 * `unified()` (Markdown and MDX pages), and plan-html.ts renders plan files
 * and single articles with it, so an article reads the same on every page.
 */
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkAutolinkCjk from './remark-autolink-cjk.ts';
import remarkArticleAnchors from './remark-article-anchors.ts';
import remarkParagraphAnchors from './remark-paragraph-anchors.ts';
import remarkAnnotations from './remark-annotations.ts';
import remarkCrossReferences, { planLoader } from './remark-cross-references.ts';
import remarkFigureReferences, { figureHomesLoader } from './remark-figure-references.ts';
import remarkIndicatorTables from './remark-indicator-tables.ts';
import remarkBoxAnchors from './remark-box-anchors.ts';
import remarkHeaderlessTables from './remark-headerless-tables.ts';
import { contentDir, versionInfo } from '../lib/site-config.ts';
import { cachedModelLoader } from '../lib/plan-files.ts';
import { partLabels } from '../lib/plan-model.ts';
import { planFilesWatched } from './watch-mode.ts';

/** One model loader for the transforms that read whole versions, so each version is parsed once (once per build: watch-mode.ts). */
const models = cachedModelLoader(contentDir, { watch: planFilesWatched });

/** What citations need of a version: its title, label and scheme, and its chapters' and sections' printed labels (from the model). */
const citedVersion = (id: string) => {
  const info = versionInfo(id);
  return info && { ...info, partLabels: partLabels(models(id)) };
};

/** remark-gfm first (tables; a table printed without a header hides its empty one), then 专栏 box anchors, article and 款/项 anchors, editorial annotations, cross-references, figure links and indicator-table rows. */
export const remarkPlugins: RemarkPlugins = [
  remarkGfm,
  remarkHeaderlessTables,
  remarkAutolinkCjk,
  // Before the article anchors, which wrap each article's nodes in a section.
  remarkBoxAnchors,
  [remarkArticleAnchors, { versionInfo: citedVersion }],
  remarkParagraphAnchors,
  // Notes go in after the 款/项 anchors (a note is no 款) and before cross-references, so a 第N条 in a note links too.
  remarkAnnotations,
  [remarkCrossReferences, { loadPlan: planLoader(contentDir, models) }],
  [remarkFigureReferences, { homesOf: figureHomesLoader(contentDir, models) }],
  [remarkIndicatorTables, { versionInfo: citedVersion }],
];

/**
 * Processor options shared by the site and plan-html.ts: remark-gfm is
 * in the list, so the built-in gfm is off; smartypants is off because it would
 * rewrite the plan's quotes and dashes.
 */
export const processorOptions = { remarkPlugins, gfm: false, smartypants: false };
