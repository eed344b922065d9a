/**
 * One line per browser-test file for the shared Chromium and site server:
 * registers the beforeAll that connects to them and the afterAll that
 * disconnects, and hands them to the file through `receive`.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { StaticServer } from './serve.ts';
import { startBrowserAndSite } from './browser.ts';

/** What a browser-test file works with. */
export interface SharedSite {
  browser: Browser;
  server: StaticServer;
  shots: string;
}

/** Connect this file to the shared browser and site before its tests, and disconnect after them. */
export function useSharedSite(receive: (site: SharedSite) => void): void {
  let site: SharedSite | undefined;
  beforeAll(async () => {
    site = await startBrowserAndSite();
    receive(site);
  });
  afterAll(async () => {
    await site?.browser.close();
    await site?.server.close();
  });
}

/** A phone in the shared browser: touch, coarse pointer, 2× pixels; 375×667 unless a size or other context options are given. */
export function phoneContext(
  browser: Browser,
  options: { width?: number; height?: number } & Omit<BrowserContextOptions, 'viewport'> = {},
): Promise<BrowserContext> {
  const { width = 375, height = 667, ...rest } = options;
  return browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, ...rest });
}

/** A phone context (see phoneContext) with a page opened at `url`; close the context when done. */
export async function openOnPhone(
  browser: Browser,
  url: string,
  options: Parameters<typeof phoneContext>[1] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser, options);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}
