/**
 * A Vite plugin that keeps Vite's preload helper (`preload-helper.js`, 0.9 KB
 * gzip) off every page's eager path (issue #17). Vite wraps each dynamic
 * `import()` in that helper so the lazy chunk's own imports are fetched in
 * parallel with it; our eager scripts (the search loader, the reference
 * preview loader, the map watcher) each make one lazy import only when the
 * reader acts, so the helper cost every page a download for a round trip
 * saved later. In entry chunks the helper becomes `f => f()`: the lazy chunk
 * then fetches its imports itself. A lazy chunk keeps the real helper when it
 * has something to preload (a table of preload lists); one whose every call
 * preloads nothing drops it too: the live search wraps its imports of
 * pagefind's own files (`[]`), and fetched the helper with a cold query.
 */
import type { Plugin } from 'vite';

/** `import{t as e}from"./preload-helper.X.js";` as Vite/Rolldown prints it (minified). */
const HELPER_IMPORT = /import\s*\{\s*(\w+)\s+as\s+(\w+)\s*\}\s*from\s*"\.\/(preload-helper\.[\w-]+\.js)";?/;
/** The table of preload lists Vite adds on top of a chunk that uses the helper. */
const DEPS_TABLE = /^const __vite__mapDeps=.*?=>i\.map\(i=>d\[i\]\);\n?/;

/** `code` with the preload helper replaced by a plain call, and the helper's file name; unchanged when it does not import it. */
export function dropPreloadHelper(code: string): { code: string; helper?: string } {
  const m = HELPER_IMPORT.exec(code);
  if (!m) return { code };
  const rest = code.replace(HELPER_IMPORT, `const ${m[2]}=f=>f();`).replace(DEPS_TABLE, '');
  return { code: rest.replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, '0'), helper: `_astro/${m[3]}` };
}

/** Whether a chunk should lose the helper: an entry, or a chunk with nothing to preload. */
export function dropsPreloadHelper(chunk: { isEntry: boolean; code: string }): boolean {
  return chunk.isEntry || !DEPS_TABLE.test(chunk.code);
}

/** The plugin; add it to `vite.plugins` in astro.config.mjs. */
export function eagerPreloadPlugin(): Plugin {
  return {
    name: 'plan-eager-no-preload-helper',
    enforce: 'post',
    generateBundle: {
      // After Vite's own generateBundle, which writes the preload tables this removes.
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !dropsPreloadHelper(chunk)) continue;
          const { code, helper } = dropPreloadHelper(chunk.code);
          if (!helper) continue;
          chunk.code = code;
          chunk.imports = chunk.imports.filter((i) => i !== helper && !i.endsWith(helper.replace(/^_astro\//, '')));
        }
      },
    },
  };
}
