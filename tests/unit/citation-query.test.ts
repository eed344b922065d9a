import { describe, expect, it } from 'vitest';
import type { PlanModel } from '../../src/lib/plan-model.ts';
import {
  buildCitationIndex,
  citationSearchText,
  parseCitationQuery,
  pickCitationIndex,
  resolveCitation,
  type CitationIndex,
  type CitationIndexFile,
} from '../../src/lib/citation-query.ts';

/** A small made-up index: chapter 3 holds articles itself, chapter 4 has sections. */
const ED2: CitationIndex = {
  version: 'ed2',
  label: '整理稿第2版',
  chapters: [
    { number: 3, title: '目标定位与发展战略', sections: [] },
    {
      number: 4,
      title: '国土空间开发保护格局',
      sections: [
        { number: 1, title: '落实主体功能区战略' },
        { number: 2, title: '统筹划定三条控制线' },
      ],
    },
  ],
  articles: [
    [12, 3, 0, '功能定位'],
    [17, 4, 1, ''],
    [18, 4, 2, '生态保护红线'],
  ],
};
const ED1: CitationIndex = { ...ED2, version: 'ed1', label: '整理稿第1版', articles: [[18, 4, 2, '生态保护红线（旧）']] };
const FILE: CitationIndexFile = { newest: 'ed2', versions: [ED1, ED2] };

describe('parseCitationQuery', () => {
  it.each([
    ['第18条', 18],
    ['18条', 18],
    ['第十八条', 18],
    ['十八条', 18],
    ['第 18 条', 18],
    ['第１８条', 18],
    ['第一百零二条', 102],
  ])('reads %s as article %i', (query, article) => {
    expect(parseCitationQuery(query)).toEqual({ kind: 'article', article });
  });

  it('keeps the paragraph of 第18条第二款', () => {
    expect(parseCitationQuery('第18条第二款')).toEqual({ kind: 'article', article: 18, paragraph: 2 });
    // As a text in Traditional characters writes them.
    expect(parseCitationQuery('第十八條')).toEqual({ kind: 'article', article: 18 });
    expect(parseCitationQuery('第四章第二節')).toMatchObject({ kind: 'section', chapter: 4, section: 2 });
  });

  it('keeps the item of 第十八条第（一）项', () => {
    expect(parseCitationQuery('第十八条第（一）项')).toEqual({ kind: 'article', article: 18, item: 1 });
  });

  it('keeps the chapter and section written before an article', () => {
    expect(parseCitationQuery('第四章第二节第十八条')).toEqual({ kind: 'article', article: 18, chapter: 4, section: 2 });
  });

  it.each([
    ['第四章第二节', 4, 2],
    ['四章二节', 4, 2],
    ['第4章第2节', 4, 2],
    ['4.2', 4, 2],
    ['4．2', 4, 2],
    ['第十二章第三节', 12, 3],
  ])('reads %s as chapter %i section %i', (query, chapter, section) => {
    expect(parseCitationQuery(query)).toEqual({ kind: 'section', chapter, section });
  });

  it.each([
    ['第四章', 4],
    ['四章', 4],
    ['第14章', 14],
  ])('reads %s as chapter %i', (query, chapter) => {
    expect(parseCitationQuery(query)).toEqual({ kind: 'chapter', chapter });
  });

  it('reads a whole pasted citation with its version label', () => {
    expect(parseCitationQuery('《特克斯县国土空间总体规划（2021—2035年）》（整理稿第1版）第四章第二节第十八条')).toEqual({
      kind: 'article',
      article: 18,
      chapter: 4,
      section: 2,
      versionLabel: '整理稿第1版',
    });
  });

  it.each([
    '',
    '   ',
    '18',
    '十八',
    '第二节',
    '生态保护红线',
    '第18条生态保护红线',
    '第0条',
    '第零章',
    '4.0',
    '第十百条',
    '<script>alert(1)</script>',
    '🌄',
    '!!!',
    '第'.repeat(250) + '18条',
  ])('does not take %j for a citation', (query) => {
    expect(parseCitationQuery(query)).toBeNull();
  });
});

