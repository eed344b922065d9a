import { describe, expect, it } from 'vitest';
import {
  ABOUT_URL,
  absoluteUrl,
  allUrl,
  articleAnchor,
  articlePageUrl,
  chapterAnchor,
  chapterUrl,
  diffEntryUrl,
  diffUrl,
  figureAnchor,
  figureUrl,
  LATEST,
  NOTES_URL,
  FEED_URL,
  HOME_URL,
  parseArticleAnchor,
  parseFigureAnchor,
  planJsonUrl,
  provisionId,
  provisionUrl,
  referencePairAnchor,
  referencesUrl,
  searchUrl,
  sectionAnchor,
  sectionUrl,
  sourceUrl,
  toLatestPath,
  versionUrl,
  VERSIONS_URL,
} from '../../src/lib/ids.ts';

describe('anchors', () => {
  it('names article 18 a18 and figure 6 fig6', () => {
    expect(articleAnchor(18)).toBe('a18');
    expect(articleAnchor(1)).toBe('a1');
    expect(figureAnchor(6)).toBe('fig6');
  });

  it('names chapter and section headings on the whole-text page c4 and c4s2', () => {
    expect(chapterAnchor(4)).toBe('c4');
    expect(sectionAnchor(4, 2)).toBe('c4s2');
  });

  it('refuses article, figure, chapter and section numbers that are not whole numbers from 1, saying which one is wrong', () => {
    expect(() => articleAnchor(0)).toThrow('article number must be a whole number ≥ 1, got 0');
    expect(() => articleAnchor(-3)).toThrow(/article number .* got -3/);
    expect(() => articleAnchor(1.5)).toThrow(/article number .* got 1.5/);
    expect(() => articleAnchor(Number.NaN)).toThrow(/got NaN/);
    expect(() => figureAnchor(0)).toThrow(/figure number must be a whole number/);
    expect(() => chapterAnchor(0)).toThrow(/chapter must be a whole number/);
    expect(() => sectionAnchor(4, 0)).toThrow(/section must be a whole number/);
    expect(() => sectionAnchor(0, 2)).toThrow(/chapter must be a whole number/);
  });

  it('names the reference list from chapter 4 to chapter 5 r4-5, and refuses chapter 0', () => {
    expect(referencePairAnchor(4, 5)).toBe('r4-5');
    expect(() => referencePairAnchor(0, 5)).toThrow(/chapter must be a whole number/);
    expect(() => referencePairAnchor(4, 0)).toThrow(/chapter must be a whole number/);
  });

  it('refuses a provision id with a section or article numbered 0 instead of falling back to the chapter', () => {
    expect(() => provisionId({ chapter: 4, article: 0 })).toThrow(/article number must be/);
    expect(() => provisionId({ chapter: 4, section: 0 })).toThrow(/section must be/);
  });

  it('reads a figure anchor back to its number, and anything else as null', () => {
    expect(parseFigureAnchor('fig6')).toBe(6);
    expect(parseFigureAnchor(`#${figureAnchor(12)}`)).toBe(12);
    for (const bad of ['fig0', 'fig06', 'fig', 'a6', 'c4s2', 'fig6x', '']) expect(parseFigureAnchor(bad), bad).toBeNull();
  });

  it('reads an article anchor back with or without the hash', () => {
    expect(parseArticleAnchor('a18')).toBe(18);
    expect(parseArticleAnchor('#a18')).toBe(18);
    expect(parseArticleAnchor('#a1')).toBe(1);
  });

  it('reads anything that is not an article anchor as null', () => {
    for (const bad of ['a0', 'a018', 'a', '#', 'A18', 'c4', 'a18x', 'fig6', '##a18', '']) {
      expect(parseArticleAnchor(bad), bad).toBeNull();
    }
  });

  it('round-trips every anchor it makes', () => {
    for (const n of [1, 9, 10, 18, 99, 100, 1234]) expect(parseArticleAnchor(articleAnchor(n))).toBe(n);
  });
});

