/**
 * Maps in a real browser: the static SVG is there without JavaScript; Leaflet
 * is requested only when the reader asks for the interactive map (a tap or
 * the 交互地图 button), never at load and never on a page without a map; the
 * interactive map is keyboard-usable, in Chinese, keeps scale and north, and
 * on a touch screen lets one finger scroll the page. /<v>/all/ draws every
 * 附图. Screenshots: test-results/maps-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from './serve.ts';
import { phoneContext, useSharedSite } from './shared-site.ts';

let browser: Browser;
let server: StaticServer;
let shots: string;

useSharedSite((site) => ({ browser, server, shots } = site));

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

describe('static maps', () => {
  it('draws the static SVG map of a figure section with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/latest/4/4/`);
    const fig = page.locator('#fig3');
    expect(await fig.locator('svg.plan-map__svg path').count()).toBeGreaterThan(5);
    expect(await fig.locator('svg.plan-map__svg path').first().getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+l/);
    expect(await fig.locator('.plan-map__overlay--wide .plan-map__scale text').textContent()).toMatch(/^\d+ km$/);
    expect(await fig.locator('.plan-map__legend li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('示意')]));
    expect(await fig.locator('.plan-map__text li').count()).toBeGreaterThan(3);
    await fig.screenshot({ path: `${shots}/maps-static-fig3.png` });
    await context.close();
  });

  it('draws each 附图 of the whole text as a static map with its caption and sources, loading no map script', async () => {
    const { page, leaflet } = await openRecording('/latest/all/', { width: 1000, height: 900 });
    // Each heading of the 附图 part carries the figure's anchor; its map follows it.
    const figureAfter = (n: number) => page.locator(`h3#fig${n} + link + figure.plan-map`);
    for (const n of [1, 2, 3, 4, 6]) {
      const fig = figureAfter(n);
      expect(await fig.locator('svg.plan-map__svg path').count(), `附图${n}`).toBeGreaterThan(0);
      expect(await fig.locator('figcaption').textContent()).toContain(`附图${n}`);
      expect(await fig.locator('.sources').textContent()).toMatch(/^依据：/);
    }
    expect(await figureAfter(5).locator('svg.radial-diagram').count()).toBe(1);
    expect(await page.locator('plan-map').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(leaflet).toEqual([]);
    await figureAfter(3).screenshot({ path: `${shots}/maps-all-fig3.png` });
    await page.close();
  });

  it('draws the map\'s text large enough to read on a phone, on a desktop and on paper', async () => {
    /** The visible labels of 附图3: their drawn heights in CSS px, and which overlay shows. */
    const measure = (page: Page) =>
      page.locator('#fig3 svg.plan-map__svg').evaluate((svg) => {
        const shown = [...svg.querySelectorAll('.plan-map__overlay')].filter((g) => getComputedStyle(g).display !== 'none');
        const heights = shown.flatMap((g) => [...g.querySelectorAll('.plan-map__labels text')].map((t) => t.getBoundingClientRect().height));
        return { overlays: shown.map((g) => g.getAttribute('class')), smallest: Math.min(...heights), count: heights.length };
      });
    const phone = await phoneContext(browser);
    const onPhone = await phone.newPage();
    await onPhone.goto(`${server.url}/latest/4/4/`);
    const p = await measure(onPhone);
    // The wide drawing's 12-unit text was 7 px on a 390 px phone.
    expect(p.overlays).toEqual(['plan-map__overlay plan-map__overlay--narrow']);
    expect(p.smallest).toBeGreaterThanOrEqual(10);
    await onPhone.locator('#fig3 plan-map').screenshot({ path: `${shots}/maps-phone-fig3-static.png` });
    await phone.close();
    const desk = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await desk.goto(`${server.url}/latest/4/4/`);
    const d = await measure(desk);
    expect(d.overlays).toEqual(['plan-map__overlay plan-map__overlay--wide']);
    expect(d.smallest).toBeGreaterThanOrEqual(10);
    expect(d.count).toBe(p.count);
    // Printed 10 cm wide with the narrow drawing's text: at least 11 px, about 8 pt (it was 4.5 px).
    await desk.emulateMedia({ media: 'print' });
    const printed = await measure(desk);
    expect(printed.overlays).toEqual(['plan-map__overlay plan-map__overlay--narrow']);
    expect(printed.smallest).toBeGreaterThanOrEqual(11);
    await desk.close();
  });

  it('draws maps dark in the dark scheme, not as bright panels, each label keeping its contrast with its area', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/latest/4/4/`);
    // Drawn light (paper, areas and ink as on paper), then inverted in lightness as a whole, legend swatches too.
    const look = (selector: string) => page.locator(selector).first().evaluate((el) => ({ fill: getComputedStyle(el).fill, filter: getComputedStyle(el).filter }));
    const paper = await look('#fig3 .plan-map__bg');
    const ink = await look('#fig3 .plan-map__ink');
    const [svg, swatch] = await Promise.all([look('#fig3 .plan-map__svg'), look('#fig3 .plan-map__swatch')]);
    const amount = Number(/invert\(([\d.]+)\)/.exec(svg.filter)?.[1]);
    expect(amount, svg.filter).toBeGreaterThan(0.8);
    expect(swatch.filter).toBe(svg.filter);
    // What the screen shows of a light colour once inverted: dark paper, light ink.
    const shown = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((sum, c) => sum + (c * (1 - amount) + (255 - c) * amount), 0) / 3;
    expect(shown(paper.fill), paper.fill).toBeLessThan(60);
    expect(shown(ink.fill), ink.fill).toBeGreaterThan(200);
    await page.locator('#fig3').screenshot({ path: `${shots}/maps-dark-fig3.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    expect((await look('#fig3 .plan-map__svg')).filter).toBe('none');
    // The 八卦 inset, drawn on its own light paper, is turned the same way (review of 2026-12-03).
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server.url}/latest/9/1/`);
    expect((await look('svg.radial-diagram')).filter).toBe(svg.filter);
    await context.close();
  });

});

describe('the interactive map', () => {
  it('requests Leaflet only when the reader asks, then draws it with scale, north, Chinese zoom and one tab stop per layer', async () => {
    const { page, leaflet } = await openRecording('/latest/4/4/');
    const fig = page.locator('#fig3');
    await fig.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    expect(leaflet, 'scrolling a map into view loads nothing').toEqual([]);

    const request = page.waitForRequest(/leaflet-src/);
    await fig.getByRole('button', { name: /切换为交互地图/ }).click();
    await request;
    await fig.locator('.leaflet-container .leaflet-overlay-pane path').first().waitFor();
    await page.waitForTimeout(300);
    // Where the county outline sits within the map (page scrolling aside).
    const outline = fig.locator('.leaflet-overlay-pane path').first();
    const place = () => outline.evaluate((el) => {
      const a = el.getBoundingClientRect();
      const b = el.closest('.leaflet-container')!.getBoundingClientRect();
      return { x: a.x - b.x, y: a.y - b.y };
    });
    const initial = await place();
    expect(await fig.locator('plan-map').getAttribute('class')).toContain('is-interactive');
    expect(await fig.locator('.leaflet-control-scale-line').textContent()).toMatch(/\d+ k?m/);
    expect(await fig.locator('.plan-map__north').textContent()).toBe('北 ↑');
    expect(await fig.locator('.leaflet-control-zoom a').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(['放大', '缩小']);
    expect(leaflet.some((u) => u.endsWith('.css'))).toBe(true);

    // The attribution never covers the scale bar.
    const scaleBox = (await fig.locator('.leaflet-control-scale').boundingBox())!;
    const credit = (await fig.locator('.leaflet-control-attribution').boundingBox())!;
    const apart = scaleBox.x + scaleBox.width <= credit.x || credit.y + credit.height <= scaleBox.y || scaleBox.y + scaleBox.height <= credit.y;
    expect(apart, `scale ${JSON.stringify(scaleBox)} vs attribution ${JSON.stringify(credit)}`).toBe(true);

    // Labels sit on what they name: the county's name inside the county's outline box.
    const label = await fig.locator('.plan-map__label', { hasText: /^特克斯县$/ }).boundingBox();
    const county = await fig.locator('.leaflet-overlay-pane path').first().boundingBox();
    const cx = label!.x + label!.width / 2;
    const cy = label!.y + label!.height / 2;
    expect(cx).toBeGreaterThan(county!.x);
    expect(cx).toBeLessThan(county!.x + county!.width);
    expect(cy).toBeGreaterThan(county!.y);
    expect(cy).toBeLessThan(county!.y + county!.height);

    // Keyboard: one stop per feature kind (5 layers on 附图3), Enter opens the layer's popup.
    const stops = fig.locator('.leaflet-overlay-pane [role="button"][tabindex="0"]');
    expect(await stops.count()).toBe(await fig.locator('.plan-map__legend li').count());
    await stops.nth(2).focus();
    await page.keyboard.press('Enter');
    const popup = fig.locator('.leaflet-popup-content');
    await popup.waitFor();
    expect(await popup.textContent()).toMatch(/相关条文|本节未列出相关条文/);
    expect(await popup.textContent()).not.toContain('（示意）（示意');

    // The reset control brings the county back where it was after panning away.
    await page.keyboard.press('Escape');
    const before = await place();
    await fig.locator('.leaflet-container').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(500);
    expect(Math.abs((await place()).x - before.x)).toBeGreaterThan(50);
    await fig.getByRole('button', { name: '回到全图' }).click();
    await page.waitForTimeout(800);
    const after = await place();
    expect(Math.abs(after.x - initial.x) + Math.abs(after.y - initial.y)).toBeLessThan(3);
    await fig.screenshot({ path: `${shots}/maps-leaflet-fig3.png` });
    await page.close();
  });
});

describe('the interactive map on a phone', () => {
  it('keeps the page scrollable with one finger over a map on a phone, and zooms the map with two', async () => {
    const context = await phoneContext(browser, { width: 390, height: 844 });
    const page = await context.newPage();
    const leaflet: string[] = [];
    page.on('request', (r) => void (/leaflet/i.test(r.url()) && leaflet.push(r.url())));
    await page.goto(`${server.url}/latest/4/4/`, { waitUntil: 'load' });
    const fig = page.locator('#fig3');
    await fig.locator('svg.plan-map__svg').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(leaflet).toEqual([]);
    await fig.locator('svg.plan-map__svg').tap();
    const live = fig.locator('.leaflet-container');
    await live.locator('.leaflet-overlay-pane path').first().waitFor();
    await page.waitForTimeout(300);
    await fig.screenshot({ path: `${shots}/maps-phone-fig3.png` });
    // The short credit keeps to one line beside the scale bar instead of a narrow column of three.
    const credit = (await live.locator('.leaflet-control-attribution').boundingBox())!;
    const scaleBar = (await live.locator('.leaflet-control-scale').boundingBox())!;
    expect(credit.height, 'attribution height').toBeLessThan(30);
    expect(scaleBar.x + scaleBar.width <= credit.x || credit.y + credit.height <= scaleBar.y, 'attribution clear of the scale bar').toBe(true);

    // A one-finger swipe downwards that starts on the map scrolls the page back up and leaves the map where it was.
    const box = (await live.boundingBox())!;
    const pane = fig.locator('.leaflet-map-pane');
    const mapBefore = await pane.getAttribute('style');
    const scrollBefore = await page.evaluate(() => scrollY);
    // Real touch events through Chromium's input pipeline (synthesized scroll gestures do not scroll in headless mode).
    const cdp = await context.newCDPSession(page);
    const touch = async (from: { x: number; y: number }[], to: { x: number; y: number }[]) => {
      const at = (k: number) => from.map((p, n) => ({ x: Math.round(p.x + (to[n]!.x - p.x) * k), y: Math.round(p.y + (to[n]!.y - p.y) * k), id: n }));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
      for (let step = 1; step <= 10; step++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 10) });
        await page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(400);
    };
    const cx = Math.round(box.x + box.width / 2);
    const cy = Math.round(box.y + box.height / 2);
    await touch([{ x: cx, y: cy - 80 }], [{ x: cx, y: cy + 120 }]);
    expect(scrollBefore).toBeGreaterThan(150);
    expect(await page.evaluate(() => scrollY)).toBeLessThan(scrollBefore - 100);
    expect(await pane.getAttribute('style')).toBe(mapBefore);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.leaflet-container')!).touchAction)).toBe('pan-x pan-y');

    // Two fingers spreading apart zoom the map.
    const scaleBefore = await fig.locator('.leaflet-control-scale-line').textContent();
    const now = (await live.boundingBox())!;
    const mx = Math.round(now.x + now.width / 2);
    const my = Math.round(now.y + now.height / 2);
    await touch([{ x: mx - 20, y: my }, { x: mx + 20, y: my }], [{ x: mx - 120, y: my }, { x: mx + 120, y: my }]);
    expect(await fig.locator('.leaflet-control-scale-line').textContent()).not.toBe(scaleBefore);
    await fig.screenshot({ path: `${shots}/maps-phone-fig3-zoomed.png` });
    await context.close();
  });

});

describe('where maps are drawn and loaded', () => {
  it('makes no Leaflet request on a page without a map', async () => {
    const { page, leaflet } = await openRecording('/latest/2/2/');
    expect(await page.locator('plan-map').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(800);
    expect(leaflet).toEqual([]);
    expect(await page.content()).not.toMatch(/leaflet/i);
    await page.close();
  });

  it('shows the locator map on the home page with its labels apart, and loads no Leaflet at load on desktop or phone', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const { page, leaflet } = await openRecording('/', viewport);
      await page.waitForTimeout(500);
      expect(leaflet, `${viewport.width}px`).toEqual([]);
      await page.close();
    }
    const { page } = await openRecording('/', { width: 1000, height: 900 });
    const home = page.locator('#fig1');
    const labels = home.locator('svg.plan-map__svg .plan-map__overlay--wide .plan-map__labels text');
    expect(await labels.allTextContents()).toEqual(expect.arrayContaining(['特克斯县', '特克斯镇', '昭苏县', '巩留县', '伊宁市']));
    // No label's drawn box overlaps another's (伊宁市 was hidden under its neighbours).
    const clashes = await labels.evaluateAll((els) => {
      const boxes = (els as SVGTextElement[]).map((e) => ({ t: e.textContent, b: e.getBBox() }));
      return boxes.flatMap((a, i) => boxes.slice(i + 1).filter(({ b }) => a.b.x < b.x + b.width && b.x < a.b.x + a.b.width && a.b.y < b.y + b.height && b.y < a.b.y + a.b.height).map((b) => `${a.t} × ${b.t}`));
    });
    expect(clashes).toEqual([]);
    await home.getByRole('button', { name: /切换为交互地图/ }).click();
    await home.locator('.leaflet-container').waitFor();
    await page.waitForTimeout(300);
    await home.screenshot({ path: `${shots}/maps-home-fig1.png` });

    await page.goto(`${server.url}/latest/9/1/`);
    const bagua = page.locator('#fig5 svg.radial-diagram');
    expect(await bagua.locator('.radial-diagram__radial').count()).toBe(8);
    expect(await bagua.locator('.radial-diagram__ring').count()).toBe(4);
    expect(await page.locator('#fig5 plan-map').count()).toBe(0);
    await page.locator('#fig5').screenshot({ path: `${shots}/maps-radial-fig5.png` });
    await page.close();
  });

  it('links 附图N in the text to the figure on its section page', async () => {
    const { page } = await openRecording('/latest/4/4/', { width: 1000, height: 900 });
    const link = page.locator('a.figref[data-figure="3"]').first();
    expect(await link.getAttribute('href')).toMatch(/\/4\/4\/#fig3$/);
    await page.close();
  });
});
