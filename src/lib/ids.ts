/**
 * The one place that makes identifiers: article anchors, links made of a page
 * and an anchor, and source links; and the names components use for page URLs.
 * URLs are the citation contract (docs/design.md): components never build
 * them by concatenation. Each page URL is defined once, by its kind's entry in
 * the route table (`routes.ts`); the page-URL functions here are thin wrappers
 * over it, so a change of scheme is a change there, with tests.
 */

import { factAnchor } from './facts.ts';
import { LATEST, VERSION_ID_PATTERN, assertPositive, assertVersion, routeUrl } from './routes.ts';

export { LATEST, VERSION_ID_PATTERN };

/** Where a provision sits: version, chapter, optional section, optional article. */
export interface ProvisionLocation {
  version: string;
  chapter: number;
  section?: number | undefined;
  article?: number | undefined;
}

/** The in-page anchor of article n: `a18`. Numbers are Arabic. */
export function articleAnchor(n: number): string {
  assertPositive('article number', n);
  return `a${n}`;
}

/** The anchor of the k-th editorial annotation (编者注) of article n: `a125-n1`. */
export function annotationAnchor(n: number, k: number): string {
  assertPositive('annotation number', k);
  return `${articleAnchor(n)}-n${k}`;
}

/** The in-page anchor of figure 附图n: `fig6`. */
export function figureAnchor(n: number): string {
  assertPositive('figure number', n);
  return `fig${n}`;
}

/** Parse a figure anchor (`fig6` or `#fig6`) back to its number, or null. */
export function parseFigureAnchor(anchor: string): number | null {
  const m = /^#?fig([1-9]\d*)$/.exec(anchor);
  return m ? Number(m[1]) : null;
}

/** `/ed2/12/1/#fig6` — figure 附图n on the section page that shows it; `/ed2/13/#fig1` on a chapter's page (a chapter without sections). */
export function figureUrl(version: string, chapter: number, section: number | undefined, n: number): string {
  return `${section === undefined ? chapterUrl(version, chapter) : sectionUrl(version, chapter, section)}#${figureAnchor(n)}`;
}

/**
 * The anchor of row `row` (1-based, header not counted) of an indicator table
 * (规划指标表) inside a container with its own anchor: `a18-i3`, `appendix-1-i3`.
 */
export function indicatorRowAnchor(container: string, row: number): string {
  assertPositive('indicator row', row);
  return `${container}-i${row}`;
}

/** The anchor of a chapter heading on the whole-text page: `c4`. */
export function chapterAnchor(chapter: number): string {
  assertPositive('chapter', chapter);
  return `c${chapter}`;
}

/** The anchor of a section heading on the whole-text page: `c4s2`. */
export function sectionAnchor(chapter: number, section: number): string {
  assertPositive('section', section);
  return `${chapterAnchor(chapter)}s${section}`;
}

/** The anchor of an appendix part (附图, 附表…) on the whole-text page: `appendix-1`. */
export function appendixAnchor(part: number): string {
  if (!Number.isInteger(part) || part < 0) throw new Error(`appendix part must be a whole number ≥ 0, got ${part}`);
  return `appendix-${part}`;
}

/** `/ed2/all/#appendix-1` — where an appendix part is read. */
export function appendixUrl(version: string, part: number): string {
  return `${allUrl(version)}#${appendixAnchor(part)}`;
}

/** Parse an article anchor (`a18` or `#a18`) back to its number, or null. */
export function parseArticleAnchor(anchor: string): number | null {
  const m = /^#?a([1-9]\d*)$/.exec(anchor);
  return m ? Number(m[1]) : null;
}

/** `/ed2/` — a version's table of contents. */
export function versionUrl(version: string): string {
  return routeUrl({ kind: 'version', version });
}

/** `/ed2/4/` — chapter 4. */
export function chapterUrl(version: string, chapter: number): string {
  return routeUrl({ kind: 'chapter', version, chapter });
}

/** `/ed2/4/2/` — section 2 of chapter 4. */
export function sectionUrl(version: string, chapter: number, section: number): string {
  return routeUrl({ kind: 'section', version, chapter, section });
}

/** `/ed2/all/` — the whole version on one page. */
export function allUrl(version: string): string {
  return routeUrl({ kind: 'all', version });
}

/** `/ed2/a/18/` — article 18 on its own page. */
export function articlePageUrl(version: string, article: number): string {
  return routeUrl({ kind: 'article', version, article });
}

/** `/ed2/references/` — how the chapters refer to each other. */
export function referencesUrl(version: string): string {
  return routeUrl({ kind: 'references', version });
}

/** `/ed2/mandatory/` — the version's 强制性内容 (mandatory content), listed with links. */
export function mandatoryUrl(version: string): string {
  return routeUrl({ kind: 'mandatory', version });
}

