/**
 * Byte budgets over the built dist/ (the `dist` project runs after
 * `npm run build`). Every built page of every kind of the route table
 * (src/lib/routes.ts) — every version, the `/latest/` aliases, redirects — is
 * weighed with `src/lib/page-weight.ts`: gzip bytes of its HTML plus the CSS
 * and JS it loads eagerly, and held to its kind's budget. Lazily imported
 * chunks (the map, search UI) are not part of a page's weight by that definition.
 *
 * For scale: stock Starlight serves about 22.5 KB per section page for
 * comparable Chinese content (HTML 7.5, CSS 12.0, JS 3.1); we mean to be
 * clearly lighter. The figures are deterministic for a given build, so these
 * are real assertions, not timings.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyDist, distReader, type WeighedPage } from '../../scripts/bench-util.ts';
import { measurePage } from '../../src/lib/page-weight.ts';
import { PAGE_KINDS, type PageKind } from '../../src/lib/routes.ts';

const KB = 1024;
/**
 * Total budgets per page kind in bytes (1 KB = 1024 bytes, gzip level 9):
 * about a fifth above the heaviest page of the build they were set on
 * (ed1/ed2, 2026-12), so growth shows up here before readers feel it.
 */
const BUDGET: Record<PageKind, number> = {
  // Issue #17: the home page's goal is 15 KB at load (Leaflet comes only when
  // the reader asks for the interactive map); text pages aim at 7 KB and are
  // held here to what the build meets with a little room. The 款/项 anchors,
  // the phone reading bar and the 附图 drawn on /all/ (issue #14) came after
  // #17's trim: the heaviest section (with its static map) is 15.7 KB, /all/
  // 43.7 KB. The 7 KB goal of #17 is not met yet; these are ceilings.
  home: 12 * KB,
  version: 14 * KB,
  chapter: 14 * KB,
  section: 16.5 * KB,
  article: 16.5 * KB,
  all: 46 * KB,
  references: 16 * KB,
  mandatory: 16 * KB,
  diff: 24 * KB,
  notes: 14 * KB,
  search: 20 * KB,
  versions: 14 * KB,
  about: 14 * KB,
  licenses: 14 * KB,
  '404': 14 * KB,
  redirect: 4 * KB,
};
/** The eager CSS and JS of a text page (section, article). */
const TEXT_PAGE = { css: 4 * KB, js: 4 * KB };

const dist = process.env.BUDGET_DIST ?? 'dist';
if (!existsSync(`${dist}/index.html`)) throw new Error(`budgets: ${dist}/index.html is missing — run \`npm run build\` first`);

/** Every built page, weighed, grouped by kind (aliases and every version included). */
async function weighEveryPage(): Promise<Map<PageKind, WeighedPage[]>> {
  const read = distReader(dist);
  const byKind = new Map<PageKind, WeighedPage[]>();
  for (const p of classifyDist(dist)) {
    if (!p.kind) continue; // tests/dist/routes.test.ts fails on unclassified pages
    const weight = await measurePage(await readFile(join(dist, p.file), 'utf8'), p.url, read);
    byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), { file: p.file, url: p.url, weight }]);
  }
  return byKind;
}

const weights = await weighEveryPage();

/** "url: 17.2 KB > 16.0 KB (HTML …, CSS …, JS …)" for each page over a limit. */
function over(pages: WeighedPage[], pick: (p: WeighedPage) => number, limit: number): string[] {
  return pages
    .filter((p) => pick(p) > limit)
    .map((p) => `${p.url}: ${(pick(p) / KB).toFixed(1)} KB > ${(limit / KB).toFixed(1)} KB (HTML ${(p.weight.html / KB).toFixed(1)}, CSS ${(p.weight.css / KB).toFixed(1)}, JS ${(p.weight.js / KB).toFixed(1)}; files ${[...p.weight.cssFiles, ...p.weight.jsFiles].join(' ') || 'inline only'})`);
}

describe(`page weight budgets over ${dist}/`, () => {
  const textPages = [...(weights.get('section') ?? []), ...(weights.get('article') ?? [])];

  it('has section pages to weigh', () => {
    expect(weights.get('section')?.length ?? 0).toBeGreaterThan(0);
  });

  for (const kind of PAGE_KINDS) {
    it(`keeps every ${kind} page within ${BUDGET[kind] / KB} KB gzip in total`, () => {
      expect(over(weights.get(kind) ?? [], (p) => p.weight.total, BUDGET[kind])).toEqual([]);
    });
  }

  it('weighs every kind the build has (only redirects may be absent, when no page has moved)', () => {
    expect(PAGE_KINDS.filter((k) => k !== 'redirect' && !weights.get(k)?.length)).toEqual([]);
  });

  it(`keeps the eager CSS of every section and article page within ${TEXT_PAGE.css / KB} KB gzip`, () => {
    expect(over(textPages, (p) => p.weight.css, TEXT_PAGE.css)).toEqual([]);
  });

  it(`keeps the eager JS of every section and article page within ${TEXT_PAGE.js / KB} KB gzip`, () => {
    expect(over(textPages, (p) => p.weight.js, TEXT_PAGE.js)).toEqual([]);
  });

  it('loads nothing from another origin and references no missing asset', () => {
    const bad = [...weights.values()].flat().filter((p) => p.weight.external.length || p.weight.missing.length);
    expect(bad.map((p) => `${p.url}: ${[...p.weight.external, ...p.weight.missing].join(' ')}`)).toEqual([]);
  });
});
