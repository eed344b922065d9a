/**
 * Accessibility of the built site in real Chromium: axe-core on one page of
 * every kind of the route table, for the newest version, one older version and
 * the /latest/ alias (tests/dist/routes.test.ts checks every built page has a
 * kind, so none is left out), in the light
 * scheme, the dark scheme from the system setting, and the dark scheme from
 * the site's own toggle (data-theme); plus a keyboard-only path through
 * navigation, search and citation. Screenshots: test-results/a11y-*.png.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { classifyDist, newestVersionInDist, samplePagesByKind } from '../../scripts/bench-util.ts';
import { articleLabel, chapterLabel, sectionLabel } from '../../src/lib/citation.ts';
import { requireBuiltSite } from '../dist/built-site.ts';
import { E2E_DIST } from './browser.ts';
import { useSharedSite } from './shared-site.ts';
import type { StaticServer } from './serve.ts';

const DIST = E2E_DIST;
const AXE = join('node_modules', 'axe-core', 'axe.min.js');
const NOT_FOUND_URL = '/no-such-page/';

/**
 * One page per kind of the route table (src/lib/routes.ts): every kind of the
 * newest version, the per-version kinds of one older version and of the
 * /latest/ alias, and the pages outside the versions; a page with cite buttons
 * is preferred where a kind has one.
 */
function samplePages(): { kind: string; label: string; url: string; allSchemes: boolean }[] {
  requireBuiltSite(DIST, 'E2E_DIST');
  const newest = newestVersionInDist(DIST);
  const sample = samplePagesByKind(classifyDist(DIST), newest, (p) => readFileSync(join(DIST, p.file), 'utf8').includes('cite-button'));
  return sample.map((p) => ({
    // The older version and the alias share the newest version's templates: the light scheme is enough there.
    allSchemes: !p.alias && (p.version === undefined || p.version === newest),
    kind: p.kind!,
    label: `${p.kind}${p.alias ? '-latest' : p.version ? `-${p.version}` : ''}`,
    // The search page is checked with results showing, as a reader arriving from the box sees it.
    // The 404 page is checked where readers meet it: at an address that does not exist.
    url: p.kind === 'search' ? `${p.url}?q=${encodeURIComponent('规划')}` : p.kind === '404' ? NOT_FOUND_URL : p.url,
  }));
}

const pages = samplePages();

/** Schemes: the system's light and dark settings, and the site's own dark toggle over a light system. */
const SCHEMES = [
  { name: 'light', colorScheme: 'light', theme: undefined },
  { name: 'dark', colorScheme: 'dark', theme: undefined },
  { name: 'dark-toggle', colorScheme: 'light', theme: 'dark' },
] as const;

let browser: Browser;
let server: StaticServer;
let shots: string;

useSharedSite((site) => ({ browser, server, shots } = site));

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core on the page and returns serious and critical violations as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.split('\n').slice(1).join(' ').trim()}]` : ''}`).join('; ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`);
}

async function openIn(scheme: (typeof SCHEMES)[number], url: string, permissions: string[] = []): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ colorScheme: scheme.colorScheme, viewport: { width: 1280, height: 900 }, permissions });
  const theme = scheme.theme;
  // The site applies a saved theme before first paint; set it the way the toggle does.
  await context.addInitScript((t) => {
    try {
      if (t) localStorage.setItem('plan-theme', t);
      else localStorage.removeItem('plan-theme');
    } catch {}
  }, theme ?? null);
  const page = await context.newPage();
  const response = await page.goto(`${server.url}${url}`);
  expect(response, `no response for ${url}`).not.toBeNull();
  expect(response!.status(), `HTTP status of ${url}`).toBe(url === NOT_FOUND_URL ? 404 : 200);
  return { context, page };
}

describe('axe-core finds no serious or critical violations', () => {
  for (const { kind, label, url, allSchemes } of pages) {
    for (const scheme of allSchemes ? SCHEMES : SCHEMES.slice(0, 1)) {
      it(`on the ${label} page (${url}) in the ${scheme.name} scheme`, async () => {
        const { context, page } = await openIn(scheme, url);
        await page.waitForLoadState('load');
        if (kind === 'search') {
          // The results must render before they are checked: 规划 is in every version.
          await page.locator('[data-search-results] > *').first().waitFor({ timeout: 10_000 });
        }
        const theme = await page.evaluate(() => document.documentElement.dataset.theme ?? null);
        expect(theme).toBe(scheme.theme ?? null);
        await page.screenshot({ path: `${shots}/a11y-${label}-${scheme.name}.png` });
        const violations = await seriousViolations(page);
        await context.close();
        expect(violations, `${url} (${scheme.name})`).toEqual([]);
      });
    }
  }
});

/** The sampled page of a kind; a build without one fails the tests that need it. */
function sampled(kind: string): (typeof pages)[number] {
  const found = pages.find((p) => p.kind === kind);
  if (!found) throw new Error(`${DIST} has no ${kind} page to test: rebuild with \`npm run build\``);
  return found;
}

