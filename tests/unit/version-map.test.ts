import { describe, expect, it } from 'vitest';
import { loadPlanModel } from '../../src/lib/plan-files.ts';
import type { PlanModel } from '../../src/lib/plan-model.ts';
import {
  versionLinks,
  articlesOnPage,
  mapLocation,
  mapUrl,
  parseVersionedPath,
  switchTargets,
  resolveVersionedPage,
  type VersionOutline,
} from '../../src/lib/version-map';

// ed1: ch1 (no sections) a1–a2; ch2 §1 a3–a4, §2 a5–a6; ch3 §1 a7.
const ed1: VersionOutline = {
  id: 'ed1',
  chapters: [
    { number: 1, articles: [{ number: 1, key: '1' }, { number: 2, key: '2' }], sections: [] },
    {
      number: 2,
      articles: [],
      sections: [
        { number: 1, articles: [{ number: 3, key: '3' }, { number: 4, key: '4' }] },
        { number: 2, articles: [{ number: 5, key: '5' }, { number: 6, key: '6' }] },
      ],
    },
    { number: 3, articles: [], sections: [{ number: 1, articles: [{ number: 7, key: '7' }] }] },
  ],
};

// ed2: a new article before 3 renumbers everything after it; 4 moves to §2;
// 6 is removed; chapter 3 is gone and 7 now closes chapter 2 §2.
const ed2: VersionOutline = {
  id: 'ed2',
  chapters: [
    { number: 1, articles: [{ number: 1, key: '1' }, { number: 2, key: '2' }], sections: [] },
    {
      number: 2,
      articles: [],
      sections: [
        { number: 1, articles: [{ number: 3, key: 'ed2-3' }, { number: 4, key: '3' }] },
        {
          number: 2,
          articles: [
            { number: 5, key: '4' },
            { number: 6, key: '5' },
            { number: 7, key: '7' },
          ],
        },
        { number: 3, articles: [] },
      ],
    },
  ],
};

describe('mapLocation', () => {
  it('follows a renumbered article by key to its new number', () => {
    expect(mapLocation({ kind: 'article', article: 5 }, ed1, ed2)).toEqual({
      location: { kind: 'article', article: 6 },
      exact: true,
    });
  });

  it('sends a removed article to the section of its nearest surviving neighbour, preceding first', () => {
    expect(mapLocation({ kind: 'article', article: 6 }, ed1, ed2)).toEqual({
      location: { kind: 'section', chapter: 2, section: 2 },
      exact: false,
    });
  });

  it('sends an article added later to the section of its neighbour in the same section', () => {
    // ed2 a3 sits between a2 (chapter 1) and a4 (2.1, was ed1 a3): the same-section neighbour wins.
    expect(mapLocation({ kind: 'article', article: 3 }, ed2, ed1)).toEqual({
      location: { kind: 'section', chapter: 2, section: 1 },
      exact: false,
    });
  });

  it('prefers the preceding neighbour when both are in other sections', () => {
    const v: VersionOutline = {
      id: 'v',
      chapters: [
        { number: 1, articles: [{ number: 1, key: '1' }], sections: [] },
        { number: 2, articles: [{ number: 2, key: 'v-2' }], sections: [] },
        { number: 3, articles: [{ number: 3, key: '2' }], sections: [] },
      ],
    };
    const w: VersionOutline = {
      id: 'w',
      chapters: [
        { number: 1, articles: [{ number: 1, key: '1' }], sections: [] },
        { number: 2, articles: [{ number: 2, key: '2' }], sections: [] },
      ],
    };
    expect(mapLocation({ kind: 'article', article: 2 }, v, w).location).toEqual({ kind: 'chapter', chapter: 1 });
  });

  it('maps a section to the section that now holds most of its provisions', () => {
    // ed1 2.2 holds keys 5 and 6; only 5 survives, in ed2 2.2.
    expect(mapLocation({ kind: 'section', chapter: 2, section: 2 }, ed1, ed2).location).toEqual({
      kind: 'section',
      chapter: 2,
      section: 2,
    });
    // ed1 3.1 (key 7) now sits in ed2 2.2 although chapter 3 is gone.
    expect(mapLocation({ kind: 'section', chapter: 3, section: 1 }, ed1, ed2)).toEqual({
      location: { kind: 'section', chapter: 2, section: 2 },
      exact: true,
    });
  });

  it('prefers the earliest provision when a section splits evenly', () => {
    // ed1 2.1 = keys 3 (→ ed2 2.1) and 4 (→ ed2 2.2): one each, key 3 comes first.
    expect(mapLocation({ kind: 'section', chapter: 2, section: 1 }, ed1, ed2).location).toEqual({
      kind: 'section',
      chapter: 2,
      section: 1,
    });
  });

  it('maps a chapter that no longer exists to the chapter holding its provisions', () => {
    expect(mapLocation({ kind: 'chapter', chapter: 3 }, ed1, ed2).location).toEqual({ kind: 'chapter', chapter: 2 });
  });

  it('falls back to the version contents for an empty section missing in the target, never a 404', () => {
    expect(mapLocation({ kind: 'section', chapter: 2, section: 3 }, ed2, ed1)).toEqual({
      location: { kind: 'chapter', chapter: 2 },
      exact: false,
    });
    const lone: VersionOutline = { id: 'x', chapters: [{ number: 9, articles: [], sections: [] }] };
    expect(mapLocation({ kind: 'chapter', chapter: 9 }, lone, ed1)).toEqual({
      location: { kind: 'version' },
      exact: false,
    });
  });

  it('keeps whole-version pages as they are', () => {
    expect(mapLocation({ kind: 'all' }, ed1, ed2)).toEqual({ location: { kind: 'all' }, exact: true });
  });
});

