/**
 * Version ids the site's own URLs already use (issue 15): a version imported
 * as `search` or `about` would have its contents page silently replaced by
 * that page. The list is derived, not kept by hand: the first segment of every
 * fixed page of the route table (src/lib/routes.ts) and `diff`, the route files
 * in `src/pages/` (a page not yet in the table) and the files in `public/`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LATEST } from './ids.ts';
import { PAGE_KINDS, routeUrl, VERSIONED_KINDS, type PageKind, type Route } from './routes.ts';

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

/** The first URL segment of every page kind that is not per version: notes, search, about, diff… */
export function tableSegments(): string[] {
  const perVersion = new Set<PageKind>([...VERSIONED_KINDS, 'home', 'redirect', 'diff']);
  const fixed = PAGE_KINDS.filter((k) => !perVersion.has(k)).map((k) => routeUrl({ kind: k } as Route).split('/')[1]!);
  return [...fixed, 'diff'];
}

/** Every id a version may not take: route segments, public files, `latest` and tool folders. */
export function reservedVersionIds(
  pagesDir = fileURLToPath(new URL('../pages', import.meta.url)),
  publicDir = fileURLToPath(new URL('../../public', import.meta.url)),
): Set<string> {
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
  return new Set([LATEST, ...TOOL_FOLDERS, ...tableSegments(), ...routeSegments(list(pagesDir)), ...list(publicDir)]);
}
