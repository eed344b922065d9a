/**
 * Leaflet loads only on pages with a map, and only lazily. The rule is checked
 * on small hand-made builds (so the check is known to catch each failure) and
 * on the real dist/ (the `dist` project runs after `npm run build`).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { eagerGraph, leafletProblems, staticImports, type BuiltHtml } from '../../src/lib/geo/leaflet-check.ts';

const assets: Record<string, string> = {
  '/_astro/map.js': 'import"./shared.js";const e=()=>import("./leaflet-src.abc.js");',
  '/_astro/shared.js': 'export const x=1;',
  '/_astro/leaflet-src.abc.js': 'var c="leaflet-container";export{c};',
  '/_astro/eager.js': 'import{a}from"./leaflet-src.abc.js";',
  '/_astro/page.css': 'body{margin:0}',
};
const read = (url: string) => assets[url] ?? null;
const page = (path: string, body: string): BuiltHtml => ({ path, html: `<!doctype html><html lang="zh-CN"><head>${body}</head><body></body></html>` });

describe('leaflet-check on hand-made builds', () => {
  it('accepts a map page that imports Leaflet dynamically and a plain page that never mentions it', () => {
    const pages = [
      page('/ed2/4/4/', '<script type="module" src="/_astro/map.js"></script><plan-map></plan-map>'),
      page('/ed2/2/1/', '<link rel="stylesheet" href="/_astro/page.css">'),
    ];
    expect(leafletProblems(pages, read)).toEqual([]);
  });

  it('follows static imports, but not dynamic ones', () => {
    const graph = eagerGraph('<script type="module" src="/_astro/map.js"></script>', read);
    expect([...graph.keys()]).toEqual(['/_astro/map.js', '/_astro/shared.js']);
    expect(staticImports('import"./a.js";import{b}from"./b.js";export*from"./c.js";import("./d.js")')).toEqual(['./a.js', './b.js', './c.js']);
  });

  it('flags a page without a map that loads the map script', () => {
    const problems = leafletProblems([page('/about/', '<script type="module" src="/_astro/map.js"></script>')], read);
    expect(problems).toEqual(['/about/: has no map but loads /_astro/map.js, which references leaflet']);
  });

  it('flags a map page that loads Leaflet up front, by file or by a static import', () => {
    expect(leafletProblems([page('/m/', '<plan-map></plan-map><link rel="stylesheet" href="/_astro/leaflet.css">')], read)).toEqual([
      '/m/: loads /_astro/leaflet.css up front; Leaflet must load only when the map comes into view',
    ]);
    expect(leafletProblems([page('/m/', '<plan-map></plan-map><script type="module" src="/_astro/eager.js"></script>')], read)).toEqual([
      '/m/: loads /_astro/leaflet-src.abc.js up front; Leaflet must load only when the map comes into view',
    ]);
  });

  it('flags a plain page whose inline script imports the map code', () => {
    const problems = leafletProblems([page('/x/', '<script type="module">import"/_astro/map.js";</script>')], read);
    expect(problems).toHaveLength(1);
  });
});

function builtPages(dist: string): BuiltHtml[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: '/' + relative(dist, f).replace(/\\/g, '/').replace(/index\.html$/, ''), html: readFileSync(f, 'utf8') }));
}

const dist = 'dist';
describe('leaflet-check on the built dist/', () => {
  it('finds no page without a map that references leaflet, and no map page that loads it up front', () => {
    expect(existsSync(join(dist, 'index.html')), 'dist/index.html is missing: run npm run build first').toBe(true);
    const pages = builtPages(dist);
    const readDist = (url: string) => {
      const file = join(dist, decodeURIComponent(url));
      return existsSync(file) ? readFileSync(file, 'utf8') : null;
    };
    const problems = leafletProblems(pages, readDist);
    expect(problems).toEqual([]);
    const maps = pages.filter((p) => p.html.includes('<plan-map'));
    expect(maps.length, 'no built page has a <plan-map>: are the maps wired into the pages?').toBeGreaterThan(0);
    console.log(`no-leaflet: ${pages.length} pages, ${maps.length} with a map`);
  });
});
