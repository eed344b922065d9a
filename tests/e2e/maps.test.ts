/**
 * Maps in a real browser: the static SVG is there without JavaScript; Leaflet
 * is requested only when a map scrolls into view, and never on a page without
 * a map; the interactive map is keyboard-usable and lists governing articles.
 * Screenshots: test-results/maps-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from './serve.ts';
import { startBrowserAndSite } from './browser.ts';

let browser: Browser;
let server: StaticServer;
let shots: string;

beforeAll(async () => {
  ({ browser, server, shots } = await startBrowserAndSite());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records every request whose URL mentions leaflet. */
async function openRecording(path: string, viewport = { width: 1000, height: 420 }): Promise<{ page: Page; leaflet: string[] }> {
  const page = await browser.newPage({ viewport });
  const leaflet: string[] = [];
  page.on('request', (r) => {
    if (/leaflet/i.test(r.url())) leaflet.push(r.url());
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, leaflet };
}

describe('maps', () => {
  it('draws the static SVG map of a figure section with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/latest/4/4/`);
    const fig = page.locator('#fig3');
    expect(await fig.locator('svg.plan-map__svg path').count()).toBeGreaterThan(5);
    expect(await fig.locator('svg.plan-map__svg path').first().getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+l/);
    expect(await fig.locator('.plan-map__scale text').textContent()).toMatch(/^\d+ km$/);
    expect(await fig.locator('.plan-map__legend li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('示意')]));
    expect(await fig.locator('.plan-map__text li').count()).toBeGreaterThan(3);
    await fig.screenshot({ path: `${shots}/maps-static-fig3.png` });
    await context.close();
  });

  it('requests Leaflet only when the map scrolls into view, then draws it with a scale and keyboard access', async () => {
    const { page, leaflet } = await openRecording('/latest/4/4/');
    const fig = page.locator('#fig3');
    const below = await fig.evaluate((el) => el.getBoundingClientRect().top > innerHeight + 100);
    expect(below, 'the map must start below the fold for this test').toBe(true);
    await page.waitForTimeout(500);
    expect(leaflet).toEqual([]);

    const request = page.waitForRequest(/leaflet-src/);
    await fig.scrollIntoViewIfNeeded();
    await request;
    await fig.locator('.leaflet-container .leaflet-overlay-pane path').first().waitFor();
    expect(await fig.locator('plan-map').getAttribute('class')).toContain('is-interactive');
    expect(await fig.locator('.leaflet-control-scale-line').textContent()).toMatch(/\d+ k?m/);
    expect(leaflet.some((u) => u.endsWith('.css'))).toBe(true);

    // Labels sit on what they name: the county's name inside the county's outline box.
    const label = await fig.locator('.plan-map__label', { hasText: /^特克斯县$/ }).boundingBox();
    const county = await fig.locator('.leaflet-overlay-pane path').first().boundingBox();
    const cx = label!.x + label!.width / 2;
    const cy = label!.y + label!.height / 2;
    expect(cx).toBeGreaterThan(county!.x);
    expect(cx).toBeLessThan(county!.x + county!.width);
    expect(cy).toBeGreaterThan(county!.y);
    expect(cy).toBeLessThan(county!.y + county!.height);

    // Keyboard: a feature is focusable and Enter opens its popup listing the governing articles.
    const feature = fig.locator('.leaflet-overlay-pane [role="button"][tabindex="0"]').first();
    await feature.focus();
    await page.keyboard.press('Enter');
    const popup = fig.locator('.leaflet-popup-content');
    await popup.waitFor();
    expect(await popup.textContent()).toMatch(/相关条文|本节未列出相关条文/);
    await page.waitForTimeout(300);
    await fig.screenshot({ path: `${shots}/maps-leaflet-fig3.png` });
    await page.close();
  });

  it('makes no Leaflet request on a page without a map', async () => {
    const { page, leaflet } = await openRecording('/latest/2/2/');
    expect(await page.locator('plan-map').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(800);
    expect(leaflet).toEqual([]);
    expect(await page.content()).not.toMatch(/leaflet/i);
    await page.close();
  });

  it('shows the locator map on the home page and the Bagua schematic with 8 radials and 4 rings in 9.1', async () => {
    const { page } = await openRecording('/', { width: 1000, height: 900 });
    const home = page.locator('#fig1');
    expect(await home.locator('svg.plan-map__svg .plan-map__labels text').allTextContents()).toEqual(
      expect.arrayContaining(['特克斯县', '特克斯镇', '昭苏县', '巩留县']),
    );
    await home.scrollIntoViewIfNeeded();
    await home.locator('.leaflet-container').waitFor();
    await page.waitForTimeout(300);
    await home.screenshot({ path: `${shots}/maps-home-fig1.png` });

    await page.goto(`${server.url}/latest/9/1/`);
    const bagua = page.locator('#fig5 svg.bagua');
    expect(await bagua.locator('.bagua__radial').count()).toBe(8);
    expect(await bagua.locator('.bagua__ring').count()).toBe(4);
    expect(await page.locator('#fig5 plan-map').count()).toBe(0);
    await page.locator('#fig5').screenshot({ path: `${shots}/maps-bagua-fig5.png` });
    await page.close();
  });

  it('links 附图N in the text to the figure on its section page', async () => {
    const { page } = await openRecording('/latest/4/4/', { width: 1000, height: 900 });
    const link = page.locator('a.figref[data-figure="3"]').first();
    expect(await link.getAttribute('href')).toMatch(/\/4\/4\/#fig3$/);
    await page.close();
  });
});
