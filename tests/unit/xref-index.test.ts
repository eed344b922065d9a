import { describe, expect, it } from 'vitest';
import { buildPlanModelOrThrow, type PlanModel } from '../../src/lib/plan-model.ts';
import { versionSchema } from '../../src/lib/schemas.ts';
import { buildXrefIndex, citingArticles, citingFigure, referencesBetween, xrefIndexFor } from '../../src/lib/xref-index.ts';

/** A three-chapter version whose articles refer to each other. */
function model(): PlanModel {
  const version = versionSchema.parse({
    id: 'x1', title: '示例县国土空间总体规划（2021—2035年）', label: '测试稿', date: '2026-01-01',
    stage: '大纲', status: 'current', basis: '测试', expect: { chapters: 3, sections: 2 },
  });
  const arts = (ns: number[]) => ns.map((n) => ({ number: n, key: String(n) }));
  return buildPlanModelOrThrow({
    version: { file: 'x1/_version.yaml', data: version },
    chapters: [
      { file: 'x1/01/index.mdx', data: { version: 'x1', chapter: 1, title: '总则', sources: [], articles: [] }, body: '' },
      { file: 'x1/02/index.mdx', data: { version: 'x1', chapter: 2, title: '格局', sources: [], articles: arts([3, 4]) },
        body: '## 第三条 甲\n\n依照第一条，落实第五条至第七条。\n\n## 第四条\n\n本章各条和第三条。' },
      { file: 'x1/03/index.mdx', data: { version: 'x1', chapter: 3, title: '保障', sources: [], articles: [] }, body: '' },
    ],
    sections: [
      { file: 'x1/01/01.mdx', data: { version: 'x1', chapter: 1, section: 1, title: '目的', sources: [], articles: arts([1, 2]) },
        body: '## 第一条\n\n见第二章和第三条。《土地管理法》第四条不算。\n\n## 第二条\n\n第二条自己，第一条。' },
      { file: 'x1/03/01.mdx', data: { version: 'x1', chapter: 3, section: 1, title: '实施', sources: [], articles: arts([5, 6, 7]) },
        body: '## 第五条\n\n第一章第一节第一条。\n\n## 第六条\n\n第三条、第四条。\n\n## 第七条\n\n无。' },
    ],
  });
}

describe('buildXrefIndex', () => {
  const index = buildXrefIndex(model());

  it('lists every article that cites an article, ascending, without itself', () => {
    expect(citingArticles(index, 1)).toEqual([2, 3, 5]);
    expect(citingArticles(index, 3)).toEqual([1, 4, 6]);
    expect(citingArticles(index, 2)).toEqual([]);
  });

  it('counts every article inside a range as cited', () => {
    expect(citingArticles(index, 6)).toEqual([3]);
    expect(index.references.find((r) => r.text === '第五条')?.articles).toEqual([5, 6, 7]);
  });

  it('leaves out references to other documents and 本章', () => {
    expect(citingArticles(index, 4)).toEqual([6]);
    expect(index.references.some((r) => r.text === '本章')).toBe(false);
  });

  it('counts references between chapters, chapter references included', () => {
    const m = (a: number, b: number) => index.matrix.get(a)?.get(b) ?? 0;
    expect([m(1, 1), m(1, 2), m(2, 1), m(2, 2), m(2, 3), m(3, 1), m(3, 2)]).toEqual([2, 2, 1, 1, 2, 1, 2]);
    // 第二条 cites itself and 第一条: both counted in the matrix, neither as "cited by" itself.
    expect(referencesBetween(index, 1, 1).map((r) => r.text)).toEqual(['第二条', '第一条']);
  });

  it('keeps each reference with its place and target URL', () => {
    expect(referencesBetween(index, 3, 1)[0]).toMatchObject({
      from: { article: 5, chapter: 3, section: 1 },
      text: '第一章第一节第一条',
      to: { url: '/x1/1/1/#a1', id: 'a1' },
    });
  });

  it('builds once per model', () => {
    const m = model();
    expect(xrefIndexFor(m)).toBe(xrefIndexFor(m));
  });
});

describe('figure references in the index', () => {
  const figures = [
    { number: 1, title: '区位图', layers: [], sections: [{ chapter: 2, section: 1 }], sources: [], note: '-' },
  ];
  function withFigures(): PlanModel {
    const m = model();
    const a3 = m.articles.find((a) => a.number === 3)!;
    const a5 = m.articles.find((a) => a.number === 5)!;
    return { ...m, articles: m.articles.map((a) => (a === a3 ? { ...a, body: `${a.body}见附图1、附图2。` } : a === a5 ? { ...a, body: `${a.body}附图1所示。` } : a)) };
  }

  it('resolves 附图N against the figures it is given, to the figure anchor on the section of this version that cites it', () => {
    // The registry's section 2.1 does not exist in this version: the figure moves to the first place that cites it,
    // chapter 2, which has no sections (its page holds article 3; second-plan tester, 2026-12-03).
    const index = buildXrefIndex(withFigures(), figures);
    expect(index.figureReferences.map((r) => [r.from.article, r.text, r.to.url, r.to.figure])).toEqual([
      [3, '附图1', '/x1/2/#fig1', 1],
      [5, '附图1', '/x1/2/#fig1', 1],
    ]);
  });

  it('lists the articles citing a figure, and none for a figure the plan does not define', () => {
    const index = buildXrefIndex(withFigures(), figures);
    expect(citingFigure(index, 1)).toEqual([3, 5]);
    expect(citingFigure(index, 2)).toEqual([]);
  });

  it('keeps figure references out of the chapter counts', () => {
    expect(buildXrefIndex(withFigures(), figures).matrix).toEqual(buildXrefIndex(model(), figures).matrix);
  });
});
