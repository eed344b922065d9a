// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkArticleAnchors from './src/markdown/remark-article-anchors.ts';
import remarkCrossReferences, { planLoader } from './src/markdown/remark-cross-references.ts';
import remarkFigureReferences from './src/markdown/remark-figure-references.ts';
import { contentDir, versionInfo } from './src/lib/site-config.ts';
import { mapPreloadPlugin } from './src/lib/geo/vite-map-preload.ts';

// One plugin list for Markdown and MDX: Astro 7's default engine runs no remark
// plugins, so Markdown goes through `unified()`, and MDX inherits that processor.
/** @type {import('@astrojs/markdown-remark').RemarkPlugins} */
const remarkPlugins = [
  remarkGfm,
  [remarkArticleAnchors, { versionInfo }],
  [remarkCrossReferences, { loadPlan: planLoader(contentDir) }],
  remarkFigureReferences,
];

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Tests build fixture plans into their own folders (PLAN_CONTENT_DIR, PLAN_OUT_DIR).
  outDir: process.env.PLAN_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // gfm is off because remark-gfm is in the list itself; smartypants is off
  // because it would rewrite the plan's quotes and dashes.
  markdown: { processor: unified({ remarkPlugins, gfm: false, smartypants: false }) },
  integrations: [mdx()],
  vite: {
    // The plan content lives outside src/; let the dev server watch it.
    server: { fs: { allow: ['.', contentDir] } },
    // Keeps the eager map watcher small (see the file).
    plugins: [mapPreloadPlugin()],
  },
});
