// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentDir } from './src/lib/site-config.ts';
import { processorOptions } from './src/markdown/plugins.ts';
import { mapPreloadPlugin } from './src/lib/geo/vite-map-preload.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Tests build fixture plans into their own folders (PLAN_CONTENT_DIR, PLAN_OUT_DIR).
  outDir: process.env.PLAN_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default engine runs no remark plugins: Markdown goes through
  // `unified()` with our list (src/markdown/plugins.ts), and MDX inherits it.
  markdown: { processor: unified(processorOptions) },
  integrations: [mdx()],
  vite: {
    // The plan content lives outside src/; let the dev server watch it.
    server: { fs: { allow: ['.', contentDir] } },
    // Keeps the eager map watcher small (see the file).
    plugins: [mapPreloadPlugin()],
  },
});
