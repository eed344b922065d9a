/**
 * The route table: every kind of page the site builds, how to make its URL,
 * how to read one back, and which kind a built file is. The version switcher,
 * the 404 page, page weights and the accessibility and budget tests all read
 * this list, so a new kind of page is added here once and nothing skips it
 * silently (a dist test classifies every built page).
 *
 * URL strings themselves are made by the builders of ids.ts (the one place
 * that makes identifiers); this module adds the list, parsing and classifying.
 * Pure and browser-safe: the 404 page runs `parseRoute` in the reader's browser.
 */
import {
  ABOUT_URL,
  HOME_URL,
  LATEST,
  LICENSES_URL,
  NOTES_URL,
  VERSIONS_URL,
  allUrl,
  articlePageUrl,
  chapterUrl,
  diffUrl,
  mandatoryUrl,
  referencesUrl,
  searchUrl,
  sectionUrl,
  versionUrl,
} from './ids.ts';

/** Every kind of HTML page the build writes, in the order reports list them. */
export const PAGE_KINDS = [
  'home',
  'version',
  'chapter',
  'section',
  'article',
  'all',
  'references',
  'mandatory',
  'diff',
  'notes',
  'search',
  'versions',
  'about',
  'licenses',
  '404',
  'redirect',
] as const;

/** One kind of page. */
export type PageKind = (typeof PAGE_KINDS)[number];

/** The kinds that exist once per version (and again under `/latest/`). */
export const VERSIONED_KINDS = ['version', 'chapter', 'section', 'article', 'all', 'references', 'mandatory'] as const satisfies readonly PageKind[];

/** Human names of the page kinds, for reports and the 404 page. */
export const PAGE_KIND_NAMES: Record<PageKind, string> = {
  home: 'home',
  version: 'version contents',
  chapter: 'chapter',
  section: 'section',
  article: 'article page',
  all: 'whole version',
  references: 'references',
  mandatory: '强制性内容 (mandatory content)',
  diff: 'diff',
  notes: 'notes',
  search: 'search',
  versions: 'versions',
  about: 'about',
  licenses: 'licenses',
  '404': '404',
  redirect: 'redirect (moved page)',
};

/** A page, read from its URL: its kind and what the URL carries. `version` may be `latest`. */
export type Route =
  | { kind: 'home' | 'notes' | 'search' | 'versions' | 'about' | 'licenses' | '404' | 'redirect' }
  | { kind: 'version' | 'all' | 'references' | 'mandatory'; version: string }
  | { kind: 'chapter'; version: string; chapter: number }
  | { kind: 'section'; version: string; chapter: number; section: number }
  | { kind: 'article'; version: string; article: number }
  | { kind: 'diff'; from: string; to: string };

const FIXED: Partial<Record<PageKind, string>> = {
  home: HOME_URL,
  notes: NOTES_URL,
  search: searchUrl(),
  versions: VERSIONS_URL,
  about: ABOUT_URL,
  licenses: LICENSES_URL,
  '404': '/404.html',
};

/** The URL of a route (through the builders of ids.ts). A redirect has no URL of its own. */
export function routeUrl(route: Route): string {
  switch (route.kind) {
    case 'version':
      return versionUrl(route.version);
    case 'all':
      return allUrl(route.version);
    case 'references':
      return referencesUrl(route.version);
    case 'mandatory':
      return mandatoryUrl(route.version);
    case 'chapter':
      return chapterUrl(route.version, route.chapter);
    case 'section':
      return sectionUrl(route.version, route.chapter, route.section);
    case 'article':
      return articlePageUrl(route.version, route.article);
    case 'diff':
      return diffUrl(route.from, route.to);
    case 'redirect':
      throw new Error('a redirect page has no URL of its own: it lives at the moved path');
    default:
      return FIXED[route.kind]!;
  }
}

const N = '([1-9]\\d*)';
const V = '([a-z0-9-]+)';
const VERSIONED: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Route]> = [
  [new RegExp(`^${V}/$`), (m) => ({ kind: 'version', version: m[1]! })],
  [new RegExp(`^${V}/all/$`), (m) => ({ kind: 'all', version: m[1]! })],
  [new RegExp(`^${V}/references/$`), (m) => ({ kind: 'references', version: m[1]! })],
  [new RegExp(`^${V}/mandatory/$`), (m) => ({ kind: 'mandatory', version: m[1]! })],
  [new RegExp(`^${V}/a/${N}/$`), (m) => ({ kind: 'article', version: m[1]!, article: Number(m[2]) })],
  [new RegExp(`^${V}/${N}/$`), (m) => ({ kind: 'chapter', version: m[1]!, chapter: Number(m[2]) })],
  [new RegExp(`^${V}/${N}/${N}/$`), (m) => ({ kind: 'section', version: m[1]!, chapter: Number(m[2]), section: Number(m[3]) })],
];
const FIXED_PATHS = new Map<string, Route>([
  ['/', { kind: 'home' }],
  [NOTES_URL, { kind: 'notes' }],
  [searchUrl(), { kind: 'search' }],
  [VERSIONS_URL, { kind: 'versions' }],
  [ABOUT_URL, { kind: 'about' }],
  [LICENSES_URL, { kind: 'licenses' }],
  ['/404.html', { kind: '404' }],
  ['/404/', { kind: '404' }],
]);

/**
 * Read a URL path (`/ed2/4/2/`, `/latest/a/18/`, `/diff/ed1/ed2/`) into its
 * route, or null when it is no page of the scheme. The query and `#anchor`
 * are ignored; a path typed without its trailing slash still counts.
 */
export function parseRoute(path: string): Route | null {
  let p = path.replace(/[?#].*$/, '');
  if (!p.startsWith('/')) return null;
  if (!p.endsWith('/') && !/\.[a-z]+$/.test(p)) p += '/';
  const fixed = FIXED_PATHS.get(p);
  if (fixed) return fixed;
  const diff = new RegExp(`^/diff/${V}/${V}/$`).exec(p);
  if (diff) return { kind: 'diff', from: diff[1]!, to: diff[2]! };
  const rest = p.slice(1);
  for (const [pattern, make] of VERSIONED) {
    const m = pattern.exec(rest);
    if (m && m[1] !== 'diff') return make(m);
  }
  return null;
}

/** Whether a route is under the `/latest/` alias rather than a version id. */
export function isLatestAlias(route: Route): boolean {
  return 'version' in route && route.version === LATEST;
}

/** `ed2/4/2/index.html` → `/ed2/4/2/`; `404.html` → `/404.html`. */
export function distFileToPath(distFile: string): string {
  const p = '/' + distFile.replace(/\\/g, '/').replace(/^\/+/, '');
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

/** A built page's kind and route, and whether it is a `/latest/` alias. */
export interface BuiltRoute {
  kind: PageKind;
  route: Route;
  alias: boolean;
}

/**
 * The kind of a built HTML file from its path in `dist/` (and, when given, its
 * HTML: a page with a meta refresh is a redirect for a moved URL). Undefined
 * for a file no kind claims — which the dist test reports as a defect.
 */
export function classifyBuiltFile(distFile: string, html?: string): BuiltRoute | undefined {
  if (html !== undefined && /<meta\s+http-equiv="refresh"/i.test(html)) return { kind: 'redirect', route: { kind: 'redirect' }, alias: false };
  const route = parseRoute(distFileToPath(distFile));
  return route ? { kind: route.kind, route, alias: isLatestAlias(route) } : undefined;
}
