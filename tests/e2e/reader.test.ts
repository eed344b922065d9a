/**
 * Reading details of issue 14 in Chromium: citing a 款 or 项, an anchor that
 * is on another page, the phone's header (章/节 while reading) and touch targets, the notice
 * folding once read, the whole-text page's links and headings, the citation
 * box's line breaks, and the size control. Screenshots: test-results/reader-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { StaticServer } from './serve.ts';
import { openOnPhone, useSharedSite } from './shared-site.ts';

let browser: Browser;
let server: StaticServer;
let shots: string;

useSharedSite((site) => ({ browser, server, shots } = site));

/** A phone (375 × 740, touch) with a page opened at `url`. */
const phoneOpen = (url: string) => openOnPhone(browser, url, { height: 740 });

describe('citing a 款 or 项', () => {
  it('highlights the 项 the address names and copies its citation with its URL', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${server.url}/ed2/1/1/#a3-1-2`);
    const item = page.locator('#a3-1-2');
    expect(await item.textContent()).toMatch(/^（二）/);
    const background = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator('#a3-1-1').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(plain);
    const button = page.locator('section.article:has(> #a3) plan-cite button');
    await expect.poll(() => button.textContent()).toBe('复制引用（第（二）项）');
    await page.screenshot({ path: `${shots}/reader-item-target.png` });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^《.+》（整理稿第2版）第一章第一节第三条第（二）项 http:\/\/[^ ]+\/ed2\/1\/1\/#a3-1-2$/);
    await context.close();
  });

  it('gives every paragraph of an article a ¶ link to its own anchor', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ed2/1/1/`);
    await page.locator('#a3-2, #a3-1').first().waitFor();
    const links = await page.locator('section.article:has(> #a3) a.para-link').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]));
    expect(links[0]).toEqual(['#a3-1', '第三条第一款']);
    expect(links.every(([href], i) => links.findIndex(([h]) => h === href) === i)).toBe(true);
    await page.locator('a.para-link[href="#a3-1-3"]').click();
    expect(new URL(page.url()).hash).toBe('#a3-1-3');
    await page.close();
  });

  it('jumps from a search for 第3条第（三）项 to that 项', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('第3条第（三）项')}`);
    const jump = page.locator('a.search-entry.is-jump');
    await jump.waitFor();
    expect(new URL(await jump.evaluate((a) => (a as HTMLAnchorElement).href)).hash).toBe('#a3-1-3');
    await page.close();
  });

  it('leads from an article anchor on the wrong section page to the page that has it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ed2/4/2/#a18-1`);
    const note = page.locator('.arrival-note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^第十八条不在本页，在第三章第一节：/);
    expect(await note.locator('a').getAttribute('href')).toBe('/ed2/3/1/#a18-1');
    await page.screenshot({ path: `${shots}/reader-misplaced-anchor.png` });
    await note.locator('a').click();
    await page.waitForURL(/\/ed2\/3\/1\/#a18-1$/);
    expect(await page.locator('#a18-1').count()).toBe(1);
    await page.close();
  });
});

