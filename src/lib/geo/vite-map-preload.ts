/**
 * A Vite plugin that drops the preload list of the one lazy import that
 * `plan-map.client.ts` makes (of `plan-map-interactive.ts`). That watcher is
 * eager on every page with a map, and Vite writes a `__vite__mapDeps` table
 * of the interactive chunk's own imports into it, which was about a quarter
 * of its weight. Without the list the interactive chunk still loads when a
 * map scrolls into view and fetches its imports itself (one more round trip,
 * after the reader has already seen the static map). Other lazy imports keep
 * their preload lists.
 *
 * Astro sets `build.modulePreload` itself, overriding a user's value, so the
 * option is set from a plugin's `config` hook, which Vite merges in after.
 */
import type { Plugin } from 'vite';

/** Chunk name of the interactive map, as Vite names it after the module file. */
export const INTERACTIVE_CHUNK = 'plan-map-interactive';

/** Whether the lazily imported chunk `file` gets no preload list. */
export function skipsPreload(file: string): boolean {
  return file.split('/').pop()!.startsWith(`${INTERACTIVE_CHUNK}.`);
}

/** The plugin; add it to `vite.plugins` in astro.config.mjs. */
export function mapPreloadPlugin(): Plugin {
  return {
    name: 'plan-map-no-preload-list',
    config: () => ({
      build: { modulePreload: { resolveDependencies: (file: string, deps: string[]) => (skipsPreload(file) ? [] : deps) } },
    }),
  };
}