/** `/ed2/plan.json` — the version as data. */
export function planJsonUrl(version: string): string {
  return `${versionUrl(version)}plan.json`;
}

/** `/ed2/previews.json` — the reference previews of a version's links, by `data-xref` id (xref.ts `xrefPreviews`). */
export function previewsUrl(version: string): string {
  return `${versionUrl(version)}previews.json`;
}

/** `/ed2/plan.pdf` — a version as a download (`txt`, `docx` or `pdf`). */
export function downloadUrl(version: string, format: 'txt' | 'docx' | 'pdf'): string {
  return `${versionUrl(version)}plan.${format}`;
}

/** `/offline/ed2.json` — what saving a version for offline reading fetches (scripts/offline-lists.ts). */
export function offlineListUrl(version: string): string {
  return `/offline/${version}.json`;
}

/**
 * The page that holds a provision in the reading order, with the article's
 * anchor: `/ed2/4/2/#a18`, or `/ed2/3/#a12` for a chapter without sections.
 */
export function provisionUrl(loc: ProvisionLocation): string {
  // `!== undefined`, not truthiness: a section or article 0 is a caller's bug and must throw, not vanish.
  const page = loc.section !== undefined ? sectionUrl(loc.version, loc.chapter, loc.section) : chapterUrl(loc.version, loc.chapter);
  return loc.article !== undefined ? `${page}#${articleAnchor(loc.article)}` : page;
}

/**
 * A short id for a chapter, section or article, as cross-reference links carry
 * it in `data-xref` and indexes key it: `c4`, `c4s2`, or the article anchor `a18`.
 */
export function provisionId(loc: Omit<ProvisionLocation, 'version'>): string {
  if (loc.article !== undefined) return articleAnchor(loc.article);
  assertPositive('chapter', loc.chapter);
  if (loc.section !== undefined) {
    assertPositive('section', loc.section);
    return `c${loc.chapter}s${loc.section}`;
  }
  return `c${loc.chapter}`;
}

/** The anchor of the list of references from chapter `from` to chapter `to` on the references page: `r4-5`. */
export function referencePairAnchor(from: number, to: number): string {
  assertPositive('chapter', from);
  assertPositive('chapter', to);
  return `r${from}-${to}`;
}

/** `/diff/ed1/ed2/` — what changed from version a to version b. */
export function diffUrl(from: string, to: string): string {
  return routeUrl({ kind: 'diff', from, to });
}

/** The anchor of one article's entry on a diff page, by its key, which survives renumbering: `change-18`, `change-ed2-19`. */
export function diffEntryAnchor(key: string): string {
  return `change-${key}`;
}

/** `/diff/<a>/<b>/#change-<key>`: one article's change between two versions, to open or cite. */
export function diffEntryUrl(from: string, to: string, key: string): string {
  return `${diffUrl(from, to)}#${diffEntryAnchor(key)}`;
}

/** `/search/?q=…` — shareable search results. */
export function searchUrl(query?: string): string {
  const page = routeUrl({ kind: 'search' });
  return query ? `${page}?q=${encodeURIComponent(query)}` : page;
}

/** Fixed pages (from the route table), and the feed. */
export const HOME_URL = routeUrl({ kind: 'home' });
export const VERSIONS_URL = routeUrl({ kind: 'versions' });
export const NOTES_URL = routeUrl({ kind: 'notes' });
export const ABOUT_URL = routeUrl({ kind: 'about' });
/** `/licenses/` — the open-source code shipped to browsers and its licences. */
export const LICENSES_URL = routeUrl({ kind: 'licenses' });
export const FEED_URL = '/feed.xml';

/**
 * Link to a source id used in frontmatter `sources`: N1–N4 (drafting-notes parts
 * 一–四), T2019-09 or T2023-01-2 (a timeline entry), F1… (facts on the about page).
 * Returns null for an id of unknown form.
 */
export function sourceUrl(id: string): string | null {
  const part = /^N([1-4])$/.exec(id);
  if (part) return `${NOTES_URL}#n${part[1]}`;
  const entry = /^T(\d{4}-\d{2}(?:-\d+)?)$/.exec(id);
  if (entry) return `${NOTES_URL}#t${entry[1]}`;
  const fact = /^F([1-9]\d*)$/.exec(id);
  if (fact) return `${ABOUT_URL}#${factAnchor(id)}`;
  return null;
}

/**
 * The `/latest/…` alias of a versioned path, or null if the path is not
 * versioned. `/ed2/4/2/` → `/latest/4/2/`.
 */
export function toLatestPath(path: string, version: string): string | null {
  assertVersion(version);
  const prefix = `/${version}/`;
  return path.startsWith(prefix) ? `/${LATEST}/${path.slice(prefix.length)}` : null;
}

/** An absolute URL on the published site (for citations, canonical links, feeds). */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