describe('on a phone', () => {
  it('keeps the one-row header with the current 章/节 and the contents at hand while scrolling', async () => {
    const { context, page } = await phoneOpen(`${server.url}/ed2/4/2/`);
    const bar = page.locator('.site-header');
    expect(await bar.locator('[data-reading-where]').textContent()).toBe('第四章 › 第二节 统筹划定三条控制线');
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.waitForTimeout(100);
    const box = await bar.boundingBox();
    expect(box!.y).toBe(0);
    expect(box!.height).toBeLessThanOrEqual(56);
    await page.screenshot({ path: `${shots}/reader-phone-bar.png` });
    await bar.locator('a[data-open="menu"]').tap();
    const nav = page.locator('#plan-nav');
    await expect.poll(() => nav.isVisible()).toBe(true);
    expect((await nav.boundingBox())!.y).toBeLessThan(200);
    await page.screenshot({ path: `${shots}/reader-phone-contents.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
    await context.close();
  });

  it('follows the chapters on the whole text', async () => {
    const { context, page } = await phoneOpen(`${server.url}/ed2/all/`);
    await page.locator('#c5').evaluate((el) => el.scrollIntoView());
    await page.evaluate(() => scrollBy(0, 10));
    await expect.poll(() => page.locator('[data-reading-where]').textContent()).toMatch(/^第五章 /);
    await context.close();
  });

  it('makes every control of an article at least 44 px high on a touch screen', async () => {
    const { context, page } = await phoneOpen(`${server.url}/ed2/1/1/`);
    const heights = await page.locator('section.article:has(> #a3)').evaluate((article) =>
      [...article.querySelectorAll<HTMLElement>('a.permalink, plan-cite button, a.para-link')].map((el) => [el.className, el.getBoundingClientRect().height] as const),
    );
    expect(heights.length).toBeGreaterThanOrEqual(3);
    for (const [name, h] of heights) expect(h, name).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: `${shots}/reader-phone-targets.png` });
    await context.close();
  });

  it('folds the compiled-edition notice to one line once it has been read, still saying it is not the official text', async () => {
    const { context, page } = await phoneOpen(`${server.url}/ed2/4/2/`);
    const notice = page.locator('.notice[aria-label="文本说明"]');
    const first = (await notice.boundingBox())!.height;
    await page.goto(`${server.url}/ed2/4/3/`);
    const folded = (await notice.boundingBox())!.height;
    expect(folded).toBeLessThan(first);
    expect(await notice.innerText()).toMatch(/整理稿，不是正式文本/);
    await page.screenshot({ path: `${shots}/reader-phone-notice-folded.png` });
    await context.close();
  });

  it('never breaks the citation inside 2021—2035年 or inside the scheme of a URL', async () => {
    const { context, page } = await phoneOpen(`${server.url}/ed2/a/18/`);
    const box = page.locator('.cite-box');
    const years = await box.locator('.nowrap').evaluateAll((els) => els.map((e) => [e.textContent, e.getClientRects().length]));
    expect(years.some(([t]) => t === '2021—2035年')).toBe(true);
    for (const [text, lines] of years) expect(lines, String(text)).toBe(1);
    const schemes = await box.locator('.cite-url').evaluateAll((els) => els.map((e) => e.firstChild!.textContent));
    expect(schemes.length).toBeGreaterThanOrEqual(2);
    for (const s of schemes) expect(s).toMatch(/^https?:\/\/[^/]+\/$/);
    await box.screenshot({ path: `${shots}/reader-phone-cite-box.png` });
    await context.close();
  });
});

describe('the whole text', () => {
  it('keeps the sidebar and the cross-references on the page and marks no contents entry as current', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/ed2/all/`);
    const sidebar = await page.locator('#plan-nav ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(sidebar.length).toBeGreaterThan(14);
    expect(sidebar.every((h) => h.startsWith('#'))).toBe(true);
    expect(await page.locator('#plan-nav a[aria-current="page"]').allTextContents()).toEqual(['全文（单页）']);
    const xrefs = await page.locator('main a.xref').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(xrefs.length).toBeGreaterThan(5);
    const leaving = xrefs.filter((h) => !h.startsWith('#'));
    expect(leaving).toEqual([]);
    for (const h of xrefs.slice(0, 20)) expect(await page.locator(`[id="${h.slice(1)}"]`).count(), h).toBe(1);
    await page.close();
  });

  it('sets chapters apart from sections', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/ed2/all/#c4`);
    const size = (sel: string) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await size('h2.chapter-heading')).toBeGreaterThan((await size('h3.section-heading')) * 1.15);
    await page.screenshot({ path: `${shots}/reader-all-chapter.png` });
    await page.close();
  });
});

describe('lists of provisions', () => {
  it('show only the plan’s own numbers, on screen and in print', async () => {
    const page = await browser.newPage();
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      await page.goto(`${server.url}/ed2/`);
      const styles = await page.locator('ol.toc, ol.toc ol, .article-list ol').evaluateAll((ols) => ols.map((o) => getComputedStyle(o).listStyleType));
      expect(styles.length).toBeGreaterThan(0);
      expect(new Set(styles), media).toEqual(new Set(['none']));
    }
    await page.close();
  });
});

describe('the size control', () => {
  it('names the current size between A− and A+ and disables the end it reached', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ed2/4/2/`);
    const now = page.locator('[data-size-now]');
    await expect.poll(() => now.textContent()).toBe('标准');
    expect(await page.locator('[data-size-step="-1"]').getAttribute('aria-disabled')).toBe('true');
    // What the control does loads on this first click (load-on-use.ts holds it and gives it back).
    await page.locator('[data-size-step="1"]').click();
    await expect.poll(() => now.textContent()).toBe('大');
    await page.locator('[data-size-step="1"]').click();
    await expect.poll(() => now.textContent()).toBe('特大');
    expect(await page.locator('[data-size-step="1"]').getAttribute('aria-disabled')).toBe('true');
    await page.close();
  });
});

describe('the diff page', () => {
  it('counts each article once, says how the kinds relate, and filters the list by a count', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${server.url}/diff/ed1/ed2/`);
    const counts = await page.locator('.diff-summary [data-count]').evaluateAll((els) => els.map((e) => Number(e.textContent)));
    const total = Number(/合计 (\d+) 条/.exec((await page.locator('.diff-summary').textContent()) ?? '')![1]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    await page.locator('.diff-filter[data-filter="added"]').click();
    const visibleKinds = await page.locator('.diff-entry:visible, .diff-entry-row:visible').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.kind))]);
    expect(visibleKinds).toEqual(['added']);
    expect(await page.locator('.diff-entry:visible').count()).toBe(counts[0]);
    await page.screenshot({ path: `${shots}/reader-diff-filtered.png` });
    await page.locator('.diff-filter[data-filter="added"]').click();
    expect(await page.locator('.diff-entry:visible').count()).toBeGreaterThan(counts[0]!);
    // A role=button is pressed with Space as well as Enter (Space scrolled the page).
    const added = page.locator('.diff-filter[data-filter="added"]');
    await added.focus();
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press(' ');
    expect(await added.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    await page.close();
  });

  it('draws inserted and deleted text in dark colours when the system scheme is dark', async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(`${server.url}/diff/ed1/ed2/`);
      const c = await page.locator('.redline ins').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      if (scheme === 'dark') await page.locator('.redline').first().screenshot({ path: `${shots}/reader-diff-dark.png` });
      await page.close();
      return c;
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(dark).not.toBe(light);
    const [r, g, b] = dark.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 100);
  });
});
