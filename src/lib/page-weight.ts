/**
 * Page weight: what a reader downloads when a page loads, in gzip bytes.
 *
 * Three figures per page, kept apart because they cost differently:
 * - `html`: the document with its inline `<script>` and `<style>` bodies taken
 *   out (they are counted as JS and CSS instead, so nothing is counted twice);
 * - `css`: every stylesheet the page loads eagerly: `<link rel=stylesheet>`,
 *   inline `<style>`, and `@import`s inside them;
 * - `js`: every script the page runs at load: `<script src>`, inline
 *   `<script>`, `<link rel=modulepreload>`, and the modules those import
 *   statically. Chunks loaded with a dynamic `import()` (the map, pagefind's
 *   UI) are lazy and are not counted.
 *
 * Each file is gzipped on its own (level 9) so the figure does not depend on
 * a server's bundling; shared assets are counted once per page. The module
 * is pure: the caller supplies `readAsset`, so the same code measures our
 * `dist/` and a peer site's. `pageKind` names a built page by its path so the
 * bench, the budget test and the accessibility test agree on what a
 * "section page" is.
 */
import { gzipSync } from 'node:zlib';
import { classifyBuiltFile, type PageKind } from './routes.ts';

/** Reads a same-site asset by its absolute URL path (`/_astro/x.css`); undefined when missing. */
export type AssetReader = (path: string) => Promise<string | Uint8Array | undefined> | string | Uint8Array | undefined;

/** Gzip bytes a page costs at load. */
export interface PageWeight {
  /** The document without inline script/style bodies. */
  html: number;
  /** Eager stylesheets, external and inline. */
  css: number;
  /** Eager scripts, external, inline and statically imported. */
  js: number;
  /** html + css + js. */
  total: number;
  /** Same-site asset paths counted as CSS, in discovery order. */
  cssFiles: string[];
  /** Same-site asset paths counted as JS, in discovery order. */
  jsFiles: string[];
  /** Gzip bytes of each eager asset, and of the inline CSS and JS (`path` = `inline`), in discovery order. */
  parts: { path: string; kind: 'css' | 'js'; bytes: number }[];
  /** Referenced same-site assets `readAsset` could not find. */
  missing: string[];
  /** Eager assets on another origin (not measured; a page should have none). */
  external: string[];
}

