/**
 * The header on a phone (issue 14): one sticky row with the short name, where
 * the page is (章 › 节), 搜索 and 目录; the search box, the version switcher, the
 * size control and the contents open from it. At 375×667 the header, notice and
 * breadcrumb leave at least 65% of the first screen to the text; at 1280 px the
 * header keeps its one line of tools. Screenshots: test-results/phone-header-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from './serve.ts';
import { openOnPhone, phoneContext, useSharedSite } from './shared-site.ts';

let browser: Browser;
let server: StaticServer;
let shots: string;

useSharedSite((site) => ({ browser, server, shots } = site));

const SCREEN = { width: 375, height: 667 };
const SECTION = '/latest/4/2/';

function phone(options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<BrowserContext> {
  return phoneContext(browser, { width: SCREEN.width, height: SCREEN.height, ...options });
}

/** The phone opened on `path` (the section page unless given); close the context when done. */
function openPhone(path = SECTION, options: Parameters<typeof phone>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  return openOnPhone(browser, `${server.url}${path}`, { width: SCREEN.width, height: SCREEN.height, ...options });
}

/** Top and bottom of the first element matching, in CSS pixels of the viewport. */
function edges(page: Page, selector: string): Promise<{ top: number; bottom: number }> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
}

/** Heights of the visible controls (links and buttons) in the header. */
function controlHeights(page: Page): Promise<[string, number][]> {
  return page.locator('.site-header').evaluate((header) =>
    [...header.querySelectorAll<HTMLElement>('a[data-open], summary, button, input')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => [el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName, el.getBoundingClientRect().height] as [string, number]),
  );
}

describe('the header on a phone', () => {
  it('is one sticky row of at most 56 px with the short name, the current 章 › 节, 搜索 and 目录', async () => {
    const { context, page } = await openPhone();
    const header = page.locator('.site-header');
    const { top, bottom } = await edges(page, '.site-header');
    expect(bottom - top).toBeLessThanOrEqual(56);
    expect(await page.locator('.site-where').textContent()).toBe('第四章 › 第二节 统筹划定三条控制线');
    expect(await header.locator('a[data-open]').allTextContents()).toEqual(['搜索', '目录']);
    expect(await page.locator('#site-search').isVisible()).toBe(false);
    expect(await page.locator('header version-switcher').isVisible()).toBe(false);
    // One row: name, where, and the buttons share the header's height.
    for (const sel of ['.site-title', '.site-where', 'a[data-open="search"]', 'a[data-open="menu"]']) {
      const box = await edges(page, `.site-header ${sel}`);
      expect(box.top, sel).toBeGreaterThanOrEqual(top);
      expect(box.bottom, sel).toBeLessThanOrEqual(bottom + 0.5);
    }
    for (const [name, h] of await controlHeights(page)) expect(h, name).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: `${shots}/phone-header-top.png` });
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => edges(page, '.site-header').then((e) => e.top)).toBe(0);
    await page.screenshot({ path: `${shots}/phone-header-mid-page.png` });
    await context.close();
  });

  it('leaves at least 65% of the first screen to the text: header, notice and breadcrumb take at most 35%', async () => {
    const { context, page } = await openPhone();
    const first = (await edges(page, '.breadcrumb')).bottom;
    await page.screenshot({ path: `${shots}/phone-header-first-visit.png` });
    // Once a page with the notice has been left, it folds to one line.
    await page.goto(`${server.url}/latest/4/3/`);
    await page.goto(`${server.url}${SECTION}`);
    const later = (await edges(page, '.breadcrumb')).bottom;
    await page.screenshot({ path: `${shots}/phone-header-notice-read.png` });
    console.log(`phone header + notice + breadcrumb at 375×667: ${Math.round(first)} px (${((first / SCREEN.height) * 100).toFixed(0)}%) first visit, ${Math.round(later)} px (${((later / SCREEN.height) * 100).toFixed(0)}%) after`);
    expect(first / SCREEN.height).toBeLessThanOrEqual(0.35);
    expect(later).toBeLessThan(first);
    // The breadcrumb is one line.
    const crumb = await edges(page, '.breadcrumb ol');
    expect(crumb.bottom - crumb.top).toBeLessThan(32);
    await context.close();
  });

  it('cuts a long name with an ellipsis on its one line, not inside a character', async () => {
    const context = await phone({ width: 320 });
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('plan-size', 'xlarge'));
    await page.goto(`${server.url}${SECTION}`);
    const title = await page.locator('.site-title').evaluate((el) => {
      const s = getComputedStyle(el);
      return { overflow: s.textOverflow, wrap: s.whiteSpace, lines: el.getClientRects().length, cut: el.scrollWidth > el.clientWidth };
    });
    expect(title).toEqual({ overflow: 'ellipsis', wrap: 'nowrap', lines: 1, cut: true });
    expect((await edges(page, '.site-header')).bottom).toBeLessThanOrEqual(64);
    await page.locator('.site-header').screenshot({ path: `${shots}/phone-header-320-xlarge.png` });
    // The breadcrumb wraps at this size instead of cutting the version's name (整理稿第…).
    const cut = await page.locator('.breadcrumb li').evaluateAll((lis) => lis.filter((li) => li.scrollWidth > li.clientWidth + 1).map((li) => li.textContent));
    expect(cut).toEqual([]);
    await context.close();
  });
});

