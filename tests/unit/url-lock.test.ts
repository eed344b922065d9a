import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  articleAnchorsInHtml,
  checkLock,
  collectPublished,
  compareUrls,
  formatLock,
  parseLock,
  parseRedirects,
  publishedUrlOfDistFile,
  redirectTargetInHtml,
  type PublishedSite,
} from '../../src/lib/url-lock';

function site(entries: string[], redirects: Record<string, string> = {}, anchors: Record<string, string[]> = {}): PublishedSite {
  return {
    entries: new Set([...entries, ...Object.keys(redirects)]),
    redirectPages: new Map(Object.entries(redirects)),
    anchorsByPage: new Map(Object.entries(anchors)),
  };
}

describe('publishedUrlOfDistFile', () => {
  it('turns directory indexes into trailing-slash URLs', () => {
    expect(publishedUrlOfDistFile('index.html')).toBe('/');
    expect(publishedUrlOfDistFile('ed2/4/2/index.html')).toBe('/ed2/4/2/');
  });

  it('keeps data files and stray pages under their own names', () => {
    expect(publishedUrlOfDistFile('ed2/plan.json')).toBe('/ed2/plan.json');
    expect(publishedUrlOfDistFile('feed.xml')).toBe('/feed.xml');
    expect(publishedUrlOfDistFile('404.html')).toBe('/404.html');
  });

  it('locks the downloads of a version, not the offline lists or icons', () => {
    for (const f of ['docx', 'pdf', 'txt']) expect(publishedUrlOfDistFile(`ed2/plan.${f}`)).toBe(`/ed2/plan.${f}`);
    expect(publishedUrlOfDistFile('offline/ed2.json')).toBeNull();
    expect(publishedUrlOfDistFile('icons/icon-192.png')).toBeNull();
  });

  it('ignores build assets and the search index', () => {
    expect(publishedUrlOfDistFile('_astro/page.Bx1.css')).toBeNull();
    expect(publishedUrlOfDistFile('pagefind/pagefind-entry.json')).toBeNull();
    expect(publishedUrlOfDistFile('favicon.svg')).toBeNull();
    expect(publishedUrlOfDistFile('search-index.json')).toBeNull();
    expect(publishedUrlOfDistFile('geo/tekes.json')).toBeNull();
  });
});

describe('reading HTML', () => {
  it('finds article anchors but not other ids', () => {
    const html = '<h2 id="a18">第十八条</h2><p id="a18-note"></p><div id=a2 class=x></div><h2 id="about">';
    expect(articleAnchorsInHtml(html)).toEqual(['a18', 'a2']);
  });

  it('finds the 款 and 项 anchors of an article', () => {
    const html = '<p id="a18-2"></p><p id="a18-2-3"></p><p id="a18-0"></p><p id="a18-2-3-4"></p>';
    expect(articleAnchorsInHtml(html)).toEqual(['a18-2', 'a18-2-3']);
  });

  it('recognises a meta-refresh redirect page', () => {
    expect(redirectTargetInHtml('<meta http-equiv="refresh" content="0; url=/ed2/4/4/">')).toBe('/ed2/4/4/');
    expect(redirectTargetInHtml('<meta charset="utf-8">')).toBeNull();
  });
});

describe('lock file format', () => {
  it('sorts numbers as numbers, puts a page before its anchors, and drops duplicates', () => {
    const text = formatLock(['/ed2/a/10/', '/ed2/4/2/#a18', '/ed2/a/2/', '/ed2/4/2/', '/ed2/a/2/', '/ed2/4/2/#a9']);
    expect(text).toBe('/ed2/4/2/\n/ed2/4/2/#a9\n/ed2/4/2/#a18\n/ed2/a/2/\n/ed2/a/10/\n');
  });

  it('reads back what it writes and skips comments', () => {
    expect(parseLock('# lock\n/ed2/\n\n/ed2/4/\n')).toEqual(['/ed2/', '/ed2/4/']);
    expect(compareUrls('/ed1/', '/ed2/')).toBeLessThan(0);
  });
});

describe('parseRedirects', () => {
  it('reads a list of from/to paths', () => {
    expect(parseRedirects('- from: /ed2/4/5/\n  to: /ed2/4/4/\n')).toEqual([{ from: '/ed2/4/5/', to: '/ed2/4/4/' }]);
    expect(parseRedirects('# none yet\n')).toEqual([]);
  });

  it('rejects an anchor as the old path, naming the entry', () => {
    expect(() => parseRedirects('- from: /ed2/4/5/#a3\n  to: /ed2/4/4/\n')).toThrow(/entry 1: from "\/ed2\/4\/5\/#a3"/);
  });

  it('rejects a path redirected twice', () => {
    expect(() => parseRedirects('- { from: /a/, to: /b/ }\n- { from: /a/, to: /c/ }\n')).toThrow(/redirected twice/);
  });
});

