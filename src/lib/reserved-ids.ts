/**
 * Version ids the site's own URLs already use (issue 15): a version imported
 * as `search` or `about` would have its contents page silently replaced by
 * that page. The list is derived from the route files in `src/pages/` and the
 * files in `public/`, not kept by hand, so a new page kind reserves its name
 * by existing. (#12 is building a route table in src/lib; until it lands, the
 * file names are the table.)
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LATEST } from './ids.ts';

/** Folders that tools write into the built site (Astro's assets, pagefind's index). */
const TOOL_FOLDERS = ['_astro', 'pagefind'];

/**
 * The first URL segment each top-level entry of `src/pages/` serves:
 * `search.astro` → `search`, `feed.xml.ts` → `feed.xml`, `diff/` → `diff`.
 * Dynamic routes (`[version]`, `[...moved]`) and `index` serve no fixed segment.
 */
export function routeSegments(pageEntries: readonly string[]): string[] {
  return pageEntries
    .filter((name) => !name.startsWith('[') && !name.startsWith('_') && !name.startsWith('.'))
    .map((name) => name.replace(/\.(astro|md|mdx|ts|js)$/, ''))
    .filter((segment) => segment !== 'index');
}

/** Every id a version may not take: route segments, public files, `latest` and tool folders. */
export function reservedVersionIds(
  pagesDir = fileURLToPath(new URL('../pages', import.meta.url)),
  publicDir = fileURLToPath(new URL('../../public', import.meta.url)),
): Set<string> {
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
  return new Set([LATEST, ...TOOL_FOLDERS, ...routeSegments(list(pagesDir)), ...list(publicDir)]);
}
