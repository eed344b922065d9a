/**
 * Launch Debian's Chromium through playwright-core (never a downloaded
 * browser), with the flags this machine's closed network needs, and serve the
 * built dist/ for the test.
 */
import { chromium, type Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { startServer, type StaticServer } from './serve.ts';

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

/** Start Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Chromium plus a server for dist/, and where screenshots go. */
export async function startBrowserAndSite(dist = 'dist'): Promise<{ browser: Browser; server: StaticServer; shots: string }> {
  const shots = 'test-results';
  mkdirSync(shots, { recursive: true });
  const [browser, server] = await Promise.all([launchChromium(), startServer(dist)]);
  return { browser, server, shots };
}