describe('page URLs', () => {
  it('builds the versioned URLs of the design contract', () => {
    expect(versionUrl('ed2')).toBe('/ed2/');
    expect(chapterUrl('ed2', 4)).toBe('/ed2/4/');
    expect(sectionUrl('ed2', 4, 2)).toBe('/ed2/4/2/');
    expect(allUrl('ed2')).toBe('/ed2/all/');
    expect(articlePageUrl('ed2', 18)).toBe('/ed2/a/18/');
    expect(referencesUrl('ed2')).toBe('/ed2/references/');
    expect(planJsonUrl('ed2')).toBe('/ed2/plan.json');
    expect(figureUrl('ed2', 12, 1, 6)).toBe('/ed2/12/1/#fig6');
    expect(figureUrl('ed2', 13, undefined, 1)).toBe('/ed2/13/#fig1');
  });

  it('accepts the latest alias and dated version ids as the version segment', () => {
    expect(versionUrl(LATEST)).toBe('/latest/');
    expect(sectionUrl('latest', 4, 2)).toBe('/latest/4/2/');
    expect(chapterUrl('2023-08-sstg', 1)).toBe('/2023-08-sstg/1/');
  });

  it('refuses a version id with capitals, spaces, slashes or nothing at all, naming the id', () => {
    expect(() => versionUrl('Ed2')).toThrow('"Ed2" is not a version id: use lowercase letters, digits and hyphens');
    expect(() => versionUrl('ed 2')).toThrow(/"ed 2" is not a version id/);
    expect(() => versionUrl('ed2/4')).toThrow(/not a version id/);
    expect(() => versionUrl('')).toThrow(/"" is not a version id/);
    expect(() => allUrl('../x')).toThrow(/not a version id/);
    expect(() => articlePageUrl('ED2', 1)).toThrow(/not a version id/);
    expect(() => planJsonUrl('é')).toThrow(/not a version id/);
    expect(() => referencesUrl('a_b')).toThrow(/not a version id/);
  });

  it('refuses bad chapter, section, article and figure numbers in URLs', () => {
    expect(() => chapterUrl('ed2', 0)).toThrow(/chapter must be a whole number ≥ 1, got 0/);
    expect(() => sectionUrl('ed2', 4, 0)).toThrow(/section must be a whole number ≥ 1, got 0/);
    expect(() => sectionUrl('ed2', 0, 2)).toThrow(/chapter must be/);
    expect(() => articlePageUrl('ed2', 0)).toThrow(/article number must be/);
    expect(() => figureUrl('ed2', 12, 1, 0)).toThrow(/figure number must be/);
  });

  it('builds diff URLs from two valid version ids only', () => {
    expect(diffUrl('ed1', 'ed2')).toBe('/diff/ed1/ed2/');
    // One article's change, by its key (it survives renumbering): to open from its history, or to cite.
    expect(diffEntryUrl('ed2', 'ed3', '18')).toBe('/diff/ed2/ed3/#change-18');
    expect(diffEntryUrl('ed2', 'ed3', 'ed3-22')).toBe('/diff/ed2/ed3/#change-ed3-22');
    expect(() => diffUrl('ed1', 'ED2')).toThrow(/"ED2" is not a version id/);
    expect(() => diffUrl('', 'ed2')).toThrow(/not a version id/);
  });

  it('encodes the search query so a citation pasted into it survives', () => {
    expect(searchUrl()).toBe('/search/');
    expect(searchUrl('')).toBe('/search/');
    expect(searchUrl('第十八条')).toBe(`/search/?q=${encodeURIComponent('第十八条')}`);
    expect(searchUrl('a&b=c #d')).toBe('/search/?q=a%26b%3Dc%20%23d');
    expect(decodeURIComponent(searchUrl('4.2 生态').split('=')[1]!)).toBe('4.2 生态');
  });

  it('fixes the URLs of the pages outside the versions', () => {
    expect([HOME_URL, VERSIONS_URL, NOTES_URL, ABOUT_URL, FEED_URL]).toEqual(['/', '/versions/', '/notes/', '/about/', '/feed.xml']);
  });

  it('makes absolute URLs against the site, keeping the anchor', () => {
    expect(absoluteUrl('/ed2/4/2/#a18', 'https://example.org')).toBe('https://example.org/ed2/4/2/#a18');
    expect(absoluteUrl('/ed2/', new URL('https://example.org/base/'))).toBe('https://example.org/ed2/');
  });
});

