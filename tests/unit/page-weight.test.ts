import { describe, expect, it } from 'vitest';
import {
  cssImports,
  gzipSize,
  measurePage,
  pageKind,
  parseAttributes,
  staticImports,
  versionIdsInDist,
} from '../../src/lib/page-weight.ts';

/** An asset reader over an in-memory map that records what was asked for. */
function reader(files: Record<string, string>) {
  const asked: string[] = [];
  const read = (path: string) => {
    asked.push(path);
    return files[path];
  };
  return { read, asked };
}

const CSS = 'body{color:#111;background:#fff}'.repeat(20);
const JS = 'customElements.define("x-a",class extends HTMLElement{});'.repeat(10);

describe('gzipSize', () => {
  it('counts the same bytes for a string and its UTF-8 encoding', () => {
    const s = '第十八条 生态保护红线'.repeat(30);
    expect(gzipSize(s)).toBe(gzipSize(new TextEncoder().encode(s)));
  });

  it('is smaller than the raw size for repetitive text', () => {
    const s = 'a'.repeat(10_000);
    expect(gzipSize(s)).toBeLessThan(200);
  });
});

describe('parseAttributes', () => {
  it('reads quoted, unquoted and valueless attributes with lower-cased names', () => {
    const a = parseAttributes('<link REL=stylesheet href="/_astro/a.css?x=1&amp;y=2" crossorigin>');
    expect(a.get('rel')).toBe('stylesheet');
    expect(a.get('href')).toBe('/_astro/a.css?x=1&y=2');
    expect(a.get('crossorigin')).toBe('');
  });
});

describe('staticImports and cssImports', () => {
  it('finds static imports in minified code but not dynamic import()', () => {
    const code = 'import{a as b}from"./c.js";import"./side.js";export*from"./re.js";const m=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./c.js', './side.js', './re.js']);
  });

  it('finds @import targets with and without url()', () => {
    expect(cssImports('@import url("/a.css");@import \'b.css\';body{}')).toEqual(['/a.css', 'b.css']);
  });
});