describe('mapUrl', () => {
  it('gives an article anchor on the section page that now holds the provision', () => {
    expect(mapUrl({ kind: 'provision', article: 4 }, ed1, ed2)).toEqual({ url: '/ed2/2/2/#a5', exact: true });
  });

  it('gives an anchor on the chapter page for a chapter without sections', () => {
    expect(mapUrl({ kind: 'provision', article: 2 }, ed2, ed1)).toEqual({ url: '/ed1/1/#a2', exact: true });
  });

  it('gives the article page for an article page', () => {
    expect(mapUrl({ kind: 'article', article: 7 }, ed1, ed2).url).toBe('/ed2/a/7/');
  });

  it('maps every page of one version to a URL of a page that exists in the other', () => {
    const pagesOf = (v: VersionOutline) => {
      const urls = new Set<string>([`/${v.id}/`, `/${v.id}/all/`]);
      for (const c of v.chapters) {
        urls.add(`/${v.id}/${c.number}/`);
        for (const s of c.sections) urls.add(`/${v.id}/${c.number}/${s.number}/`);
      }
      for (let n = 1; n <= 7; n++) urls.add(`/${v.id}/a/${n}/`);
      return urls;
    };
    for (const [a, b] of [
      [ed1, ed2],
      [ed2, ed1],
    ]) {
      const existing = pagesOf(b);
      for (const url of pagesOf(a)) {
        const parsed = parseVersionedPath(url)!;
        const target = mapUrl(parsed.location, a, b).url.replace(/#.*$/, '');
        expect(existing, `${url} → ${target}`).toContain(target);
      }
    }
  });
});

describe('parseVersionedPath', () => {
  it('reads each kind of versioned path', () => {
    expect(parseVersionedPath('/ed2/')).toEqual({ version: 'ed2', location: { kind: 'version' } });
    expect(parseVersionedPath('/ed2/4/')).toEqual({ version: 'ed2', location: { kind: 'chapter', chapter: 4 } });
    expect(parseVersionedPath('/ed2/4/2/')).toEqual({
      version: 'ed2',
      location: { kind: 'section', chapter: 4, section: 2 },
    });
    expect(parseVersionedPath('/latest/a/18/')).toEqual({
      version: 'latest',
      location: { kind: 'article', article: 18 },
    });
    expect(parseVersionedPath('/ed2/4/2/#a18')).toEqual({
      version: 'ed2',
      location: { kind: 'provision', article: 18 },
    });
  });

  it('returns null for paths that are not pages of a version', () => {
    expect(parseVersionedPath('/diff/ed1/ed2/')).toBeNull();
    expect(parseVersionedPath('/')).toBeNull();
    expect(parseVersionedPath('/ed2/plan.json')).toBeNull();
  });
});

describe('articlesOnPage', () => {
  it('lists the articles a section or a section-less chapter shows', () => {
    expect(articlesOnPage(ed1, { kind: 'section', chapter: 2, section: 2 })).toEqual([5, 6]);
    expect(articlesOnPage(ed1, { kind: 'chapter', chapter: 1 })).toEqual([1, 2]);
    expect(articlesOnPage(ed1, { kind: 'chapter', chapter: 2 })).toEqual([]);
  });
});

describe('switchTargets', () => {
  it('gives each version a page URL and, per article on the page, the URL of that article there', () => {
    const [toEd1, toEd2] = switchTargets({ kind: 'section', chapter: 2, section: 1 }, ed2, [ed1, ed2]);
    expect(toEd1).toEqual({
      versionId: 'ed1',
      url: '/ed1/2/1/',
      exact: true,
      // ed2 a3 (added in ed2) falls back to the section of its neighbour in
      // the same section, a4, which was ed1 a3.
      byArticle: { 3: '/ed1/2/1/', 4: '/ed1/2/1/#a3' },
    });
    expect(toEd2.url).toBe('/ed2/2/1/');
    expect(toEd2.byArticle).toEqual({ 3: '/ed2/2/1/#a3', 4: '/ed2/2/1/#a4' });
  });
});

describe('resolveVersionedPage', () => {
  const models = [{ version: { id: 'ed1' } }, { version: { id: 'ed2' } }];
  it('resolves a versioned path, the latest alias, and nothing else', () => {
    expect(resolveVersionedPage('/ed1/4/2/', models, models[1])).toEqual({
      model: models[0],
      isAlias: false,
      location: { kind: 'section', chapter: 4, section: 2 },
    });
    expect(resolveVersionedPage('/latest/a/3/', models, models[1])?.model).toBe(models[1]);
    expect(resolveVersionedPage('/latest/a/3/', models, models[1])?.isAlias).toBe(true);
    expect(resolveVersionedPage('/versions/', models, models[1])).toBeNull();
    expect(resolveVersionedPage('/notes/', models, models[1])).toBeNull();
  });
});

describe('versionLinks', () => {
  const models = ['v1', 'v2'].map((id) => loadPlanModel('tests/fixtures/versions', id));
  const [v1, v2] = models as [PlanModel, PlanModel];

  it('gives the old-version page its target in the newest version, the same as the switcher’s', () => {
    const { page, targets, newestTarget } = versionLinks('/v1/1/1/', models, v2);
    expect(page?.model).toBe(v1);
    expect(newestTarget).toBe(targets[1]);
    expect(newestTarget?.url).toMatch(/^\/v2\//);
  });

  it('links outside the versions to each version’s contents, with no version page', () => {
    const { page, targets } = versionLinks('/versions/', models, v2);
    expect(page).toBeNull();
    expect(targets.map((t) => t.url)).toEqual(['/v1/', '/v2/']);
  });
});
