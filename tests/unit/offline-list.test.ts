import { describe, expect, it } from 'vitest';
import { inOfflineCopy, offlineList, type DistFile } from '../../src/lib/offline-list.ts';
import { cacheVersion, formatBytes, offlineCacheName } from '../../src/lib/offline-cache.ts';

const file = (path: string, size = 10, sha256 = 'a'): DistFile => ({ path, size, sha256 });
const DIST = [
  file('index.html'),
  file('404.html'),
  file('ed1/index.html'),
  file('ed2/index.html'),
  file('ed2/4/2/index.html', 30),
  file('ed2/all/index.html', 50),
  file('ed2/plan.json'),
  file('ed2/plan.pdf', 300_000),
  file('ed2/plan.docx', 30_000),
  file('ed2/plan.txt', 30_000),
  file('latest/4/2/index.html'),
  file('_astro/PlanMap.abc.js'),
  file('_astro/BaseLayout.css'),
  file('pagefind/pagefind.js'),
  file('pagefind/index/zh-cn_1.pf_index'),
  file('search/index.html'),
  file('search-index.json'),
  file('diff/ed1/ed2/index.html'),
  file('feed.xml'),
];

describe('the offline list of a version', () => {
  it('holds the version pages, scripts, styles, the search index and the shared pages', () => {
    const urls = offlineList('ed2', '整理稿第2版', DIST).files.map((f) => f.url);
    expect(urls).toEqual([
      '/404.html',
      '/_astro/BaseLayout.css',
      '/_astro/PlanMap.abc.js',
      '/ed2/4/2/',
      '/ed2/all/',
      '/ed2/',
      '/ed2/plan.json',
      '/',
      '/pagefind/index/zh-cn_1.pf_index',
      '/pagefind/pagefind.js',
      '/search-index.json',
      '/search/',
    ]);
  });

  it('leaves out the downloads, other versions, /latest/ and diffs', () => {
    for (const path of ['ed2/plan.pdf', 'ed2/plan.docx', 'ed2/plan.txt', 'ed1/index.html', 'latest/4/2/index.html', 'diff/ed1/ed2/index.html', 'feed.xml']) {
      expect(inOfflineCopy(path, 'ed2'), path).toBe(false);
    }
  });

  it('adds up the bytes it will fetch', () => {
    const list = offlineList('ed2', '整理稿第2版', DIST);
    expect(list.bytes).toBe(list.files.reduce((n, f) => n + f.size, 0));
    expect(list.bytes).toBe(10 * 10 + 30 + 50);
  });

  it('changes its hash when any listed file changes, and only then', () => {
    const a = offlineList('ed2', 'x', DIST).hash;
    expect(offlineList('ed2', 'x', [...DIST].reverse()).hash).toBe(a);
    expect(offlineList('ed2', 'x', DIST.map((f) => (f.path === 'ed2/all/index.html' ? { ...f, sha256: 'b' } : f))).hash).not.toBe(a);
    expect(offlineList('ed2', 'x', DIST.map((f) => (f.path === 'ed2/plan.pdf' ? { ...f, sha256: 'b' } : f))).hash).toBe(a);
  });
});

describe('offline cache names', () => {
  it('name a copy by version and hash, and read the version back', () => {
    expect(offlineCacheName('ed2', 'f682cbed7012a00f')).toBe('plan-offline-ed2@f682cbed7012a00f');
    expect(cacheVersion('plan-offline-ed2@f682cbed7012a00f')).toBe('ed2');
    expect(cacheVersion('pagefind-cache')).toBeUndefined();
  });

  it('write sizes for people', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(300_000)).toBe('293 KB');
    expect(formatBytes(4_837_261)).toBe('4.6 MB');
  });
});
