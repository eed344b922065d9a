/**
 * `npm run bench:browser [-- <dist>]`: what Chromium actually fetches when a
 * reader opens a page, by network events, not by parsing static imports
 * (issue #17: the home page's map pulled in Leaflet at load, which the static
 * weighing missed). Prints figures; asserts nothing.
 *
 * For each page kind, at a desktop (1280×800) and a phone (390×844, touch)
 * viewport:
 * - first visit: a fresh browser context (empty cache) loads the page and
 *   waits until the network is idle; every response counts, at the gzip size
 *   (level 9) of its body, as a static host serving gzip would send it;
 * - second page: in the same context, another page of the same kind; a
 *   response counts only if its URL was not fetched before in the visit (the
 *   hashed /_astro/ files are cacheable forever; the test server says
 *   no-cache, so the browser's own cache cannot be used to tell).
 * For the first page of each kind it then lists each file fetched and its
 * HTML by part (head, header, sidebar, article, print QR code…: what removing
 * each alone would save, src/lib/html-parts.ts).
 * Bytes are deterministic for a build, so each figure is one run.
 */
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, Response } from 'playwright-core';
import { launchChromium } from '../tests/e2e/browser.ts';
import { startServer } from '../tests/e2e/serve.ts';
import { kb, table } from './bench-util.ts';
import { weighHtmlParts } from '../src/lib/html-parts.ts';
import type { BrowserFigure } from './bench-goals.ts';

/** Two pages of each kind: the first is weighed on a first visit, the second after it. */
export const BROWSER_PAGES: Record<string, [string, string]> = {
  home: ['/', '/latest/'],
  section: ['/latest/4/2/', '/latest/5/3/'],
  'map section': ['/latest/4/4/', '/latest/1/3/'],
  article: ['/latest/a/18/', '/latest/a/40/'],
  chapter: ['/latest/4/', '/latest/6/'],
  'whole text': ['/latest/all/', '/latest/4/2/'],
};

export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
} as const;

/** What one page load fetched. */
export interface Fetched {
  bytes: number;
  requests: number;
  /** Gzip bytes by URL path, for the report. */
  parts: { path: string; bytes: number }[];
  /** The page's own HTML as fetched, to weigh by part. */
  html: string;
}

/** Load `url` in `context` and weigh every response not in `seen`; adds what it fetched to `seen`. */
export async function weighLoad(context: BrowserContext, url: string, seen: Set<string>): Promise<Fetched> {
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (r) => void responses.push(r));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  const parts: { path: string; bytes: number }[] = [];
  let html = '';
  for (const r of responses) {
    if (r.request().isNavigationRequest() && r.status() < 300) html = await r.text().catch(() => '');
    const path = new URL(r.url()).pathname;
    if (seen.has(path) || r.status() >= 300) continue;
    seen.add(path);
    const body = await r.body().catch(() => Buffer.alloc(0));
    parts.push({ path, bytes: gzipSync(body, { level: 9 }).length });
  }
  await page.close();
  return { bytes: parts.reduce((s, p) => s + p.bytes, 0), requests: parts.length, parts, html };
}

/** First-visit and second-page weights of every page kind at one viewport. */
export async function weighKinds(browser: Browser, base: string, device: keyof typeof VIEWPORTS): Promise<{ kind: string; first: Fetched; second: Fetched }[]> {
  const rows: { kind: string; first: Fetched; second: Fetched }[] = [];
  for (const [kind, [a, b]] of Object.entries(BROWSER_PAGES)) {
    const context = await browser.newContext({ ...VIEWPORTS[device] });
    const seen = new Set<string>();
    const first = await weighLoad(context, `${base}${a}`, seen);
    const second = await weighLoad(context, `${base}${b}`, seen);
    await context.close();
    rows.push({ kind, first, second });
  }
  return rows;
}

/** Short name of a fetched file: hashed /_astro/ names without their hash. */
function fileName(path: string): string {
  return path.replace(/^\/_astro\//, '').replace(/\.[\w-]{8}\.(js|css)$/, '.$1');
}

/** For the first page of each kind: each file fetched, and its HTML by part (src/lib/html-parts.ts). */
function printWhereBytesGo(rows: { kind: string; first: Fetched }[]): void {
  for (const { kind, first } of rows) {
    console.log(`\n${kind} (${BROWSER_PAGES[kind]![0]}), first visit, by file: ${first.parts.map((p) => `${fileName(p.path)} ${kb(p.bytes)}`).join(', ')}`);
    const parts = weighHtmlParts(first.html);
    console.log(`  its HTML by part (what removing each alone saves, gzip KB): ${parts.map((p) => `${p.name} ${kb(p.gzip)}`).join(', ')}`);
  }
}

/** Inline scripts that run (no src; no type, a JavaScript type or module) in a page's HTML; data blocks (application/json) are not scripts that run. */
export function inlineScripts(html: string): number {
  return [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => {
    const type = /\stype=["']?([^"'\s>]+)/.exec(m[1]!)?.[1]?.toLowerCase();
    return !/\ssrc=/.test(m[1]!) && (type === undefined || type === 'module' || /javascript|ecmascript/.test(type));
  }).length;
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ strict: true, allowPositionals: true, options: { json: { type: 'string' } } });
  const dist = positionals[0] ?? 'dist';
  const figures: BrowserFigure[] = [];
  const [browser, server] = await Promise.all([launchChromium(), startServer(dist)]);
  try {
    for (const device of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
      const rows = await weighKinds(browser, server.url, device);
      figures.push(...rows.map((r) => ({ kind: r.kind, device, first: r.first.bytes, second: r.second.bytes, inlineScripts: inlineScripts(r.first.html) })));
      console.log(`\nfetched by Chromium at load, ${device} ${VIEWPORTS[device].viewport.width}×${VIEWPORTS[device].viewport.height} (gzip -9 per response)`);
      console.log(
        table(
          ['page kind', 'first visit', 'requests', 'second page', 'requests', 'first page'],
          rows.map((r) => [r.kind, kb(r.first.bytes), r.first.requests, kb(r.second.bytes), r.second.requests, BROWSER_PAGES[r.kind]![0]]),
        ),
      );
      printWhereBytesGo(rows);
    }
    console.log(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    // For bench.ts's verdict on issue #17's goals (bench-goals.ts).
    if (values.json) writeFileSync(values.json, JSON.stringify(figures));
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