describe('provisionUrl', () => {
  it('points an article in a section at its section page with the article anchor', () => {
    expect(provisionUrl({ version: 'ed2', chapter: 4, section: 2, article: 18 })).toBe('/ed2/4/2/#a18');
  });

  it('points an article of a chapter without sections at the chapter page', () => {
    expect(provisionUrl({ version: 'ed2', chapter: 3, article: 12 })).toBe('/ed2/3/#a12');
    expect(provisionUrl({ version: 'ed2', chapter: 3, section: undefined, article: 12 })).toBe('/ed2/3/#a12');
  });

  it('points a section or a chapter without an article at the page itself', () => {
    expect(provisionUrl({ version: 'ed2', chapter: 4, section: 2 })).toBe('/ed2/4/2/');
    expect(provisionUrl({ version: 'ed2', chapter: 4 })).toBe('/ed2/4/');
  });

  it('refuses a section or article numbered 0 instead of silently dropping it', () => {
    expect(() => provisionUrl({ version: 'ed2', chapter: 4, section: 0, article: 18 })).toThrow(/section must be a whole number/);
    expect(() => provisionUrl({ version: 'ed2', chapter: 4, section: 2, article: 0 })).toThrow(/article number must be/);
  });

  it('refuses a bad version or chapter', () => {
    expect(() => provisionUrl({ version: 'Ed2', chapter: 4 })).toThrow(/not a version id/);
    expect(() => provisionUrl({ version: 'ed2', chapter: -1, article: 3 })).toThrow(/chapter must be/);
  });
});

describe('sourceUrl', () => {
  it('links drafting-notes parts N1–N4 to their part of the notes page', () => {
    expect(sourceUrl('N1')).toBe(`${NOTES_URL}#n1`);
    expect(sourceUrl('N4')).toBe('/notes/#n4');
  });

  it('links timeline entries, with or without a same-month index, to the notes page', () => {
    expect(sourceUrl('T2019-09')).toBe('/notes/#t2019-09');
    expect(sourceUrl('T2023-01-2')).toBe('/notes/#t2023-01-2');
  });

  it('links facts F1… to the about page', () => {
    expect(sourceUrl('F1')).toBe(`${ABOUT_URL}#f1`);
    expect(sourceUrl('F12')).toBe('/about/#f12');
  });

  it('returns null for ids of unknown form', () => {
    for (const bad of ['N0', 'N5', 'n1', 'F0', 'F01', 'T2019', 'T2019-9', 'T19-09', 'X1', '', ' N1', 'N1 ']) {
      expect(sourceUrl(bad), bad).toBeNull();
    }
  });
});

describe('toLatestPath', () => {
  it('maps a versioned path to the same path under /latest/', () => {
    expect(toLatestPath('/ed2/4/2/', 'ed2')).toBe('/latest/4/2/');
    expect(toLatestPath('/ed2/', 'ed2')).toBe('/latest/');
    expect(toLatestPath('/ed2/a/18/', 'ed2')).toBe('/latest/a/18/');
    expect(toLatestPath('/ed2/plan.json', 'ed2')).toBe('/latest/plan.json');
  });

  it('returns null for a path of another version, a longer id with the same start, or no version', () => {
    expect(toLatestPath('/ed1/4/2/', 'ed2')).toBeNull();
    expect(toLatestPath('/ed20/4/2/', 'ed2')).toBeNull();
    expect(toLatestPath('/about/', 'ed2')).toBeNull();
    expect(toLatestPath('/ed2', 'ed2')).toBeNull();
  });

  it('refuses a bad version id', () => {
    expect(() => toLatestPath('/ed2/', 'Ed2')).toThrow(/not a version id/);
  });
});
