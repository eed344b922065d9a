/**
 * Debian's Chromium through playwright-core (never a downloaded browser),
 * with the flags this machine's closed network needs. The e2e project starts
 * one Chromium and one server for the built site in its global setup
 * (global-setup.ts); each test file connects to them with `startBrowserAndSite`.
 */
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import type {} from 'vitest';
import type { StaticServer } from './serve.ts';

/** The built site the browser tests read (E2E_DIST points them at another build). */
export const E2E_DIST = process.env.E2E_DIST ?? 'dist';

/** Flags for headless Chromium here: no sandbox as root, no background network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium is; fails with the install command when it is not there. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium is missing at ${path}: run \`apt-get install -y chromium fonts-noto-cjk\` (or set CHROMIUM_PATH)`);
  return path;
}

/** Start Chromium in this process (the search benchmark's way). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Start Chromium for other processes to connect to (the e2e global setup's way). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** What the global setup hands every e2e test file. */
export interface SharedSite {
  /** Chromium's WebSocket endpoint. */
  wsEndpoint: string;
  /** The built site's base URL, no trailing slash. */
  siteUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: SharedSite;
  }
}

/**
 * The shared Chromium and site server, and where screenshots go. Closing the
 * returned browser disconnects this file; `server.close()` leaves the shared
 * server running (the global setup stops both).
 */
export async function startBrowserAndSite(): Promise<{ browser: Browser; server: StaticServer; shots: string }> {
  const shots = 'test-results';
  mkdirSync(shots, { recursive: true });
  // Imported here so the benchmark scripts can use launchChromium outside Vitest.
  const { inject } = await import('vitest');
  const { wsEndpoint, siteUrl } = inject('e2e');
  const browser = await chromium.connect(wsEndpoint);
  return { browser, server: { url: siteUrl, close: async () => undefined }, shots };
}
