import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import type { StaticServer } from './serve.ts';
import { E2E_DIST } from './browser.ts';
import { useSharedSite } from './shared-site.ts';

/** The built site to test (E2E_DIST lets a fixture build be tested the same way). */
const dist = E2E_DIST;

let browser: Browser;
let server: StaticServer;
let shots: string;

/** The URL of the first section or chapter page under /latest/ whose text holds a cross-reference link. */
function pageWithReference(): string {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name === 'index.html') pages.push(join(dir, e.name));
    }
  };
  walk(join(dist, 'latest'));
  const found = pages.find((p) => /^latest\/\d+\/(\d+\/)?index\.html$/.test(relative(dist, p)) && readFileSync(p, 'utf8').includes('class="xref"'));
  if (!found) throw new Error(`no page under ${dist}/latest/ has a cross-reference link: build a plan whose articles cite each other`);
  return `/${relative(dist, found).replace(/index\.html$/, '')}`;
}

useSharedSite((site) => ({ browser, server, shots } = site));

describe('cross-reference previews', () => {
  it('shows the opening of the target on keyboard focus and dismisses it with Esc', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${server.url}${pageWithReference()}`);
    const link = page.locator('main p:not(.cited-by) a.xref[data-xref]').first();
    // The page carries the id; the text is the version's preview for it, fetched on first use.
    const previewsUrl = (await page.locator('xref-preview').getAttribute('data-previews'))!;
    expect(previewsUrl).toMatch(/^\/[\w-]+\/previews\.json$/);
    expect(previewsUrl).not.toContain('/latest/');
    const previews = JSON.parse(readFileSync(join(dist, previewsUrl), 'utf8')) as Record<string, string>;
    const preview = previews[(await link.getAttribute('data-xref'))!];
    expect(preview).toBeTruthy();
    // Reach the link by keyboard: Tab until it has focus.
    for (let i = 0; i < 200 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);

    const tip = page.locator('#xref-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(preview);
    expect(await link.getAttribute('aria-describedby')).toBe('xref-tip');
    expect(await tip.getAttribute('role')).toBe('tooltip');
    // Placed next to the link, not somewhere else on the page.
    const [l, t] = await Promise.all([link.boundingBox(), tip.boundingBox()]);
    expect(Math.abs(t!.y - (l!.y + l!.height)) < 20 || Math.abs(t!.y + t!.height - l!.y) < 20).toBe(true);
    await page.screenshot({ path: `${shots}/xref-preview-focus.png` });

    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('shows the preview on hover and hides it when the pointer leaves', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${server.url}${pageWithReference()}`);
    const link = page.locator('main a.xref[data-xref]').first();
    await link.hover();
    const tip = page.locator('#xref-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    // The preview begins with what the link names (第十八条…, 第四章…).
    expect((await tip.textContent())!.startsWith((await link.textContent())!.replace(/^本规划/, '').slice(0, 2))).toBe(true);
    await page.screenshot({ path: `${shots}/xref-preview-hover.png` });
    await page.mouse.move(2, 2);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  it('shows nothing, and keeps the link working, when the previews cannot be fetched; a later hover tries again', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    let fail = true;
    await page.route('**/previews.json', (route) => (fail ? route.abort() : route.continue()));
    await page.goto(`${server.url}${pageWithReference()}`);
    const link = page.locator('main p:not(.cited-by) a.xref[data-xref]').first();
    const tip = page.locator('#xref-tip');
    await link.hover();
    await page.waitForTimeout(600);
    expect(await tip.isVisible()).toBe(false);
    await page.mouse.move(2, 2);
    fail = false;
    await link.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.close();
  });

  it('shows nothing when the reader has left, blurred or pressed Esc before slow previews arrive', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.route('**/previews.json', async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await page.goto(`${server.url}${pageWithReference()}`);
    const links = page.locator('main p:not(.cited-by) a.xref[data-xref]');
    const tip = page.locator('#xref-tip');
    // Hover, then leave before the texts arrive.
    await links.first().hover();
    await page.waitForTimeout(400);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(1500);
    expect(await tip.isVisible()).toBe(false);
    // Focus, then Esc before they arrive (a second fetch is under way only if the first failed; it did not).
    await page.reload();
    await links.first().focus();
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1500);
    expect(await tip.isVisible()).toBe(false);
    expect(await links.first().getAttribute('aria-describedby')).toBeNull();
    // Hover shorter than the show delay, the texts already here: nothing shows (focus elsewhere: focus keeps a tip).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await links.first().hover();
    await expect.poll(() => tip.isVisible(), { timeout: 5000 }).toBe(true);
    await page.mouse.move(2, 2);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await links.nth(1).hover();
    await page.waitForTimeout(60);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(500);
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });

  it('leaves a plain link that reaches its target without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${pageWithReference()}`);
    const link = page.locator('main a.xref').first();
    const href = (await link.getAttribute('href'))!;
    expect(await page.locator('#xref-tip').isVisible()).toBe(false);
    await link.click();
    await page.waitForURL((u) => u.pathname === new URL(href, server.url).pathname);
    const hash = new URL(href, server.url).hash;
    if (hash) expect(await page.locator(hash).count()).toBe(1);
    await context.close();
  });
});

describe('the references page', () => {
  it('links each matrix count to its list of references, under /latest/ too', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const response = await page.goto(`${server.url}/latest/references/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).not.toContain('/latest/');
    const cell = page.locator('table.xref-matrix td a').first();
    const count = Number(await cell.textContent());
    const anchor = (await cell.getAttribute('href'))!;
    await cell.click();
    const list = page.locator(`section:has(> ${anchor}) li`);
    expect(await list.count()).toBe(count);
    await page.screenshot({ path: `${shots}/xref-references-page.png`, fullPage: true });
    await page.close();
  });
});
