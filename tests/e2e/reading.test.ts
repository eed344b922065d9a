import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { StaticServer } from './serve.ts';
import { useSharedSite } from './shared-site.ts';

let browser: Browser;
let server: StaticServer;
let shots: string;

useSharedSite((site) => ({ browser, server, shots } = site));

describe('reading a section', () => {
  it('opens a section URL with #a<n> and highlights that article', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/latest/1/1/#a2`);
    const target = page.locator('section.article:has(> #a2)');
    await expect(target.count()).resolves.toBe(1);
    const highlighted = await target.evaluate((el) => getComputedStyle(el).borderLeftColor);
    const plain = await page.locator('section.article:has(> #a1)').evaluate((el) => getComputedStyle(el).borderLeftColor);
    expect(highlighted).not.toBe(plain);
    // Scrolled to the article, unless the page is too short to bring it higher.
    const scrolled = await page.locator('#a2').evaluate(
      (el) => el.getBoundingClientRect().top < 200 || scrollY + innerHeight >= document.documentElement.scrollHeight - 2,
    );
    expect(scrolled).toBe(true);
    await page.screenshot({ path: `${shots}/reading-section-target.png` });
    await page.close();
  });

  it('copies a citation and reads it back from the clipboard', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${server.url}/latest/1/1/`);
    const cite = page.locator('section.article:has(> #a1) plan-cite');
    const permalink = page.locator('section.article:has(> #a1) .permalink');
    const before = await permalink.boundingBox();
    await cite.locator('button').click();
    await expect.poll(() => cite.locator('button').textContent()).toBe('已复制');
    // The shorter 已复制 moves nothing beside it.
    expect(await permalink.boundingBox()).toEqual(before);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^《.+》（.+）第一章第一节第一条 http:\/\/127\.0\.0\.1:\d+\/[a-z0-9-]+\/1\/1\/#a1$|^《.+》（.+）第一章第一节第一条 http:\/\/localhost:\d+\/[a-z0-9-]+\/1\/1\/#a1$/);
    expect(copied).not.toContain('/latest/'); // citations name the version, not the alias
    await context.close();
  });

  it('on an article\'s own page, copies the address the page shows in 引用本条 (review of 2026-12-03: it copied the section\'s)', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${server.url}/latest/a/1/`);
    const cite = page.locator('main .article-tools plan-cite').first();
    await cite.locator('button').click();
    await expect.poll(() => cite.locator('button').textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const address = copied.split(' ').at(-1)!;
    expect(new URL(address).pathname).toMatch(/^\/[a-z0-9-]+\/a\/1\/$/);
    expect(await page.locator('.cite-box').textContent()).toContain(new URL(address).pathname);
    // Its headings skip no level: an editor's note under the <h1> article is an <h2>, as 引用本条 is (it was an <h3>).
    await page.goto(`${server.url}/latest/a/31/`);
    const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.filter((n, i) => i > 0 && n > levels[i - 1]! + 1)).toEqual([]);
    await context.close();
  });

  it('shows the citation for manual copying where the clipboard is refused', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(`${server.url}/latest/1/1/`);
    const cite = page.locator('section.article:has(> #a1) plan-cite');
    await cite.locator('button').click();
    const field = cite.locator('input.cite-fallback');
    await expect.poll(() => field.inputValue()).toMatch(/第一章第一节第一条 http/);
    expect(await field.evaluate((el) => document.activeElement === el)).toBe(true);
    await page.screenshot({ path: `${shots}/reading-cite-fallback.png` });
    await page.close();
  });
});

describe('on a phone', () => {
  it('folds the sidebar behind the header’s 目录 button at 375 px and unfolds it', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${server.url}/latest/1/1/`);
    const nav = page.locator('#plan-nav');
    const toggle = page.locator('.site-header a[data-open="menu"]');
    await expect(nav.isVisible()).resolves.toBe(false);
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await page.screenshot({ path: `${shots}/reading-mobile-folded.png` });
    // The header's module loads on this first tap (load-on-use.ts holds the tap and gives it back once it is here).
    await toggle.click();
    await expect.poll(() => nav.isVisible()).toBe(true);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.screenshot({ path: `${shots}/reading-mobile-open.png` });
    await toggle.click();
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.close();
  });
});

describe('printing', () => {
  it('hides the navigation, keeps article numbers and prints the page URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/latest/1/1/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sidebar').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.article-tools').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.article-number').first().isVisible()).resolves.toBe(true);
    const printed = page.locator('.print-url');
    await expect(printed.isVisible()).resolves.toBe(true);
    // A /latest/ page prints the address that keeps its text (the version's), as its QR code does.
    const address = (await printed.textContent())!;
    expect(address).toMatch(/\/ed\d+\/1\/1\/$/);
    expect(address).not.toContain('/latest/');
    expect(await page.locator('.print-qr').getAttribute('data-url')).toBe(address.replace(/^本页地址：/, ''));
    await page.screenshot({ path: `${shots}/reading-print.png`, fullPage: true });
    await page.close();
  });
});

describe('keyboard only', () => {
  it('reaches the sidebar, the § link and the cite button with Tab', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/latest/1/1/`);
    const reached = new Set<string>();
    for (let i = 0; i < 150 && reached.size < 3; i++) {
      await page.keyboard.press('Tab');
      const kind = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return '';
        if (el.closest('#plan-nav')) return 'sidebar';
        if (el.classList.contains('permalink')) return 'permalink';
        if (el.classList.contains('cite-button')) return 'cite';
        return '';
      });
      if (kind) reached.add(kind);
    }
    expect([...reached].sort()).toEqual(['cite', 'permalink', 'sidebar']);
    await page.close();
  });
});

describe('the 404 page', () => {
  it('offers the same path in the newest version for an unknown version, and the search', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/ed9/4/2/#a18`);
    expect(response?.status()).toBe(404);
    const link = page.locator('.latest-link');
    await expect.poll(() => link.getAttribute('href')).toBe('/latest/4/2/#a18');
    expect(await page.locator('.suggest').textContent()).toMatch(/^最新版本中同一地址的页面：第四章第二节/);
    await expect(page.locator('a[href="/search/"]').count()).resolves.toBeGreaterThan(0);
    await link.click();
    await page.waitForURL(/\/latest\/4\/2\/#a18$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('第二节');
    await page.close();
  });

  it('offers no second link to the newest contents when they are all that fits', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/nothing-here/`);
    await page.waitForFunction(() => !!customElements.get('not-found-help'));
    expect(await page.locator('.suggest').isVisible()).toBe(false);
    expect(await page.locator('main a[href="/latest/"]:visible').count()).toBe(1);
    await page.close();
  });
});
