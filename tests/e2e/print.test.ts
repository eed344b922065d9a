/**
 * Print, as Chromium prints it (page.pdf, A4): a section page with a figure,
 * an article page and the whole text. Each PDF is read back with poppler's
 * pdftotext (text per page) and drawn with pdftoppm into
 * test-results/print-*.png to look at (issue 14: a QR code alone on a last
 * page, a half-empty first page, screen-only text printed, a narrow column).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { StaticServer } from './serve.ts';
import { useSharedSite } from './shared-site.ts';

let browser: Browser;
let server: StaticServer;
let shots: string;

useSharedSite((site) => ({ browser, server, shots } = site));

/** Print a page to `test-results/print-<name>.pdf`, draw its first pages as PNGs, and return each page's text. */
async function printPages(path: string, name: string, pngPages = 2): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  const pdf = `${shots}/print-${name}.pdf`;
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  await page.close();
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', String(pngPages), pdf, `${shots}/print-${name}`]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim());
}

/** Characters of text on a page, the printed address excluded. */
const words = (page: string) => page.replace(/本页地址：\S+/, '').replace(/\s+/g, '').length;

describe('printing', () => {
  it('prints a section page with its figure without screen-only text or a page holding only the address', async () => {
    const pages = await printPages('/ed3/4/3/', 'section');
    const all = pages.join('\n');
    expect(all).toContain('第四章');
    expect(all).not.toMatch(/图中内容|点击要素|复制引用|跳到正文/);
    expect(words(pages.at(-1)!)).toBeGreaterThan(40);
    // The drawing (its north arrow 北↑ is SVG text) follows the text on page 1,
    // or page 1 is full of text: never pushed over leaving half of page 1 blank
    // (about 400 characters of text and notes fill two thirds of it; the list of
    // the page's articles, which is for the screen, is not printed).
    if (!/北↑/.test(pages[0]!)) expect(words(pages[0]!), 'page 1 holds neither the figure nor a full page of text').toBeGreaterThan(400);
    expect(all).not.toContain('本页条文');
  });

  it('prints folded lists open, and no search form or links that lead nowhere on paper (review of 2026-12-03)', async () => {
    const versions = (await printPages('/versions/', 'versions', 1)).join('\n');
    expect(versions).toMatch(/修改 第二条/); // inside a closed <details>
    expect(versions).toMatch(/[0-9a-f]{64}/); // a download's sha256
    const old = (await printPages('/ed1/4/2/', 'old-version', 1)).join('\n');
    expect(old).toContain('这是旧版本');
    expect(old).not.toMatch(/在最新版本中的文本|查看两版之间的改动/);
    const search = (await printPages('/search/?q=生态保护红线', 'search', 1)).join('\n');
    expect(search).not.toMatch(/包括历史版本|全部章|提示：/);
  });

  it('prints a QR code that decodes to the versioned address, drawn at a low resolution (zbarimg at 100 dpi)', async () => {
    await printPages('/latest/a/32/', 'qr', 1);
    // A viewer smooths an image it enlarges: the code must hold its modules at a coarse raster too.
    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', `${shots}/print-qr.pdf`, `${shots}/print-qr-100dpi`]);
    const decoded = execFileSync('zbarimg', ['-q', '--raw', `${shots}/print-qr-100dpi-1.png`], { encoding: 'utf8' }).trim();
    expect(new URL(decoded).pathname).toBe('/ed3/a/32/');
  });

  it('prints an article page on one page with its address beside the text', async () => {
    const pages = await printPages('/ed3/a/32/', 'article', 1);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('本页地址：');
    expect(pages[0]).toContain('生态保护红线');
    // The cite box prints both forms of the citation, not its copy button.
    expect(pages[0]).toContain('[EB/OL]');
    expect(pages[0]).not.toMatch(/复制引用|跳到正文/);
    // Links that lead somewhere on screen only: to the section, the data, a diff, the notice's 说明.
    expect(pages[0]).not.toMatch(/在上下文中阅读|plan\.json|两版对照|图件。说明/);
  });

  it('prints the reader\'s own date as the GB/T 7714 access date, though the cite box was never reached', async () => {
    const page = await browser.newPage();
    // A day the build cannot have been made on: the date must come from the reader's clock.
    await page.clock.setFixedTime(new Date('2031-05-06T10:00:00'));
    await page.goto(`${server.url}/ed3/a/32/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#cite-gbt time.access-date').textContent()).toBe('2031-05-06');
    expect(await page.evaluate(() => !!customElements.get('plan-cite'))).toBe(false);
    await page.close();
  });

  it('prints the whole text with each chapter on a new page and no second numbering', async () => {
    const pages = await printPages('/ed3/all/', 'all', 3);
    const chapterStarts = pages.filter((p) => /^\s*第[一二三四五六七八九十]+章 /m.test(p.split('\n').find((l) => l.trim())!));
    expect(chapterStarts.length).toBeGreaterThanOrEqual(14);
    expect(pages.join('\n')).not.toMatch(/^\s*\d+\.\s*第[一二三四五六七八九十百]+[章条]/m);
    expect(words(pages.at(-1)!)).toBeGreaterThan(40);
    // Page 1 is the cover: the title and the version, set as one.
    expect(pages[0]).toMatch(/特克斯县国土空间总体规划/);
    expect(pages[0]).not.toMatch(/第一章/);
  });

  it('uses most of the A4 width for the text', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/ed2/4/2/`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 718, height: 1000 }); // A4 less 16 mm margins at 96 dpi
    const width = await page.locator('main .text p.para').first().evaluate((p) => p.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(718 * 0.85);
    await page.close();
  });
});
