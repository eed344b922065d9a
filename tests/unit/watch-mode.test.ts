/**
 * Whether plan files may change while the process runs comes from Astro's
 * command, not NODE_ENV: `astro build` caches versions and articles (and
 * tells the page bundle so), `astro dev` re-reads them.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { planFilesWatch, planFilesWatched } from '../../src/markdown/watch-mode.ts';

function setup(command: 'dev' | 'build' | 'preview'): Record<string, unknown> {
  let define: Record<string, unknown> = {};
  const hook = planFilesWatch().hooks['astro:config:setup']!;
  // Only the two fields the hook reads are given.
  void hook({ command, updateConfig: (c: { vite?: { define?: Record<string, unknown> } }) => (define = c.vite?.define ?? {}) } as never);
  return define;
}

describe('plan-files watch mode', () => {
  // The unit project shares modules between files: leave the default (watched) behind.
  afterEach(() => void setup('dev'));

  test('is watched outside Astro, and under astro dev', () => {
    expect(planFilesWatched()).toBe(true);
    expect(setup('dev')).toEqual({ __PLAN_FILES_WATCHED__: 'true' });
    expect(planFilesWatched()).toBe(true);
  });

  test('is not watched in astro build, whatever NODE_ENV says, and the page bundle is told so', () => {
    expect(process.env.NODE_ENV).toBe('test');
    expect(setup('build')).toEqual({ __PLAN_FILES_WATCHED__: 'false' });
    expect(planFilesWatched()).toBe(false);
  });
});
