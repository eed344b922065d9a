/**
 * One Chromium and one server of the built site for the whole e2e project:
 * started once here, shared by every test file (browser.ts connects to them).
 * A missing build or Chromium fails the run with what to run.
 */
import type { TestProject } from 'vitest/node';
import { requireBuiltSite } from '../dist/built-site.ts';
import { E2E_DIST, launchChromiumServer } from './browser.ts';
import { startServer } from './serve.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  requireBuiltSite(E2E_DIST, 'E2E_DIST');
  const [chromium, site] = await Promise.all([launchChromiumServer(), startServer(E2E_DIST)]);
  project.provide('e2e', { wsEndpoint: chromium.wsEndpoint(), siteUrl: site.url });
  return async () => {
    await Promise.all([chromium.close(), site.close()]);
  };
}
