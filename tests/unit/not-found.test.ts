import { describe, expect, it } from 'vitest';
import { suggestLatestPath } from '../../src/lib/not-found.ts';

const versions = ['ed1', 'ed2'];

describe('suggestLatestPath', () => {
  it('sends an unknown version to the same path under /latest/', () => {
    expect(suggestLatestPath('/ed9/4/2/', versions)).toBe('/latest/4/2/');
    expect(suggestLatestPath('/ed9/a/18/', versions)).toBe('/latest/a/18/');
    expect(suggestLatestPath('/2023-08-sstg/all/', versions)).toBe('/latest/all/');
    expect(suggestLatestPath('/v3/references/', versions)).toBe('/latest/references/');
  });

  it('sends a missing page of a known version to the same path under /latest/', () => {
    expect(suggestLatestPath('/ed1/14/3/', versions)).toBe('/latest/14/3/');
    expect(suggestLatestPath('/ed2/4/', versions)).toBe('/latest/4/');
  });

  it('treats any id listed as a version as one, whatever its form', () => {
    expect(suggestLatestPath('/draft-a/4/2/', ['draft-a'])).toBe('/latest/4/2/');
    expect(suggestLatestPath('/draft-a/4/2/', versions)).toBeNull();
  });

  it('keeps only the parts the URL scheme knows', () => {
    expect(suggestLatestPath('/ed9/4/2/extra/', versions)).toBe('/latest/4/2/');
    expect(suggestLatestPath('/ed9/4/x/', versions)).toBe('/latest/4/');
    expect(suggestLatestPath('/ed9/a/x/', versions)).toBe('/latest/');
    expect(suggestLatestPath('/ed9/whatever/', versions)).toBe('/latest/');
    expect(suggestLatestPath('/ed9/', versions)).toBe('/latest/');
  });

  it('keeps the known parts of a path typed without the trailing slash', () => {
    expect(suggestLatestPath('/ed9/4/2', versions)).toBe('/latest/4/2/');
    expect(suggestLatestPath('/ed9/a/18', versions)).toBe('/latest/a/18/');
    expect(suggestLatestPath('/ed9/all', versions)).toBe('/latest/all/');
    expect(suggestLatestPath('/ed9', versions)).toBe('/latest/');
  });

  it('falls back to the newest contents for a missing page under /latest/', () => {
    expect(suggestLatestPath('/latest/99/1/', versions)).toBe('/latest/');
    expect(suggestLatestPath('/current/4/', versions, 'current')).toBe('/current/');
  });

  it('offers nothing for paths outside the versions', () => {
    for (const p of ['/', '/about/', '/notes/x/', '/diff/ed1/ed9/', '/search/', '/Ed2/4/', '/favicon.ico', '']) {
      expect(suggestLatestPath(p, versions), p).toBeNull();
    }
  });
});
