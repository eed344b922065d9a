/**
 * What the URL lock tells a person when it fails: the exact messages and
 * hints, the files it reads when they are missing, and the edge cases of its
 * parsers (written to kill the mutants `npm run test:mutation` left alive).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkDistAgainstLock,
  checkLock,
  compareUrls,
  describeLockFailures,
  formatLock,
  locksAnchorsOf,
  parseLock,
  parseRedirects,
  readLockFile,
  readRedirectsFile,
  type PublishedSite,
} from '../../src/lib/url-lock.ts';

function site(entries: string[], redirects: Record<string, string> = {}, anchors: Record<string, string[]> = {}): PublishedSite {
  return {
    entries: new Set([...entries, ...Object.keys(redirects)]),
    redirectPages: new Map(Object.entries(redirects)),
    anchorsByPage: new Map(Object.entries(anchors)),
  };
}

const temp = mkdtempSync(join(tmpdir(), 'url-lock-messages-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the lock failure messages', () => {
  it('tell how to redirect a gone page, and which anchors a page still has', () => {
    const check = checkLock(['/ed2/4/2/', '/ed2/4/3/#a18', '/ed2/4/4/#a20', '/ed2/9/#a1'], site(['/ed2/4/3/', '/ed2/4/4/'], {}, { '/ed2/4/3/': ['a19', 'a21'], '/ed2/4/4/': [] }), []);
    expect(check.missing).toEqual([
      { entry: '/ed2/4/2/', hint: 'add { from: /ed2/4/2/, to: <new path> } to content/redirects.yaml' },
      { entry: '/ed2/4/3/#a18', hint: '/ed2/4/3/ exists but has no #a18; its article anchors are: a19 a21' },
      { entry: '/ed2/4/4/#a20', hint: '/ed2/4/4/ exists but has no #a20; its article anchors are: (none)' },
      { entry: '/ed2/9/#a1', hint: 'the page /ed2/9/ is gone: add { from: /ed2/9/, to: <new path> } to content/redirects.yaml' },
    ]);
  });

  it('name the redirect that lost an anchor, following a target that has an anchor of its own', () => {
    const moved = site(['/ed2/4/3/', '/ed2/4/3/#a18'], { '/ed2/4/2/': '/ed2/4/3/#a17', '/ed2/4/1/': '/ed2/4/3/' });
    const check = checkLock(['/ed2/4/2/#a18', '/ed2/4/1/#a5'], moved, []);
    expect(check.missing).toEqual([{ entry: '/ed2/4/1/#a5', hint: '/ed2/4/1/ redirects to /ed2/4/3/, which has no #a5' }]);
  });

  it('are printed one line each, lock entries first', () => {
    const lines = describeLockFailures({
      missing: [{ entry: '/ed2/4/2/', hint: 'a hint' }],
      unlocked: [],
      badRedirects: [{ redirect: { from: '/a/', to: '/b/' }, problem: 'a problem' }],
    });
    expect(lines).toEqual(['URL lock: /ed2/4/2/ disappeared — a hint', 'redirect /a/ → /b/: a problem']);
  });

  it('accept a redirect to an anchor of a published page, and sort what is not locked yet', () => {
    const check = checkLock([], site(['/ed2/10/', '/ed2/9/', '/ed2/9/#a3'], { '/old/': '/ed2/9/#a3' }), [{ from: '/old/', to: '/ed2/9/#a3' }]);
    expect(check.badRedirects).toEqual([]);
    expect(check.unlocked).toEqual(['/ed2/9/', '/ed2/9/#a3', '/ed2/10/', '/old/']);
  });
});

describe('the redirects file', () => {
  it('must be a list, of entries with string from and to, to site paths', () => {
    expect(() => parseRedirects('from: /a/\n', 'r.yaml')).toThrow('r.yaml: expected a list of { from, to } entries');
    expect(() => parseRedirects('- { from: /a/ }\n', 'r.yaml')).toThrow('r.yaml: entry 1 needs string fields "from" and "to"');
    expect(() => parseRedirects('- { to: /a/ }\n', 'r.yaml')).toThrow('r.yaml: entry 1 needs string fields "from" and "to"');
    expect(() => parseRedirects('- null\n', 'r.yaml')).toThrow('entry 1 needs string fields');
    expect(() => parseRedirects('- { from: /a/, to: b/ }\n', 'r.yaml')).toThrow('r.yaml: entry 1: to "b/" must be a site path starting with /');
    expect(() => parseRedirects('- { from: /a/, to: /b/ }\n- { from: /a/, to: /c/ }\n', 'r.yaml')).toThrow('r.yaml: entry 2: "/a/" is redirected twice');
    expect(() => parseRedirects('- { from: /A/, to: /b/ }\n')).toThrow('content/redirects.yaml: entry 1: from "/A/" must be a page path like /ed2/4/5/');
    expect(() => parseRedirects('- { from: /a, to: /b/ }\n')).toThrow(/from "\/a" must be a page path/);
    expect(() => parseRedirects('- { from: x/a/, to: /b/ }\n')).toThrow(/from "x\/a\/" must be a page path/);
  });

  it('may be empty, and accepts the root and nested page paths', () => {
    expect(parseRedirects('')).toEqual([]);
    expect(parseRedirects('- { from: /, to: /ed2/ }\n- { from: /ed-1/4/5/, to: /ed2/4/4/#a3 }\n')).toEqual([
      { from: '/', to: '/ed2/' },
      { from: '/ed-1/4/5/', to: '/ed2/4/4/#a3' },
    ]);
  });
});

describe('the lock file', () => {
  it('is read line by line, trimmed, without blank lines and comments, whatever the line ends', () => {
    expect(parseLock('# lock\r\n/ed2/\r\n  /ed2/4/  \n\n#/x/\n/ed2/a/1/')).toEqual(['/ed2/', '/ed2/4/', '/ed2/a/1/']);
  });

  it('is written sorted with a final newline, and empty when nothing is locked', () => {
    expect(formatLock([])).toBe('');
    expect(formatLock(['/b/', '/a/'])).toBe('/a/\n/b/\n');
  });

  it('sorts by number where both sides have one, by text otherwise, shorter first', () => {
    expect(compareUrls('/ed2/9/', '/ed2/10/')).toBeLessThan(0);
    expect(compareUrls('/ed2/10/', '/ed2/9/')).toBeGreaterThan(0);
    expect(compareUrls('/ed2/a/', '/ed2/b/')).toBeLessThan(0);
    expect(compareUrls('/ed2/b/', '/ed2/a/')).toBeGreaterThan(0);
    expect(compareUrls('/ed2/09/', '/ed2/9/')).not.toBe(0);
    expect(compareUrls('/ed2/', '/ed2/')).toBe(0);
    expect(compareUrls('/ed2/', '/ed2/4/')).toBeLessThan(0);
    expect(compareUrls('/ed2/4/', '/ed2/')).toBeGreaterThan(0);
    expect(compareUrls('/ed2/4/', '/ed2/x/')).toBeLessThan(0);
  });

  it('locks the anchors of versioned pages, not of /latest/', () => {
    expect(locksAnchorsOf('/ed2/4/2/')).toBe(true);
    expect(locksAnchorsOf('/latest/4/2/')).toBe(false);
    expect(locksAnchorsOf('/latest-notes/')).toBe(true);
  });
});

describe('reading the files from disk', () => {
  it('treats a missing lock or redirects file as empty, and reads them when present', () => {
    expect(readLockFile(join(temp, 'none.lock'))).toEqual([]);
    expect(readRedirectsFile(join(temp, 'none.yaml'))).toEqual([]);
    writeFileSync(join(temp, 'urls.lock'), '/\n/ed2/\n');
    writeFileSync(join(temp, 'redirects.yaml'), '- { from: /ed2/, to: / }\n');
    expect(readLockFile(join(temp, 'urls.lock'))).toEqual(['/', '/ed2/']);
    expect(readRedirectsFile(join(temp, 'redirects.yaml'))).toEqual([{ from: '/ed2/', to: '/' }]);
  });

  it('names the redirects file in its errors', () => {
    writeFileSync(join(temp, 'bad.yaml'), 'x: 1\n');
    expect(() => readRedirectsFile(join(temp, 'bad.yaml'))).toThrow(`${join(temp, 'bad.yaml')}: expected a list`);
  });

  it('checks a built folder against a lock, counting the locked entries', () => {
    const dist = join(temp, 'dist');
    mkdirSync(join(dist, 'ed2'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(dist, 'ed2', 'index.html'), '<h2 id="a1">第一条</h2>');
    writeFileSync(join(temp, 'site.lock'), '/\n/ed2/#a1\n/ed2/#a2\n');
    const result = checkDistAgainstLock(dist, join(temp, 'site.lock'), join(temp, 'none.yaml'));
    expect(result.locked).toBe(3);
    expect(result.failures).toEqual(['URL lock: /ed2/#a2 disappeared — /ed2/ exists but has no #a2; its article anchors are: a1']);
    expect(result.unlocked).toEqual(['/ed2/']);
  });
});