describe('resolveCitation', () => {
  it('resolves an article to its section page and anchor with a breadcrumb', () => {
    expect(resolveCitation({ kind: 'article', article: 18 }, ED2)).toEqual({
      breadcrumb: ['第四章', '第二节', '第十八条'],
      title: '生态保护红线',
      url: '/ed2/4/2/#a18',
      version: 'ed2',
    });
  });

  it('resolves an article of a chapter without sections to the chapter page', () => {
    expect(resolveCitation({ kind: 'article', article: 12 }, ED2)).toMatchObject({
      breadcrumb: ['第三章', '第十二条'],
      url: '/ed2/3/#a12',
    });
  });

  it('names the paragraph in the label and jumps to its anchor', () => {
    expect(resolveCitation({ kind: 'article', article: 18, paragraph: 2 }, ED2)).toMatchObject({
      breadcrumb: ['第四章', '第二节', '第十八条第二款'],
      url: '/ed2/4/2/#a18-2',
    });
  });

  it('jumps to the anchor of a 项, in the first 款 when no 款 is named', () => {
    expect(resolveCitation({ kind: 'article', article: 18, paragraph: 2, item: 3 }, ED2)!.url).toBe('/ed2/4/2/#a18-2-3');
    expect(resolveCitation({ kind: 'article', article: 18, item: 1 }, ED2)!.url).toBe('/ed2/4/2/#a18-1-1');
  });

  it('shows the real place of an article cited under the wrong chapter', () => {
    expect(resolveCitation({ kind: 'article', article: 18, chapter: 3 }, ED2)).toMatchObject({
      breadcrumb: ['第四章', '第二节', '第十八条'],
    });
  });

  it('resolves a section and a chapter', () => {
    expect(resolveCitation({ kind: 'section', chapter: 4, section: 2 }, ED2)).toEqual({
      breadcrumb: ['第四章', '第二节'],
      title: '统筹划定三条控制线',
      url: '/ed2/4/2/',
      version: 'ed2',
    });
    expect(resolveCitation({ kind: 'chapter', chapter: 4 }, ED2)).toMatchObject({ url: '/ed2/4/', title: '国土空间开发保护格局' });
  });

  it('returns null for provisions the version does not have', () => {
    expect(resolveCitation({ kind: 'article', article: 999 }, ED2)).toBeNull();
    expect(resolveCitation({ kind: 'section', chapter: 4, section: 9 }, ED2)).toBeNull();
    expect(resolveCitation({ kind: 'section', chapter: 9, section: 1 }, ED2)).toBeNull();
    expect(resolveCitation({ kind: 'chapter', chapter: 15 }, ED2)).toBeNull();
  });
});

describe('pickCitationIndex', () => {
  it('uses the newest version unless a pasted citation names another', () => {
    expect(pickCitationIndex({ kind: 'article', article: 18 }, FILE)?.version).toBe('ed2');
    expect(pickCitationIndex({ kind: 'article', article: 18, versionLabel: '整理稿第1版' }, FILE)?.version).toBe('ed1');
    expect(pickCitationIndex({ kind: 'article', article: 18, versionLabel: '公示稿' }, FILE)?.version).toBe('ed2');
  });
});

describe('buildCitationIndex', () => {
  it('keeps numbers and titles only, with 0 for an article held by a chapter itself', () => {
    const article = (number: number, chapter: number, section: number | undefined, title: string) =>
      ({ number, key: String(number), title, body: '', chapter, section, file: 'x.mdx', line: 1 });
    const model = {
      version: { id: 'ed2', label: '整理稿第2版' },
      chapters: [
        { chapter: 3, title: '目标定位与发展战略', sources: [], file: '', sections: [], articles: [article(12, 3, undefined, '功能定位')] },
        { chapter: 4, title: '国土空间开发保护格局', sources: [], file: '', sections: [{ chapter: 4, section: 2, title: '统筹划定三条控制线', sources: [], file: '', articles: [] }], articles: [] },
      ],
      articles: [article(12, 3, undefined, '功能定位'), article(18, 4, 2, '生态保护红线')],
    } as unknown as PlanModel;
    expect(buildCitationIndex(model)).toEqual({
      version: 'ed2',
      label: '整理稿第2版',
      chapters: [
        { number: 3, title: '目标定位与发展战略', sections: [] },
        { number: 4, title: '国土空间开发保护格局', sections: [{ number: 2, title: '统筹划定三条控制线' }] },
      ],
      articles: [[12, 3, 0, '功能定位'], [18, 4, 2, '生态保护红线']],
    });
  });
});

describe('citationSearchText', () => {
  it('writes the provision as the plan text does, in Chinese numerals', () => {
    expect(citationSearchText({ kind: 'article', article: 18, paragraph: 2 })).toBe('第十八条');
    expect(citationSearchText({ kind: 'section', chapter: 4, section: 2 })).toBe('第四章第二节');
    expect(citationSearchText({ kind: 'chapter', chapter: 12 })).toBe('第十二章');
  });
});

describe("printed decimal numbers (issue 11)", () => {
  it('a query 3.2.1 jumps to the article printed 3.2.1 in a decimal-numbered version', () => {
    const q = parseCitationQuery('3.2.1');
    expect(q).toEqual({ kind: 'printed', printed: '3.2.1' });
    const index = {
      version: 'd1',
      label: '公示稿',
      chapters: [{ number: 3, title: '格局', sections: [{ number: 2, title: '生态' }] }],
      articles: [[7, 3, 2, '红线', '3.2.1'] as [number, number, number, string, string]],
    };
    expect(resolveCitation(q!, index)).toEqual({ breadcrumb: ['第三章', '第二节', '3.2.1'], title: '红线', url: '/d1/3/2/#a7', version: 'd1' });
    expect(resolveCitation(parseCitationQuery('3.2.2')!, index)).toBeNull();
    // A law-shaped version prints no 4.2.1: the query finds nothing there.
    expect(resolveCitation(parseCitationQuery('4.2.1')!, ED2)).toBeNull();
  });
});
