/**
 * Every built page belongs to a kind of the route table (src/lib/routes.ts),
 * so no kind of page can be left out of the accessibility and budget checks
 * silently; and every kind the site has is built.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { classifyDist, newestVersionInDist, samplePagesByKind } from '../../scripts/bench-util.ts';
import { PAGE_KINDS, VERSIONED_KINDS } from '../../src/lib/routes.ts';

const dist = process.env.ROUTES_DIST ?? 'dist';
if (!existsSync(`${dist}/index.html`)) throw new Error(`routes: ${dist}/index.html is missing — run \`npm run build\` first`);
const pages = classifyDist(dist);
const newest = newestVersionInDist(dist);

describe(`the pages built in ${dist}/`, () => {
  it('each belong to a kind of the route table', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((p) => !p.kind).map((p) => p.file)).toEqual([]);
  });

  it('include every kind of the table (a redirect only when a page has moved)', () => {
    const built = new Set(pages.map((p) => p.kind));
    expect(PAGE_KINDS.filter((k) => k !== 'redirect' && !built.has(k))).toEqual([]);
  });

  it('give the samples every per-version kind of the newest version, one older version and /latest/', () => {
    expect(newest).toBeDefined();
    const sample = samplePagesByKind(pages, newest);
    const older = sample.find((p) => p.version && p.version !== newest && !p.alias)?.version;
    expect(older).toBeDefined();
    for (const scope of [newest, older, 'latest']) {
      expect(VERSIONED_KINDS.filter((k) => !sample.some((p) => p.version === scope && p.kind === k)), `${scope}`).toEqual([]);
    }
  });
});
