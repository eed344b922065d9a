import { describe, expect, test } from 'vitest';
import { alignArticles, articleSimilarity, assignArticleKeys, type KeyedArticle } from '../../src/lib/align.ts';

const art = (number: number, title: string, text: string, key = String(number)): KeyedArticle => ({ number, key, title, text });

const ED1 = [
  art(1, '规划目的', '为落实国家战略，统筹国土空间开发保护，制定本规划。'),
  art(2, '规划范围', '规划范围为县域行政辖区，总面积以第三次全国国土调查为准。'),
  art(3, '规划期限', '规划期限为2021—2035年，近期至2025年，远景展望至2050年。'),
  art(4, '生态保护红线', '严格落实生态保护红线管控要求，红线内自然保护地核心保护区原则上禁止人为活动。'),
  art(5, '永久基本农田', '严格保护永久基本农田，任何单位和个人不得擅自占用或者改变用途。'),
];

describe('similarity', () => {
  test('is 1 for identical articles and low for unrelated ones', () => {
    expect(articleSimilarity(ED1[0]!, ED1[0]!)).toBe(1);
    expect(articleSimilarity(ED1[0]!, ED1[4]!)).toBeLessThan(0.3);
  });
  test('stays high when a sentence is added', () => {
    const edited = { ...ED1[3]!, text: ED1[3]!.text + '喀拉峻世界自然遗产地按照遗产地保护要求管理。' };
    expect(articleSimilarity(ED1[3]!, edited)).toBeGreaterThan(0.6);
  });
});

describe('alignment', () => {
  test('matches unchanged articles one to one', () => {
    expect(alignArticles(ED1, ED1)).toEqual([0, 1, 2, 3, 4]);
  });

  test('finds an inserted article and shifts the rest', () => {
    const next = [ED1[0]!, ED1[1]!, art(3, '规划原则', '坚持生态优先、绿色发展，坚持以人民为中心。'), ...ED1.slice(2)];
    expect(alignArticles(ED1, next)).toEqual([0, 1, null, 2, 3, 4]);
  });

  test('leaves a deleted article unmatched', () => {
    expect(alignArticles(ED1, [ED1[0]!, ED1[2]!, ED1[3]!, ED1[4]!])).toEqual([0, 2, 3, 4]);
  });

  test('matches an edited article with a changed title', () => {
    const next = [...ED1];
    next[3] = art(4, '生态保护红线管控', ED1[3]!.text.replace('原则上禁止', '原则上禁止开发性、生产性建设及'));
    expect(alignArticles(ED1, next)).toEqual([0, 1, 2, 3, 4]);
  });

  test('does not match a rewritten article to an unrelated one', () => {
    const next = [...ED1.slice(0, 4), art(5, '城镇开发边界', '城镇开发边界内的建设，实行“详细规划＋规划许可”的管制方式。')];
    expect(alignArticles(ED1, next)).toEqual([0, 1, 2, 3, null]);
  });

  test('finds two swapped articles in their new places', () => {
    const next = [ED1[0]!, ED1[2]!, ED1[1]!, ED1[3]!, ED1[4]!];
    expect(alignArticles(ED1, next)).toEqual([0, 2, 1, 3, 4]);
  });

  test('finds a section moved far away by its unchanged articles', () => {
    const filler = Array.from({ length: 30 }, (_, i) => art(10 + i, `条文${i}`, `第${i}项互不相同的规定，编号${i * 7919}，要求${(i * 31) % 97}。`));
    const previous = [ED1[3]!, ED1[4]!, ...filler];
    const next = [...filler, ED1[3]!, ED1[4]!];
    const m = alignArticles(previous, next);
    expect(m.slice(-2)).toEqual([0, 1]);
    expect(m.slice(0, 30)).toEqual(filler.map((_, i) => i + 2));
  });

  test('does not pair a moved article with a merely similar one', () => {
    const next = [ED1[0]!, ED1[1]!, ED1[2]!, art(4, '生态保护', '严格落实生态保护红线管控要求。')];
    expect(alignArticles(ED1.slice(0, 4), next, { threshold: 0.99 })[3]).toBeNull();
  });

  test('handles empty sides', () => {
    expect(alignArticles([], ED1)).toEqual([null, null, null, null, null]);
    expect(alignArticles(ED1, [])).toEqual([]);
  });

  test('aligns long plans with insertions far from the start using the band', () => {
    const long = Array.from({ length: 800 }, (_, i) => art(i + 1, '', `第${i}项独立的条文内容，编号${i * 7919}，要求${(i * 31) % 97}。`));
    // Every article edited, so no identical anchors: the banded search does the work.
    const edited = long.map((a) => ({ ...a, text: `${a.text}（已修改）` }));
    const next = [...edited.slice(0, 400), art(0, '', '全新的条文，与任何旧条文都不同。'), ...edited.slice(400)];
    const m = alignArticles(long, next, { fullLimit: 1000 });
    expect(m[400]).toBeNull();
    expect(m.slice(401)).toEqual(long.slice(400).map((_, i) => 400 + i));
  });
});

describe('keys', () => {
  test('without a previous version the key is the number', () => {
    expect(assignArticleKeys(null, ED1, 'ed1')).toEqual(ED1.map((a) => ({ number: a.number, key: String(a.number) })));
  });

  test('carries keys, records former numbers and keys new articles by version', () => {
    const prev = ED1.map((a) => ({ ...a, key: a.number === 5 ? 'ed1-5' : a.key }));
    const next = [
      art(1, '规划目的', ED1[0]!.text),
      art(2, '规划原则', '坚持生态优先、绿色发展，坚持以人民为中心。'),
      art(3, '规划范围', ED1[1]!.text),
      art(4, '规划期限', ED1[2]!.text),
      art(5, '生态保护红线', ED1[3]!.text),
      art(6, '永久基本农田', ED1[4]!.text),
    ];
    expect(assignArticleKeys(prev, next, 'ed2')).toEqual([
      { number: 1, key: '1' },
      { number: 2, key: 'ed2-2' },
      { number: 3, key: '2', from: 2 },
      { number: 4, key: '3', from: 3 },
      { number: 5, key: '4', from: 4 },
      { number: 6, key: 'ed1-5', from: 5 },
    ]);
  });
});
