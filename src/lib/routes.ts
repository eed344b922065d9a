/**
 * The route table: every kind of page the site builds, how to make its URL,
 * how to read one back, and which kind a built file is. The version switcher,
 * the 404 page, page weights and the accessibility and budget tests all read
 * this list, so a new kind of page is added here once and nothing skips it
 * silently (a dist test classifies every built page).
 *
 * This is the one place that defines a page URL: each kind's entry in
 * `ROUTE_TABLE` builds and parses it, and the URL builders of `ids.ts`
 * (`versionUrl`, `sectionUrl`…) are thin wrappers over these entries; `ids.ts`
 * keeps the anchors and the links made of a page and an anchor.
 * Pure and browser-safe: the 404 page runs `parseRoute` in the reader's browser.
 */

/** The alias that always points at the newest version. */
export const LATEST = 'latest';

/** A version id: lowercase ASCII letters, digits and hyphens (design.md). */
export const VERSION_ID_PATTERN = /^[a-z0-9-]+$/;

/** Throw unless `version` is a version id (or the `latest` alias, which has the same form). */
export function assertVersion(version: string): void {
  if (!VERSION_ID_PATTERN.test(version)) {
    throw new Error(`"${version}" is not a version id: use lowercase letters, digits and hyphens`);
  }
}

/** Throw unless `n` is a whole number ≥ 1, naming `what` it is. */
export function assertPositive(what: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a whole number ≥ 1, got ${n}`);
}

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

/** The route of one kind: `RouteOf<'section'>` is `{ kind: 'section'; version; chapter; section }`. */
export type RouteOf<K extends PageKind> = Route & { kind: K };

/** One entry of the route table: how to build a URL of the kind and how to read one back. */
export interface RouteDef<K extends PageKind> {
  /** The URL path of a route of this kind (throws on a malformed version id or number). */
  build: (route: RouteOf<K>) => string;
  /** The route a path (normalised: query and anchor cut, trailing slash added) is, or null. */
  parse: (path: string) => RouteOf<K> | null;
  /** A page at one fixed path; such paths are read before versioned ones (`/notes/` is no version `notes`). */
  fixed?: true;
}

const N = '([1-9]\\d*)';
const V = '([a-z0-9-]+)';

/** A page with one fixed path (`/notes/`); `also` are other paths that are the same page. */
function fixed<K extends PageKind>(kind: K, path: string, ...also: string[]): RouteDef<K> {
  const paths = new Set([path, ...also]);
  return { build: () => path, parse: (p) => (paths.has(p) ? ({ kind } as RouteOf<K>) : null), fixed: true };
}

/** A page under a version: `/<v>/<rest>`, `rest` a pattern whose groups `read` turns into the route's numbers. */
function versioned<K extends PageKind>(
  kind: K,
  build: (route: RouteOf<K>) => string,
  rest: string,
  read?: (m: RegExpExecArray) => Omit<RouteOf<K>, 'kind' | 'version'>,
): RouteDef<K> {
  const pattern = new RegExp(`^/${V}/${rest}$`);
  return {
    build: (route) => {
      assertVersion((route as { version: string }).version);
      return build(route);
    },
    parse: (p) => {
      const m = pattern.exec(p);
      return m && m[1] !== 'diff' ? ({ kind, version: m[1]!, ...read?.(m) } as RouteOf<K>) : null;
    },
  };
}

/** Every page kind's URL scheme. The URLs are the citation contract (docs/design.md, content/urls.lock). */
export const ROUTE_TABLE: { readonly [K in PageKind]: RouteDef<K> } = {
  home: fixed('home', '/'),
  version: versioned('version', (r) => `/${r.version}/`, ''),
  chapter: versioned('chapter', (r) => {
    assertPositive('chapter', r.chapter);
    return `/${r.version}/${r.chapter}/`;
  }, `${N}/`, (m) => ({ chapter: Number(m[2]) })),
  section: versioned('section', (r) => {
    assertPositive('chapter', r.chapter);
    assertPositive('section', r.section);
    return `/${r.version}/${r.chapter}/${r.section}/`;
  }, `${N}/${N}/`, (m) => ({ chapter: Number(m[2]), section: Number(m[3]) })),
  article: versioned('article', (r) => {
    assertPositive('article number', r.article);
    return `/${r.version}/a/${r.article}/`;
  }, `a/${N}/`, (m) => ({ article: Number(m[2]) })),
  all: versioned('all', (r) => `/${r.version}/all/`, 'all/'),
  references: versioned('references', (r) => `/${r.version}/references/`, 'references/'),
  mandatory: versioned('mandatory', (r) => `/${r.version}/mandatory/`, 'mandatory/'),
  diff: {
    build: (r) => {
      assertVersion(r.from);
      assertVersion(r.to);
      return `/diff/${r.from}/${r.to}/`;
    },
    parse: (p) => {
      const m = new RegExp(`^/diff/${V}/${V}/$`).exec(p);
      return m ? { kind: 'diff', from: m[1]!, to: m[2]! } : null;
    },
  },
  notes: fixed('notes', '/notes/'),
  search: fixed('search', '/search/'),
  versions: fixed('versions', '/versions/'),
  about: fixed('about', '/about/'),
  licenses: fixed('licenses', '/licenses/'),
  '404': fixed('404', '/404.html', '/404/'),
  redirect: {
    build: () => {
      throw new Error('a redirect page has no URL of its own: it lives at the moved path');
    },
    // A redirect is known by its HTML (see classifyBuiltFile), never by its path.
    parse: () => null,
  },
};

/** The URL of a route, from its kind's entry in the route table. A redirect has no URL of its own. */
export function routeUrl(route: Route): string {
  return (ROUTE_TABLE[route.kind] as RouteDef<PageKind>).build(route);
}

/** The kinds in the order paths are read: fixed paths first, then the rest in table order. */
// Stryker disable next-line MethodExpression: the fixed kinds are read first either way; listing them again only repeats a failed match
const PARSE_ORDER: readonly PageKind[] = [...PAGE_KINDS.filter((k) => ROUTE_TABLE[k].fixed), ...PAGE_KINDS.filter((k) => !ROUTE_TABLE[k].fixed)];

/**
 * Read a URL path (`/ed2/4/2/`, `/latest/a/18/`, `/diff/ed1/ed2/`) into its
 * route, or null when it is no page of the scheme. The query and `#anchor`
 * are ignored; a path typed without its trailing slash still counts.
 */
export function parseRoute(path: string): Route | null {
  let p = path.split(/[?#]/, 1)[0]!;
  if (!p.startsWith('/')) return null;
  // Stryker disable next-line Regex: no page path has a dot but /404.html, so a dot anywhere already marks a file
  if (!p.endsWith('/') && !/\.[a-z]+$/.test(p)) p += '/';
  for (const kind of PARSE_ORDER) {
    const route = (ROUTE_TABLE[kind] as RouteDef<PageKind>).parse(p);
    if (route) return route;
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
