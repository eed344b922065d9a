/**
 * Reading offline in Chromium: nothing is fetched before the reader asks;
 * 离线保存此版本 shows the size, then saves with progress; with the network
 * gone (context.setOffline; the shared server stays up but is unreachable) a section, an article, the
 * whole version, search and a map still work, and a page that was not saved
 * says so. Screenshots: test-results/offline-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StaticServer } from './serve.ts';
import { useSharedSite } from './shared-site.ts';

let browser: Browser;
let server: StaticServer;
let shots: string;
let context: BrowserContext;
let page: Page;
let base: string;
const requests: string[] = [];

useSharedSite((site) => ({ browser, server, shots } = site));
beforeAll(async () => {
  base = server.url;
  context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  page = await context.newPage();
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
}, 60_000);
afterAll(async () => {
  await context?.close();
});

const status = () => page.locator('offline-save [data-part="status"]');

describe('reading offline', () => {
  it('fetches nothing for offline use until the reader asks', async () => {
    await page.goto(`${base}/ed3/`);
    await page.locator('offline-save button[data-action="save"]').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    expect(requests.filter((p) => p.startsWith('/offline/') || p === '/sw.js')).toEqual([]);
  });

  it('shows the size first, then saves the version with progress', async () => {
    await page.click('offline-save button[data-action="save"]');
    await expect.poll(() => status().textContent(), { timeout: 15_000 }).toMatch(/将保存 \d+ 个文件，共 [\d.]+ MB/);
    await page.click('offline-save button[data-action="save"]');
    await expect.poll(() => status().textContent(), { timeout: 120_000, interval: 500 }).toMatch(/已离线保存：\d+ 个文件/);
    await page.screenshot({ path: `${shots}/offline-saved.png` });
    expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/^plan-offline-ed3@[0-9a-f]{16}$/)]);
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => !!r.active))).toBe(true);
  }, 180_000);

  it('opens a section, an article and the whole version with the network gone', async () => {
    await context.setOffline(true);
    await page.goto(`${base}/ed3/4/2/`);
    expect(await page.locator('h1').textContent()).toContain('统筹划定三条控制线');
    expect(await page.locator('#a31').count()).toBe(1);
    await page.goto(`${base}/ed3/a/31/`);
    expect(await page.locator('main').textContent()).toContain('三条控制线');
    await page.goto(`${base}/ed3/all/`);
    expect(await page.locator('[id^="a"]').count()).toBeGreaterThan(100);
  }, 60_000);

  it('searches the saved version offline', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('生态保护红线')}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('plan-search-page')?.dataset.shown === '生态保护红线', undefined, { timeout: 30_000 });
    const hits = await page.locator('.search-results a.search-entry').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((p) => p.startsWith('/ed3/'))).toBe(true);
    await page.screenshot({ path: `${shots}/offline-search.png` });
  }, 60_000);

  it('draws an interactive map offline', async () => {
    await page.goto(`${base}/ed3/4/4/`);
    const fig = page.locator('#fig3');
    await fig.scrollIntoViewIfNeeded();
    // Leaflet loads only when the reader asks for the interactive map (issue 17).
    await fig.getByRole('button', { name: /切换为交互地图/ }).click();
    await fig.locator('.leaflet-container .leaflet-overlay-pane path').first().waitFor({ timeout: 30_000 });
    await fig.screenshot({ path: `${shots}/offline-map.png` });
  }, 60_000);

  it('says so when a page was not saved', async () => {
    await page.goto(`${base}/ed1/4/2/`);
    expect(await page.locator('h1').textContent()).toBe('此页未离线保存');
    expect(await page.locator('main a').allTextContents()).toEqual(['整理稿第3版']);
    await page.screenshot({ path: `${shots}/offline-not-saved.png` });
  }, 30_000);
});