describe('axe-core on a phone-width screen', () => {
  const phonePage = sampled('section');
  it('finds no serious or critical violations with the sidebar folded', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${server.url}${phonePage.url}`);
    await page.waitForLoadState('load');
    await page.screenshot({ path: `${shots}/a11y-phone-${phonePage.kind}.png` });
    const violations = await seriousViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  });
});

describe('touch targets on a phone (review of 2026-12-03)', () => {
  it('gives the diff filters and the search page\'s 包括历史版本 44 px', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const heights = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    await page.goto(`${server.url}/diff/ed1/ed2/`);
    const filters = await heights('.diff-filter');
    expect(filters.length).toBeGreaterThan(0);
    for (const h of filters) expect(h).toBeGreaterThanOrEqual(44);
    await page.goto(`${server.url}/search/`);
    for (const h of await heights('.search-scope label')) expect(h).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});

/** A short description of the focused element, for asserting a Tab order. */
async function focused(page: Page): Promise<{ role: string; inMain: boolean; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { role: 'body', inMain: false, text: '' };
    const role = el.closest('[data-search-results], [role=listbox]') && el.matches('a, [role=option]')
      ? 'result'
      : el.matches('a.skip')
      ? 'skip'
      : el.matches('input[type=search], [role=search] input')
        ? 'search'
        : el.closest('#plan-nav, .sidebar') && el.matches('a')
          ? 'sidebar'
          : el.matches('a.permalink')
            ? 'permalink'
            : el.matches('.cite-button, plan-cite button')
              ? 'cite'
              : el.tagName.toLowerCase();
    return { role, inMain: !!el.closest('main'), text: (el.textContent ?? '').trim().slice(0, 40) };
  });
}

/** Presses Tab until `want` is focused (at most `limit` times); returns the roles passed on the way. */
async function tabUntil(page: Page, want: (f: { role: string; inMain: boolean }) => boolean, limit = 400): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f.role);
    if (want(f)) return seen;
  }
  throw new Error(`not reached after ${limit} Tabs; focus went through: ${[...new Set(seen)].join(', ')}`);
}

describe('a keyboard-only reader', () => {
  const textPage = sampled('section');
  sampled('search');

  it('reaches the skip link, the search box, the sidebar, an article’s § link and its cite button with Tab, in that order, and copies with Enter', async () => {
    const { context, page } = await openIn(SCHEMES[0], textPage.url, ['clipboard-read', 'clipboard-write']);
    const order = ['skip', 'search', 'sidebar', 'permalink', 'cite'];
    const seen = await tabUntil(page, (f) => f.role === 'cite');
    const firsts = order.map((role) => seen.indexOf(role));
    expect(firsts.every((i) => i >= 0), `focus order: ${[...new Set(seen)].join(' → ')}`).toBe(true);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    expect(seen[0]).toBe('skip');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 5000 }).toMatch(/ https?:\/\/[^/\s]+\/.+#a\d+$/);
    // The full provision: chapter, section and article, as on the page the reader is on (/<v>/<c>/<s>/).
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [, chapter, section] = /^\/[^/]+\/(\d+)\/(\d+)\/$/.exec(textPage.url)!;
    const article = Number(/#a(\d+)$/.exec(copied)![1]);
    expect(copied).toMatch(new RegExp(`^《.+》（.+）${chapterLabel(Number(chapter))}${sectionLabel(Number(section))}${articleLabel(article)} `));
    await page.screenshot({ path: `${shots}/a11y-keyboard-cite.png` });
    await context.close();
  });

  it('sees the skip link when it has focus, and lands in the main text after following it', async () => {
    const { context, page } = await openIn(SCHEMES[0], textPage.url);
    await page.keyboard.press('Tab');
    expect((await focused(page)).role).toBe('skip');
    const box = await page.locator('a.skip').boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 900).toBe(true);
    await page.screenshot({ path: `${shots}/a11y-keyboard-skip.png` });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await focused(page)).inMain).toBe(true);
    await context.close();
  });

  it('searches from the box with the keyboard and reaches a result', async () => {
    const { context, page } = await openIn(SCHEMES[0], textPage.url);
    await tabUntil(page, (f) => f.role === 'search');
    await page.keyboard.type('规划');
    await page.waitForTimeout(300);
    await Promise.all([page.waitForNavigation({ timeout: 10_000 }).catch(() => undefined), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    if (url.pathname.startsWith('/search/')) {
      // The results page: its results are reachable with Tab once rendered.
      await page.locator('[data-search-results] a').first().waitFor({ timeout: 10_000 });
      const seen = await tabUntil(page, (f) => f.role === 'result', 200).catch(async (error: Error) => {
        await page.screenshot({ path: `${shots}/a11y-keyboard-search-failed.png` });
        throw error;
      });
      expect(seen.at(-1)).toBe('result');
    } else {
      // A live result (or a citation query) opened a plan page directly.
      expect(await page.locator('main').count()).toBe(1);
      expect(url.pathname).not.toBe(new URL(`${server.url}${textPage.url}`).pathname);
    }
    await page.screenshot({ path: `${shots}/a11y-keyboard-search.png` });
    await context.close();
  });
});