describe('checkLock', () => {
  const locked = ['/', '/ed2/', '/ed2/4/2/', '/ed2/4/2/#a18'];

  it('passes when every locked entry is still published, and lists new ones', () => {
    const result = checkLock(locked, site([...locked, '/ed2/4/3/']), []);
    expect(result.missing).toEqual([]);
    expect(result.unlocked).toEqual(['/ed2/4/3/']);
  });

  it('fails when a page disappears, telling how to add a redirect', () => {
    const result = checkLock(locked, site(['/', '/ed2/']), []);
    expect(result.missing.map((m) => m.entry)).toEqual(['/ed2/4/2/', '/ed2/4/2/#a18']);
    expect(result.missing[0].hint).toMatch(/content\/redirects\.yaml/);
  });

  it('fails when an anchor disappears from a page that still exists, listing the anchors it has', () => {
    const result = checkLock(locked, site(['/', '/ed2/', '/ed2/4/2/', '/ed2/4/2/#a19'], {}, { '/ed2/4/2/': ['a19'] }), []);
    expect(result.missing).toEqual([{ entry: '/ed2/4/2/#a18', hint: expect.stringMatching(/anchors are: a19/) }]);
  });

  it('accepts a moved page with a redirect page whose target keeps the anchor', () => {
    const moved = site(['/', '/ed2/', '/ed2/4/3/', '/ed2/4/3/#a18'], { '/ed2/4/2/': '/ed2/4/3/' });
    const result = checkLock(locked, moved, [{ from: '/ed2/4/2/', to: '/ed2/4/3/' }]);
    expect(result.missing).toEqual([]);
    expect(result.badRedirects).toEqual([]);
  });

  it('reports an anchor lost behind a redirect', () => {
    const moved = site(['/', '/ed2/', '/ed2/4/3/'], { '/ed2/4/2/': '/ed2/4/3/' });
    const result = checkLock(locked, moved, [{ from: '/ed2/4/2/', to: '/ed2/4/3/' }]);
    expect(result.missing.map((m) => m.entry)).toEqual(['/ed2/4/2/#a18']);
  });

  it('rejects redirects to nowhere, onto redirects, and over real pages', () => {
    const s = site(['/', '/ed2/'], { '/old/': '/gone/', '/older/': '/old/' });
    const bad = checkLock([], s, [
      { from: '/old/', to: '/gone/' },
      { from: '/older/', to: '/old/' },
      { from: '/ed2/', to: '/' },
      { from: '/never/', to: '/' },
    ]).badRedirects.map((b) => `${b.redirect.from}: ${b.problem}`);
    expect(bad).toEqual([
      '/old/: target /gone/ is not published',
      '/older/: target /old/ is itself a redirect; point at the final page',
      '/ed2/: /ed2/ is a real page; a redirect there would hide it',
      '/never/: no redirect page was generated at /never/',
    ]);
  });
});

describe('collectPublished', () => {
  const dist = mkdtempSync(join(tmpdir(), 'url-lock-'));
  const put = (rel: string, text: string) => {
    mkdirSync(dirname(join(dist, rel)), { recursive: true });
    writeFileSync(join(dist, rel), text);
  };
  put('index.html', '<html lang="zh-CN"></html>');
  put('ed2/4/2/index.html', '<h2 id="a18">第十八条</h2><h2 id="a19">第十九条</h2>');
  put('latest/4/2/index.html', '<h2 id="a18">第十八条</h2>');
  put('ed2/4/5/index.html', '<meta http-equiv="refresh" content="0;url=/ed2/4/2/"><h2 id="a30">');
  put('ed2/plan.json', '{}');
  put('_astro/x.js', '');
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('lists pages, anchors of versioned pages only, and redirect pages without their anchors', () => {
    const s = collectPublished(dist);
    expect([...s.entries].sort(compareUrls)).toEqual([
      '/',
      '/ed2/4/2/',
      '/ed2/4/2/#a18',
      '/ed2/4/2/#a19',
      '/ed2/4/5/',
      '/ed2/plan.json',
      '/latest/4/2/',
    ]);
    expect(s.redirectPages.get('/ed2/4/5/')).toBe('/ed2/4/2/');
    expect(s.anchorsByPage.get('/latest/4/2/')).toEqual(['a18']);
  });
});
