// @ts-check
import v8 from 'node:v8';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentDir, siteSettings } from './src/lib/site-config.ts';
import { previewWarning, publishedAddress } from './src/lib/site.ts';
import { processorOptions } from './src/markdown/plugins.ts';
import { planFilesWatch } from './src/markdown/watch-mode.ts';
import { mapPreloadPlugin } from './src/lib/geo/vite-map-preload.ts';
import { eagerPreloadPlugin } from './src/lib/vite-eager-preload.ts';

// V8 lets its heap grow to up to four times what survived the last full
// collection before collecting again. A build makes much short-lived garbage
// (every page's HTML), so at ten times our content it peaked at 1.1 GB with
// about 140 MB live. Growing by at most twice (1 + 100 %) brought that to
// about 0.9 GB with no time cost we could measure (issue #17). Unlike
// --max-old-space-size this sets no ceiling, so a larger plan still builds.
// NODE_OPTIONS does not accept this flag; V8 reads it at each collection.
// Only for builds: dev, preview and check keep V8's defaults.
if (process.argv.includes('build')) v8.setFlagsFromString('--heap-growing-percent=100');

// The published address is configured once: SITE_URL, else `url` in site.yaml.
// Without either the build is a local preview; say so loudly, don't fail, so
// `npm start` and the tests build without one.
const address = publishedAddress(siteSettings());
if (address.source === 'preview' && process.argv.includes('build')) console.warn(previewWarning(`${contentDir}/site.yaml`));

export default defineConfig({
  site: address.url,
  // Tests build fixture plans into their own folders (PLAN_CONTENT_DIR, PLAN_OUT_DIR).
  outDir: process.env.PLAN_OUT_DIR ?? 'dist',
  // Each fixture build keeps its own content-layer cache (tests/dist/built-site.ts).
  ...(process.env.PLAN_CACHE_DIR ? { cacheDir: process.env.PLAN_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Every script and stylesheet is a cached file, never inlined: a second page
  // in the same visit then costs only its HTML (issue #17). The one inline
  // script left is BaseLayout's pre-paint colour scheme (is:inline).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default engine runs no remark plugins: Markdown goes through
  // `unified()` with our list (src/markdown/plugins.ts), and MDX inherits it.
  markdown: { processor: unified(processorOptions) },
  // A build reads each version and renders each article once; `astro dev` re-reads edited files.
  integrations: [planFilesWatch(), mdx()],
  vite: {
    // The plan content lives outside src/; let the dev server watch it.
    server: { fs: { allow: ['.', contentDir] } },
    // Keeps the eager map watcher small (see the file).
    // …and keeps Vite's preload helper off the eager path (see the file).
    plugins: [mapPreloadPlugin(), eagerPreloadPlugin()],
    build: {
      // Astro inlines a small script chunk below this limit; `false` for JS keeps them external and cacheable.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Imported constants are inlined wherever they are used (the default does so only in
        // conditions): a constants-only module shared by the eager page script and a lazy
        // chunk, such as src/components/narrow-screen.ts, then costs no chunk of its own.
        optimization: { inlineConst: true },
        // Astro marks every MDX module "use astro:head-inject" and the bundler
        // warns that it may drop it (it does not matter for a static build).
        // Exactly that warning is silenced, so real ones are not lost among
        // them (issue 15; since plan files are no longer modules, only the
        // drafting notes' MDX is left to warn).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
