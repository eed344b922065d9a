/**
 * The items of issue 14 that no other browser test covered, read again as a
 * reader would: body text size, an article anchor on the wrong section page,
 * the 404 page's suggestion, the diff's renumbering table on a phone, the
 * map's controls on a touch screen, and print in the dark scheme.
 * Screenshots and PDFs: test-results/recheck-*.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { StaticServer } from './serve.ts';
import { openOnPhone, useSharedSite } from './shared-site.ts';

let browser: Browser;
let server: StaticServer;
let shots: string;

useSharedSite((site) => ({ browser, server, shots } = site));

const phoneOpen = (url: string) => openOnPhone(browser, url);

describe('reading', () => {
  it('sets the plan’s text at 17 px on a desktop and on a phone', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}/latest/4/2/`);
      const size = await page.locator('main section.article p').first().evaluate((p) => getComputedStyle(p).fontSize);
      expect(size, `${viewport.width} px`).toBe('17px');
      await page.close();
    }
  });

  it('leads /ed2/4/2/#a18 to 第十八条, which is in 第三章第一节', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ed2/4/2/#a18`);
    const note = page.locator('.arrival-note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^第十八条不在本页，在第三章第一节：/);
    await note.locator('a').click();
    await page.waitForURL(/\/ed2\/3\/1\/#a18$/);
    const heading = page.locator('#a18');
    expect(await heading.textContent()).toContain('第十八条');
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);
    await page.screenshot({ path: `${shots}/recheck-a18-arrived.png` });
    await page.close();
  });

  it('offers on the 404 page only a page that exists, by its title', async () => {
    const page = await browser.newPage();
    // 第四章 has five sections: its ninth does not exist in any version.
    const response = await page.goto(`${server.url}/ed3/4/9/`);
    expect(response?.status()).toBe(404);
    const link = page.locator('.latest-link');
    await expect.poll(() => link.getAttribute('href')).toBe('/latest/4/');
    expect(await link.textContent()).toMatch(/^第四章 \S+/);
    expect(await page.locator('.suggest').textContent()).toMatch(/^最新版本中最接近的页面：/);
    const target = await page.request.get(`${server.url}/latest/4/`);
    expect(target.status()).toBe(200);
    await page.screenshot({ path: `${shots}/recheck-404.png` });
    await page.close();
  });
});

describe('the diff on a phone', () => {
  it('reads the renumbering table as one line per article, within the screen', async () => {
    const { context, page } = await phoneOpen(`${server.url}/diff/ed1/ed2/#renumbered-heading`);
    const table = page.locator('.renumbered-table');
    expect(await table.locator('tr.diff-entry-row').count()).toBeGreaterThan(5);
    expect(await table.locator('thead').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const row = (await table.locator('tr.diff-entry-row').first().boundingBox())!;
    expect(row.x).toBeGreaterThanOrEqual(0);
    expect(row.x + row.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${shots}/recheck-diff-renumbered-phone.png` });
    await context.close();
  });
});

describe('maps on a phone', () => {
  it('keeps the live map’s names apart, gives 放大, 缩小 and 全图 at least 44 px, and 全图 brings the figure back', async () => {
    const { context, page } = await phoneOpen(`${server.url}/latest/4/4/`);
    const fig = page.locator('#fig3');
    await fig.locator('svg.plan-map__svg').scrollIntoViewIfNeeded();
    await fig.locator('svg.plan-map__svg').tap();
    await fig.locator('.leaflet-overlay-pane path').first().waitFor();
    // The names drawn on the live map stay apart at a phone's size (北翼 was under the axis's name).
    const clashes = await fig.locator('.plan-map__label').evaluateAll((els) => {
      const boxes = els.map((e) => ({ t: e.textContent, r: e.getBoundingClientRect() }));
      return boxes.flatMap((a, i) => boxes.slice(i + 1).filter(({ r }) => a.r.left < r.right && r.left < a.r.right && a.r.top < r.bottom && r.top < a.r.bottom).map((b) => `${a.t} × ${b.t}`));
    });
    expect(clashes).toEqual([]);
    const controls = fig.locator('.leaflet-control-zoom a, .plan-map__reset');
    expect(await controls.count()).toBe(3);
    for (const box of await controls.evaluateAll((els) => els.map((e) => [e.getAttribute('aria-label') ?? e.textContent, e.getBoundingClientRect().height, e.getBoundingClientRect().width] as const))) {
      expect(box[1], String(box[0])).toBeGreaterThanOrEqual(44);
      expect(box[2], String(box[0])).toBeGreaterThanOrEqual(44);
    }
    const county = fig.locator('.leaflet-overlay-pane path').first();
    const start = (await county.boundingBox())!;
    await fig.locator('.leaflet-control-zoom-in').tap();
    await expect.poll(async () => (await county.boundingBox())!.width).toBeGreaterThan(start.width * 1.5);
    await page.waitForTimeout(500); // the zoom animation ends
    await fig.locator('.plan-map__reset').tap();
    await expect.poll(async () => Math.abs((await county.boundingBox())!.width - start.width), { timeout: 3000 }).toBeLessThan(3);
    const back = (await county.boundingBox())!;
    expect(Math.abs(back.x - start.x) + Math.abs(back.y - start.y)).toBeLessThan(3);
    await fig.screenshot({ path: `${shots}/recheck-map-phone-controls.png` });
    await context.close();
  });
});

describe('print in the dark scheme', () => {
  it('prints black text on white paper, not the screen’s dark colours', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${server.url}/ed3/4/3/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const css = (sel: string, prop: 'color' | 'backgroundColor' | 'fill') => getComputedStyle(document.querySelector(sel)!)[prop];
      return { body: css('body', 'color'), paper: css('body', 'backgroundColor'), muted: css('.muted', 'color'), map: css('.plan-map__bg', 'fill'), scheme: getComputedStyle(document.documentElement).colorScheme };
    });
    const sum = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    expect(colours.scheme).toBe('light');
    expect(sum(colours.body)).toBe(0);
    expect(sum(colours.paper)).toBe(3 * 255);
    expect(sum(colours.muted), colours.muted).toBeLessThan(3 * 128);
    expect(sum(colours.map), colours.map).toBeGreaterThan(3 * 200);
    const pdf = `${shots}/recheck-print-dark.pdf`;
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, `${shots}/recheck-print-dark`]);
    await context.close();
  });
});