describe('measurePage', () => {
  it('counts linked stylesheets as CSS and module scripts as JS, apart from the HTML', async () => {
    const html = `<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="/_astro/a.css"></head><body><p>正文</p><script type="module" src="/_astro/b.js"></script></body></html>`;
    const { read } = reader({ '/_astro/a.css': CSS, '/_astro/b.js': JS });
    const w = await measurePage(html, '/ed2/4/2/', read);
    expect(w.css).toBe(gzipSize(CSS));
    expect(w.js).toBe(gzipSize(JS));
    expect(w.html).toBe(gzipSize(html));
    expect(w.total).toBe(w.html + w.css + w.js);
    expect(w.cssFiles).toEqual(['/_astro/a.css']);
    expect(w.jsFiles).toEqual(['/_astro/b.js']);
    expect(w.parts).toEqual([
      { path: '/_astro/a.css', kind: 'css', bytes: gzipSize(CSS) },
      { path: '/_astro/b.js', kind: 'js', bytes: gzipSize(JS) },
    ]);
    expect(w.missing).toEqual([]);
  });

  it('moves inline script and style bodies out of the HTML figure and into JS and CSS', async () => {
    const inlineJs = 'try{document.documentElement.dataset.theme=localStorage.getItem("t")}catch{}';
    const inlineCss = '.a{color:red}';
    const html = `<html><head><style>${inlineCss}</style><script>${inlineJs}</script></head><body>x</body></html>`;
    const w = await measurePage(html, '/', () => undefined);
    expect(w.js).toBe(gzipSize(inlineJs));
    expect(w.css).toBe(gzipSize(inlineCss));
    expect(w.html).toBe(gzipSize('<html><head><style></style><script></script></head><body>x</body></html>'));
    expect(w.parts).toEqual([
      { path: 'inline', kind: 'css', bytes: gzipSize(inlineCss) },
      { path: 'inline', kind: 'js', bytes: gzipSize(inlineJs) },
    ]);
  });

  it('follows static imports of a module but leaves dynamically imported chunks out', async () => {
    const entry = 'import{m}from"./shared.js";m();document.querySelector("x").onclick=()=>import("./leaflet.js");';
    const shared = 'export const m=()=>{};'.repeat(5);
    const { read, asked } = reader({ '/_astro/entry.js': entry, '/_astro/shared.js': shared, '/_astro/leaflet.js': 'L'.repeat(5000) });
    const w = await measurePage('<script type="module" src="/_astro/entry.js"></script>', '/', read);
    expect(w.jsFiles).toEqual(['/_astro/entry.js', '/_astro/shared.js']);
    expect(w.js).toBe(gzipSize(entry) + gzipSize(shared));
    expect(asked).not.toContain('/_astro/leaflet.js');
  });

  it('counts an asset shared by two references once', async () => {
    const html = '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="../../a.css">';
    const w = await measurePage(html, '/ed2/4/', () => CSS);
    expect(w.cssFiles).toEqual(['/a.css']);
    expect(w.css).toBe(gzipSize(CSS));
  });

  it('resolves relative references against the page path', async () => {
    const { read, asked } = reader({ '/ed2/x.js': JS });
    await measurePage('<script src="../x.js"></script>', '/ed2/4/', read);
    expect(asked).toEqual(['/ed2/x.js']);
  });

  it('ignores data scripts, icons, feeds, non-module preloads and commented-out tags', async () => {
    const html =
      '<script type="application/ld+json">{"a":1}</script><link rel="icon" href="/f.svg"><link rel="preload" href="/big.js" as="script"><!-- <script src="/old.js"></script> --><link rel="alternate" href="/feed.xml">';
    const { read, asked } = reader({});
    const w = await measurePage(html, '/', read);
    expect(asked).toEqual([]);
    expect(w.js).toBe(0);
    expect(w.css).toBe(0);
  });

  it('counts modulepreload links as JS', async () => {
    const w = await measurePage('<link rel="modulepreload" href="/_astro/p.js">', '/', () => JS);
    expect(w.jsFiles).toEqual(['/_astro/p.js']);
  });

  it('reports missing and cross-origin assets instead of counting them', async () => {
    const html = '<link rel="stylesheet" href="/gone.css"><script src="https://cdn.example.com/x.js"></script>';
    const w = await measurePage(html, '/', () => undefined);
    expect(w.missing).toEqual(['/gone.css']);
    expect(w.external).toEqual(['https://cdn.example.com/x.js']);
    expect(w.css + w.js).toBe(0);
  });

  it('follows @import inside a stylesheet', async () => {
    const { read } = reader({ '/a.css': '@import "b.css";' + CSS, '/b.css': 'p{margin:0}' });
    const w = await measurePage('<link rel="stylesheet" href="/a.css">', '/', read);
    expect(w.cssFiles).toEqual(['/a.css', '/b.css']);
  });
});

describe('versionIdsInDist and pageKind', () => {
  const paths = [
    'index.html',
    '404.html',
    'ed2/index.html',
    'ed2/4/index.html',
    'ed2/4/2/index.html',
    'ed2/a/18/index.html',
    'ed2/all/index.html',
    'latest/index.html',
    'latest/4/index.html',
    'latest/4/2/index.html',
    'notes/index.html',
    'search/index.html',
    'versions/index.html',
    'diff/ed1/ed2/index.html',
    'about/index.html',
    '_astro/x.css',
  ];
  const versions = versionIdsInDist(paths);

  it('finds the versions from their chapter pages and leaves out /latest/', () => {
    expect([...versions]).toEqual(['ed2']);
  });

  it('names every kind of page by its path', () => {
    const kinds = Object.fromEntries(paths.map((p) => [p, pageKind(p, versions)]));
    expect(kinds).toEqual({
      'index.html': 'home',
      '404.html': '404',
      'ed2/index.html': 'version',
      'ed2/4/index.html': 'chapter',
      'ed2/4/2/index.html': 'section',
      'ed2/a/18/index.html': 'article',
      'ed2/all/index.html': 'all',
      'latest/index.html': undefined,
      'latest/4/index.html': undefined,
      'latest/4/2/index.html': undefined,
      'notes/index.html': 'notes',
      'search/index.html': 'search',
      'versions/index.html': 'versions',
      'diff/ed1/ed2/index.html': 'diff',
      'about/index.html': 'about',
      '_astro/x.css': undefined,
    });
  });
});
