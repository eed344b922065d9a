import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, PAGE_KIND_NAMES, ROUTE_TABLE, VERSIONED_KINDS, classifyBuiltFile, distFileToPath, parseRoute, routeUrl, type Route } from '../../src/lib/routes';

// One route of every kind that has a URL of its own.
const examples: Route[] = [
  { kind: 'home' },
  { kind: 'version', version: 'ed2' },
  { kind: 'chapter', version: 'ed2', chapter: 4 },
  { kind: 'section', version: 'ed2', chapter: 4, section: 2 },
  { kind: 'article', version: 'ed2', article: 18 },
  { kind: 'all', version: 'ed2' },
  { kind: 'references', version: 'ed2' },
  { kind: 'mandatory', version: 'ed2' },
  { kind: 'diff', from: 'ed1', to: 'ed2' },
  { kind: 'notes' },
  { kind: 'search' },
  { kind: 'versions' },
  { kind: 'about' },
  { kind: 'licenses' },
  { kind: '404' },
];

describe('the route table', () => {
  it('has an example here for every kind but the redirect, so a new kind must be added to this test', () => {
    expect(examples.map((r) => r.kind).sort()).toEqual(PAGE_KINDS.filter((k) => k !== 'redirect').sort());
  });

  it('reads back every URL it builds', () => {
    for (const route of examples) expect(parseRoute(routeUrl(route)), route.kind).toEqual(route);
  });

  it('builds the URLs of the citation contract', () => {
    expect(examples.map(routeUrl)).toEqual(['/', '/ed2/', '/ed2/4/', '/ed2/4/2/', '/ed2/a/18/', '/ed2/all/', '/ed2/references/', '/ed2/mandatory/', '/diff/ed1/ed2/', '/notes/', '/search/', '/versions/', '/about/', '/licenses/', '/404.html']);
  });

  it('reads /latest/ paths as the same kinds under the alias', () => {
    expect(parseRoute('/latest/4/2/')).toEqual({ kind: 'section', version: 'latest', chapter: 4, section: 2 });
    expect(parseRoute('/latest/references/')).toEqual({ kind: 'references', version: 'latest' });
  });

  it('ignores the query and anchor and accepts a typed path without its trailing slash', () => {
    expect(parseRoute('/ed2/4/2/#a18')).toEqual({ kind: 'section', version: 'ed2', chapter: 4, section: 2 });
    expect(parseRoute('/search/?q=耕地')).toEqual({ kind: 'search' });
    expect(parseRoute('/ed2/a/18')).toEqual({ kind: 'article', version: 'ed2', article: 18 });
  });

  it('reads /404 as the not-found page, not as a version named 404', () => {
    expect(parseRoute('/404')).toEqual({ kind: '404' });
    expect(parseRoute('/404/')).toEqual({ kind: '404' });
  });

  it('reads no version named diff: /diff/ is the start of a diff URL', () => {
    expect(parseRoute('/diff/')).toBeNull();
    expect(parseRoute('/diff/all/')).toBeNull();
  });

  it('reads no path as a redirect: a redirect is known by its HTML', () => {
    expect(ROUTE_TABLE.redirect.parse('/ed2/4/5/')).toBeNull();
  });

  it('names every kind for people, each name its own', () => {
    expect(Object.keys(PAGE_KIND_NAMES).sort()).toEqual([...PAGE_KINDS].sort());
    const names = Object.values(PAGE_KIND_NAMES);
    for (const name of names) expect(name.trim()).not.toBe('');
    expect(new Set(names).size).toBe(names.length);
  });

  it('reads no route from paths outside the scheme', () => {
    for (const p of ['', 'ed2/', '/ed2/0/', '/ed2/4/2/1/', '/ED2/', '/diff/ed1/', '/_astro/x.css', '/ed2/a/', '/ed2/a/0/']) expect(parseRoute(p), p).toBeNull();
  });

  it('refuses to build a URL for a redirect page', () => {
    expect(() => routeUrl({ kind: 'redirect' })).toThrow(/moved path/);
  });

  it('lists the per-version kinds', () => {
    expect([...VERSIONED_KINDS]).toEqual(['version', 'chapter', 'section', 'article', 'all', 'references', 'mandatory']);
  });
});

describe('classifying built files', () => {
  it('names each built file by its kind and marks /latest/ aliases', () => {
    expect(classifyBuiltFile('ed2/4/2/index.html')).toEqual({ kind: 'section', route: { kind: 'section', version: 'ed2', chapter: 4, section: 2 }, alias: false });
    expect(classifyBuiltFile('latest/all/index.html')).toMatchObject({ kind: 'all', alias: true });
    expect(classifyBuiltFile('404.html')).toMatchObject({ kind: '404' });
    expect(classifyBuiltFile('index.html')).toMatchObject({ kind: 'home' });
  });

  it('classifies a page with a meta refresh as a redirect, whatever its path', () => {
    const redirect = { kind: 'redirect', route: { kind: 'redirect' }, alias: false };
    expect(classifyBuiltFile('ed2/4/5/index.html', '<meta http-equiv="refresh" content="0;url=/ed2/4/4/">')).toEqual(redirect);
    expect(classifyBuiltFile('latest/4/5/index.html', '<META\n  http-equiv="refresh" content="0;url=/latest/4/4/">')).toEqual(redirect);
  });

  it('classifies a page by its path when its HTML has no meta refresh', () => {
    expect(classifyBuiltFile('ed2/4/2/index.html', '<html><meta charset="utf-8"></html>')).toMatchObject({ kind: 'section', alias: false });
  });

  it('leaves unclaimed files unclassified', () => {
    expect(classifyBuiltFile('pagefind/x.html')).toBeUndefined();
  });

  it('maps dist files to the paths they are served at', () => {
    expect(distFileToPath('ed2\\4\\index.html')).toBe('/ed2/4/');
    expect(distFileToPath('feed.xml')).toBe('/feed.xml');
    expect(distFileToPath('/ed2/4/index.html')).toBe('/ed2/4/');
    expect(distFileToPath('//ed2/index.html')).toBe('/ed2/');
    expect(distFileToPath('index.html')).toBe('/');
    expect(distFileToPath('ed2/4/2/index.html')).toBe('/ed2/4/2/');
    expect(distFileToPath('404.html')).toBe('/404.html');
    expect(distFileToPath('ed2\\plan.json')).toBe('/ed2/plan.json');
  });
});
