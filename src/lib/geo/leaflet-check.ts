/**
 * A check over the built site: Leaflet loads only on pages with a map, and
 * only lazily (docs/design.md, page rules). A page without `<plan-map>` must
 * not mention Leaflet in its HTML or in any script or stylesheet it loads up
 * front (following static imports); a page with a map must not load the
 * Leaflet library or its CSS up front — only through a dynamic import.
 */

/** A built HTML page: its URL path and its HTML. */
export interface BuiltHtml {
  path: string;
  html: string;
}

/** Reads a built asset by URL path (`/_astro/x.js`), or null if it is not there. */
export type ReadAsset = (urlPath: string) => string | null;

/** Something Leaflet's own source has and our enhancement code does not: its container class. */
const LEAFLET_LIBRARY_MARK = 'leaflet-container';

/** `<script src>`, `<link rel=stylesheet|modulepreload href>` of a page, as URL paths. */
export function eagerAssetUrls(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) urls.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\b(stylesheet|modulepreload)\b/.test(rel)) urls.push(href);
  }
  return urls.filter((u) => u.startsWith('/'));
}

/** Inline module scripts of a page (Astro inlines small ones). */
export function inlineModuleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim());
}

/** Static import specifiers of a module (not `import(…)`). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) out.push(m[1]!);
  for (const m of code.matchAll(/(?:^|[;\s}])export\s*[\w$*{}\s,]*?\s*from\s*["']([^"']+)["']/g)) out.push(m[1]!);
  return out;
}

function resolveUrl(spec: string, from: string): string | null {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return null;
  return new URL(spec, `http://site${from}`).pathname;
}

/** Every asset a page loads before any dynamic import: URL path → text. */
export function eagerGraph(html: string, read: ReadAsset, pagePath = '/'): Map<string, string> {
  const seen = new Map<string, string>();
  const queue: Array<[string, string]> = [];
  for (const url of eagerAssetUrls(html)) queue.push([url, pagePath]);
  for (const code of inlineModuleScripts(html)) for (const s of staticImports(code)) queue.push([s, pagePath]);
  while (queue.length) {
    const [spec, from] = queue.shift()!;
    const url = resolveUrl(spec, from);
    if (!url || seen.has(url)) continue;
    const text = read(url) ?? '';
    seen.set(url, text);
    if (url.endsWith('.js') || url.endsWith('.mjs')) for (const s of staticImports(text)) queue.push([s, url]);
  }
  return seen;
}

/** The problems found, one line each: `page: what`. Empty means the rule holds. */
export function leafletProblems(pages: readonly BuiltHtml[], read: ReadAsset): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const hasMap = /<plan-map[\s>]/.test(page.html);
    const graph = eagerGraph(page.html, read, page.path);
    if (!hasMap) {
      // References, not words: the /licenses/ page names Leaflet and links its home page.
      if (/<(?:script|link)\b[^>]*leaflet|<script\b[^>]*>[^<]*leaflet/i.test(page.html)) problems.push(`${page.path}: has no map but its HTML mentions leaflet`);
      for (const [url, text] of graph) {
        if (/leaflet/i.test(url) || /leaflet/i.test(text)) problems.push(`${page.path}: has no map but loads ${url}, which references leaflet`);
      }
      continue;
    }
    const inline = inlineModuleScripts(page.html).join('\n');
    if (inline.includes(LEAFLET_LIBRARY_MARK)) problems.push(`${page.path}: Leaflet's code is inlined in the page`);
    for (const [url, text] of graph) {
      if (/leaflet/i.test(url.split('/').pop() ?? '')) problems.push(`${page.path}: loads ${url} up front; Leaflet must load only when the map comes into view`);
      else if (text.includes(LEAFLET_LIBRARY_MARK)) problems.push(`${page.path}: ${url} holds Leaflet's code and is loaded up front`);
    }
  }
  return problems;
}