describe('the phone header in use: search, menu, no JavaScript, dark', () => {
  it('opens the search box from 搜索, focused, with live results under the header, and closes it with Esc', async () => {
    const { context, page } = await openPhone();
    const button = page.locator('a[data-open="search"]');
    await button.tap();
    const input = page.locator('#site-search');
    await expect.poll(() => input.isVisible()).toBe(true);
    expect(await input.evaluate((el) => document.activeElement === el)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const headerBottom = (await edges(page, '.site-header')).bottom;
    expect((await edges(page, '#site-search')).top).toBeGreaterThanOrEqual(headerBottom);
    await input.fill('城镇开发边界');
    await page.locator('plan-search [role="option"]').first().waitFor();
    const popup = (await page.locator('plan-search [data-search-popup]').boundingBox())!;
    expect(popup.x).toBeGreaterThanOrEqual(0);
    expect(popup.x + popup.width).toBeLessThanOrEqual(SCREEN.width);
    expect(popup.y).toBeGreaterThan(headerBottom);
    await page.screenshot({ path: `${shots}/phone-header-search.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => input.isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('focuses the search box within the tap on 搜索, before the header\'s module has loaded (a phone raises its keyboard only then)', async () => {
    const context = await phone();
    const page = await context.newPage();
    // Hold the header's module back: the tap must be answered without it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/header-menu\.client/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}${SECTION}`);
    const button = page.locator('a[data-open="search"]');
    await button.tap();
    const input = page.locator('#site-search');
    expect(await input.evaluate((el) => document.activeElement === el && el.checkVisibility())).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => !!customElements.get('header-menu'))).toBe(false);
    // Once the module is here it takes the open box over: Esc closes it.
    release();
    await page.waitForFunction(() => !!customElements.get('header-menu'));
    await page.keyboard.press('Escape');
    await expect.poll(() => input.isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('opens the contents from 目录 under the version switcher and size control, and closes on a chosen section', async () => {
    const { context, page } = await openPhone();
    const menu = page.locator('a[data-open="menu"]');
    await menu.tap();
    const nav = page.locator('#plan-nav');
    await expect.poll(() => nav.isVisible()).toBe(true);
    const switcher = page.locator('header version-switcher summary');
    expect(await switcher.isVisible()).toBe(true);
    expect(await page.locator('header [data-size-step="1"]').isVisible()).toBe(true);
    expect((await edges(page, '#plan-nav')).top).toBeGreaterThanOrEqual((await edges(page, '.header-tools')).bottom - 1);
    for (const [name, h] of await controlHeights(page)) expect(h, name).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: `${shots}/phone-header-menu.png` });
    // The version list opens inside the screen and pushes the contents down, not over them.
    await switcher.tap();
    const list = (await page.locator('header .version-panel').boundingBox())!;
    expect(list.x).toBeGreaterThanOrEqual(0);
    expect(list.x + list.width).toBeLessThanOrEqual(SCREEN.width);
    await expect.poll(async () => (await edges(page, '#plan-nav')).top).toBeGreaterThanOrEqual(list.y + list.height - 1);
    await page.screenshot({ path: `${shots}/phone-header-menu-versions.png` });
    await nav.locator('a[href$="/4/3/"]').tap();
    await page.waitForURL(/\/4\/3\/$/);
    await expect.poll(() => page.locator('.site-where').textContent()).toMatch(/^第四章 › 第三节 /);
    expect(await nav.isVisible()).toBe(false);
    await context.close();
  });

  it('offers 菜单 with the version switcher on a page without contents', async () => {
    const { context, page } = await openPhone('/versions/');
    const menu = page.locator('a[data-open="menu"]');
    expect(await menu.textContent()).toBe('菜单');
    await menu.tap();
    await expect.poll(() => page.locator('header version-switcher summary').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('header version-switcher summary').isVisible()).toBe(false);
    await context.close();
  });

  it('without JavaScript leads 搜索 to the search page and shows the tools under the header from 目录', async () => {
    const { context, page } = await openPhone(SECTION, { javaScriptEnabled: false });
    expect(await page.locator('a[data-open="search"]').getAttribute('href')).toBe('/search/');
    await page.locator('a[data-open="menu"]').tap();
    await expect.poll(() => page.locator('header version-switcher summary').isVisible()).toBe(true);
    await page.screenshot({ path: `${shots}/phone-header-no-js-menu.png` });
    await context.close();
  });

  it('reads in the dark scheme with the header on the page colour', async () => {
    const { context, page } = await openPhone(SECTION, { colorScheme: 'dark' });
    const [header, body] = await page.evaluate(() => [getComputedStyle(document.querySelector('.site-header')!).backgroundColor, getComputedStyle(document.body).backgroundColor]);
    expect(header).toBe(body);
    const [r, g, b] = header!.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 60);
    await page.screenshot({ path: `${shots}/phone-header-dark.png` });
    await context.close();
  });
});

describe('the header at 1280 px', () => {
  it('keeps the search box, version switcher and size control in one line, without the phone’s buttons', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}${SECTION}`);
    const { top, bottom } = await edges(page, '.site-header');
    expect(bottom - top).toBeLessThan(64);
    for (const sel of ['#site-search', 'header version-switcher summary', 'header [data-size-step="1"]', '.site-title']) {
      expect(await page.locator(sel).isVisible(), sel).toBe(true);
    }
    expect(await page.locator('header-menu').isVisible()).toBe(false);
    expect(await page.locator('.site-where').isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position)).toBe('static');
    await page.locator('.site-header').screenshot({ path: `${shots}/phone-header-desktop.png` });
    await page.close();
  });
});
