/**
 * Precision of search results, judged against the built pages themselves: a
 * result is relevant when the provision it opens (the article at its `#a<n>`
 * anchor, or the page when it has none) holds every term of the query
 * verbatim. Used by tests/e2e/search.test.ts and scripts/bench-search.ts
 * (issue 14: single-character matches of 八卦城 padded the list).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

const pages = new Map<string, ReturnType<typeof parse>>();

function pageAt(dist: string, pathname: string): ReturnType<typeof parse> | null {
  if (!pages.has(pathname)) {
    try {
      pages.set(pathname, parse(readFileSync(join(dist, pathname, 'index.html'), 'utf8')));
    } catch {
      return null;
    }
  }
  return pages.get(pathname) ?? null;
}

/** Spaces and Chinese punctuation aside, as the search box compares (src/lib/search-results.ts). */
const squeeze = (s: string) => s.replace(/[\s，。、；：！？“”‘’《》（）【】—…·]+/g, '').toLowerCase();

/** Whether the provision a result path (`/ed2/4/2/#a32`) opens holds every term of the query. */
export function isRelevant(dist: string, path: string, query: string): boolean {
  const u = new URL(path, 'https://x.invalid');
  const root = pageAt(dist, decodeURIComponent(u.pathname));
  if (!root) return false;
  const article = /^#a(\d+)/.exec(u.hash)?.[1];
  const scope = (article && root.querySelector(`section.article[data-article="${article}"]`)) || root.querySelector('main') || root;
  const text = squeeze(scope.text);
  return query.split(/\s+/).filter(Boolean).every((t) => text.includes(squeeze(t)));
}

/** Relevant results among the first k, over the number shown (at most k); null when none is shown. */
export function precisionAt(k: number, dist: string, paths: string[], query: string): number | null {
  const top = paths.slice(0, k);
  if (top.length === 0) return null;
  return top.filter((p) => isRelevant(dist, p, query)).length / top.length;
}
