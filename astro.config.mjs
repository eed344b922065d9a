// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentDir, siteSettings } from './src/lib/site-config.ts';
import { previewWarning, publishedAddress } from './src/lib/site.ts';
import { processorOptions } from './src/markdown/plugins.ts';
import { mapPreloadPlugin } from './src/lib/geo/vite-map-preload.ts';

// The published address is configured once: SITE_URL, else `url` in site.yaml.
// Without either the build is a local preview; say so loudly, don't fail, so
// `npm start` and the tests build without one.
const address = publishedAddress(siteSettings());
if (address.source === 'preview' && process.argv.includes('build')) console.warn(previewWarning(`${contentDir}/site.yaml`));

export default defineConfig({
  site: address.url,
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
