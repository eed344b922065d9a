/**
 * Byte budgets over the built dist/ (the `dist` project runs after
 * `npm run build`). Every section and article page, and the home page, is
 * weighed with `src/lib/page-weight.ts`: gzip bytes of its HTML plus the CSS
 * and JS it loads eagerly. Lazily imported chunks (the map, search UI) are
 * not part of a page's weight by that definition.
 *
 * For scale: stock Starlight serves about 22.5 KB per section page for
 * comparable Chinese content (HTML 7.5, CSS 12.0, JS 3.1); we mean to be
 * clearly lighter. The figures are deterministic for a given build, so these
 * are real assertions, not timings.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { weighDist, type WeighedPage } from '../../scripts/bench-util.ts';
import type { PageKind } from '../../src/lib/page-weight.ts';

const KB = 1024;
/** Budgets in bytes (1 KB = 1024 bytes, gzip level 9). */
const BUDGET = {
  textPageTotal: 16 * KB,
  textPageCss: 5 * KB,
  textPageJs: 4 * KB,
  homeTotal: 40 * KB,
};

const dist = process.env.BUDGET_DIST ?? 'dist';
const built = existsSync(`${dist}/index.html`);
if (!built) console.warn(`budgets: ${dist}/index.html is missing — run \`npm run build\` first; the budget checks are skipped.`);

const weights: Map<PageKind, WeighedPage[]> = built ? await weighDist(dist) : new Map();
const describeBuilt = built ? describe : describe.skip;

/** "url: 17.2 KB > 16.0 KB (HTML …, CSS …, JS …)" for each page over a limit. */
function over(pages: WeighedPage[], pick: (p: WeighedPage) => number, limit: number): string[] {
  return pages
    .filter((p) => pick(p) > limit)
    .map((p) => `${p.url}: ${(pick(p) / KB).toFixed(1)} KB > ${(limit / KB).toFixed(1)} KB (HTML ${(p.weight.html / KB).toFixed(1)}, CSS ${(p.weight.css / KB).toFixed(1)}, JS ${(p.weight.js / KB).toFixed(1)}; files ${[...p.weight.cssFiles, ...p.weight.jsFiles].join(' ') || 'inline only'})`);
}

describeBuilt(`page weight budgets over ${dist}/`, () => {
  const textPages = [...(weights.get('section') ?? []), ...(weights.get('article') ?? [])];

  it('has section pages to weigh', () => {
    expect(weights.get('section')?.length ?? 0).toBeGreaterThan(0);
  });

  it('keeps every section and article page within 16 KB gzip in total', () => {
    expect(over(textPages, (p) => p.weight.total, BUDGET.textPageTotal)).toEqual([]);
  });

  it('keeps the eager CSS of every section and article page within 5 KB gzip', () => {
    expect(over(textPages, (p) => p.weight.css, BUDGET.textPageCss)).toEqual([]);
  });

  it('keeps the eager JS of every section and article page within 4 KB gzip', () => {
    expect(over(textPages, (p) => p.weight.js, BUDGET.textPageJs)).toEqual([]);
  });

  it('keeps the home page within 40 KB gzip, the lazily loaded map excluded', () => {
    expect(over(weights.get('home') ?? [], (p) => p.weight.total, BUDGET.homeTotal)).toEqual([]);
  });

  it('loads nothing from another origin and references no missing asset', () => {
    const bad = [...weights.values()].flat().filter((p) => p.weight.external.length || p.weight.missing.length);
    expect(bad.map((p) => `${p.url}: ${[...p.weight.external, ...p.weight.missing].join(' ')}`)).toEqual([]);
  });
});