/** The gzip size of a string or bytes at level 9. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, { level: 9 }).length;
}

/** Attributes of one start tag, names lower-cased; valueless attributes map to ''. */
export function parseAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = tag.replace(/^<[a-zA-Z][^\s/>]*/, '').replace(/\/?>$/, '');
  const re = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of body.matchAll(re)) {
    attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Script types a browser executes; anything else (JSON-LD, templates) is data. */
function isExecutable(type: string | undefined): boolean {
  if (type === undefined) return true;
  const t = type.trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

/**
 * Resolves a reference from `base` to a same-site absolute path, or returns
 * `{ external }` for another origin. Query and hash are dropped.
 */
function resolveRef(ref: string, base: string): { path: string } | { external: string } {
  const origin = 'http://page.invalid';
  const url = new URL(ref, new URL(base, origin));
  if (url.origin !== origin) return { external: url.href };
  return { path: decodeURIComponent(url.pathname) };
}

/** Static import specifiers of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  // Minified bundles put imports anywhere on a line; `import(` (dynamic) is excluded by requiring
  // `from` or a bare string right after `import`.
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

/** `@import` targets of a stylesheet. */
export function cssImports(code: string): string[] {
  const found: string[] = [];
  const re = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g;
  for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

function text(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
}

/**
 * Measures one page: gzip bytes of its HTML, eager CSS and eager JS.
 * `pagePath` is the page's URL path (`/ed2/4/2/`), used to resolve relative
 * references; `readAsset` supplies the referenced files.
 */
export async function measurePage(html: string, pagePath: string, readAsset: AssetReader): Promise<PageWeight> {
  // Comments never load anything; drop them before looking for tags.
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  const inlineCss: string[] = [];
  const inlineJs: string[] = [];
  const cssRefs: string[] = [];
  const jsRefs: string[] = [];
  let stripped = '';
  let last = 0;
  const blockRe = /<(script|style)\b[^>]*>([\s\S]*?)<\/\1\s*>|<link\b[^>]*>/gi;
  for (const m of source.matchAll(blockRe)) {
    const whole = m[0];
    const tag = whole.slice(0, whole.indexOf('>') + 1);
    const attrs = parseAttributes(tag);
    const kind = m[1]?.toLowerCase();
    if (kind === 'style') {
      inlineCss.push(m[2]!);
      stripped += source.slice(last, m.index) + tag + `</style>`;
      last = m.index! + whole.length;
    } else if (kind === 'script') {
      if (!isExecutable(attrs.get('type'))) continue;
      const src = attrs.get('src');
      if (src !== undefined) jsRefs.push(src);
      else inlineJs.push(m[2]!);
      stripped += source.slice(last, m.index) + tag + `</script>`;
      last = m.index! + whole.length;
    } else {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attrs.get('href');
      if (href === undefined) continue;
      if (rel.includes('stylesheet')) cssRefs.push(href);
      else if (rel.includes('modulepreload')) jsRefs.push(href);
    }
  }
  stripped += source.slice(last);

  const weight: PageWeight = { html: gzipSize(stripped), css: 0, js: 0, total: 0, cssFiles: [], jsFiles: [], parts: [], missing: [], external: [] };
  const seen = new Set<string>();

  async function follow(ref: string, base: string, kind: 'css' | 'js'): Promise<void> {
    const resolved = resolveRef(ref, base);
    if ('external' in resolved) {
      if (!weight.external.includes(resolved.external)) weight.external.push(resolved.external);
      return;
    }
    const { path } = resolved;
    if (seen.has(path)) return;
    seen.add(path);
    const data = await readAsset(path);
    if (data === undefined) {
      weight.missing.push(path);
      return;
    }
    const bytes = gzipSize(data);
    weight[kind] += bytes;
    weight.parts.push({ path, kind, bytes });
    (kind === 'css' ? weight.cssFiles : weight.jsFiles).push(path);
    const imports = kind === 'css' ? cssImports(text(data)) : staticImports(text(data));
    for (const next of imports) await follow(next, path, kind);
  }

  let inline = 0;
  for (const code of inlineCss) {
    inline += gzipSize(code);
    for (const ref of cssImports(code)) await follow(ref, pagePath, 'css');
  }
  if (inline) weight.parts.push({ path: 'inline', kind: 'css', bytes: inline });
  weight.css += inline;
  for (const ref of cssRefs) await follow(ref, pagePath, 'css');
  inline = 0;
  for (const code of inlineJs) {
    if (code.trim() === '') continue;
    inline += gzipSize(code);
    for (const ref of staticImports(code)) await follow(ref, pagePath, 'js');
  }
  if (inline) weight.parts.push({ path: 'inline', kind: 'js', bytes: inline });
  weight.js += inline;
  for (const ref of jsRefs) await follow(ref, pagePath, 'js');
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}

/** The page kinds come from the one route table (src/lib/routes.ts). */
export { PAGE_KINDS, PAGE_KIND_NAMES, type PageKind } from './routes.ts';

/**
 * The version ids present in a build: top-level folders that hold a chapter
 * page (`<v>/<n>/index.html`), except the `/latest/` alias.
 */
export function versionIdsInDist(distPaths: Iterable<string>): Set<string> {
  const ids = new Set<string>();
  for (const raw of distPaths) {
    const m = /^([a-z0-9-]+)\/[1-9]\d*\/index\.html$/.exec(raw.replace(/\\/g, '/').replace(/^\/+/, ''));
    if (m && m[1] !== 'latest') ids.add(m[1]!);
  }
  return ids;
}

/**
 * The kind of a built page from its path inside `dist/` (`ed2/4/2/index.html`,
 * `404.html`), given the build's version ids (`versionIdsInDist`), as the
 * route table classifies it; undefined for `/latest/…` aliases (they duplicate
 * a versioned page) and for files no kind claims.
 */
export function pageKind(distPath: string, versions: ReadonlySet<string>): PageKind | undefined {
  const built = classifyBuiltFile(distPath);
  if (!built || built.alias) return undefined;
  if ('version' in built.route && !versions.has(built.route.version)) return undefined;
  return built.kind;
}
