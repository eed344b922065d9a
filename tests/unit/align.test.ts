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

describe('similarity, exactly', () => {
  const plain = (text: string, title = '') => ({ title, text });

  test('is the Dice coefficient of the character pairs when neither article has a title', () => {
    // ab bc cd against ab bc ce: two pairs in common out of three and three.
    expect(articleSimilarity(plain('abcd'), plain('abce'))).toBeCloseTo(4 / 6, 10);
  });

  test('ignores spaces and ideographic spaces inside the text', () => {
    expect(articleSimilarity(plain('规划 目的\u3000明确'), plain('规划目的明确'))).toBe(1);
  });

  test('counts two texts that are only spaces as the same, and an empty text as unlike any other', () => {
    expect(articleSimilarity(plain(' '), plain('  '))).toBe(1);
    expect(articleSimilarity(plain(''), plain('规划'))).toBe(0);
    expect(articleSimilarity(plain('规划'), plain(''))).toBe(0);
  });

  test('weighs the title a quarter when both articles have one', () => {
    const text = '严格保护永久基本农田。';
    // One-character titles that differ share nothing: 0.25 × 0 + 0.75 × 1.
    expect(articleSimilarity(plain(text, '甲'), plain(text, '乙'))).toBeCloseTo(0.75, 10);
    expect(articleSimilarity(plain('abcd', '规划'), plain('abce', ' 规划 '))).toBeCloseTo(0.25 + 0.75 * (4 / 6), 10);
  });

  test('reads the text alone when either article has no title', () => {
    const text = '严格保护永久基本农田。';
    expect(articleSimilarity(plain(text, ''), plain(text, '完全不同的标题'))).toBe(1);
    expect(articleSimilarity(plain(text, '  '), plain(text, '标题'))).toBe(1);
  });
});

describe('alignment thresholds', () => {
  const a = { title: '', text: 'abcd' };
  const b = { title: '', text: 'abce' };

  test('pairs two articles whose similarity equals the threshold, and not above it', () => {
    const s = articleSimilarity(a, b);
    expect(alignArticles([a], [b], { threshold: s })).toEqual([0]);
    expect(alignArticles([a], [b], { threshold: s + 1e-9 })).toEqual([null]);
  });

  test('pairs by the default threshold of 0.45', () => {
    // ab bc cd de against ab bc cx xy yz: 4/9, just under 0.45.
    expect(articleSimilarity({ title: '', text: 'abcde' }, { title: '', text: 'abcxyz' })).toBeCloseTo(4 / 9, 10);
    expect(alignArticles([{ title: '', text: 'abcde' }], [{ title: '', text: 'abcxyz' }])).toEqual([null]);
    expect(alignArticles([a], [b])).toEqual([0]);
  });
});

describe('articles that moved out of order', () => {
  const filler = Array.from({ length: 30 }, (_, i) => art(10 + i, `条文${i}`, `第${i}项互不相同的规定，编号${i * 7919}，要求${(i * 31) % 97}。`));

  test('are not paired when comparing the leftovers would be too many pairs', () => {
    const previous = [ED1[3]!, ED1[4]!, ...filler];
    const next = [...filler, ED1[3]!, ED1[4]!];
    expect(alignArticles(previous, next, { fullLimit: 3 }).slice(-2)).toEqual([null, null]);
    expect(alignArticles(previous, next, { fullLimit: 4 }).slice(-2)).toEqual([0, 1]);
  });

  test('are paired only above the move threshold, which is 0.8 unless given', () => {
    const moved = { ...ED1[3]!, text: `${ED1[3]!.text}另行规定的补充内容较长，使相似度明显下降；各类建设项目的选址、审批和监管办法，由有关部门依照法定程序另行制定并公布施行。` };
    const previous = [ED1[3]!, ...filler];
    const next = [...filler, moved];
    const s = articleSimilarity(ED1[3]!, moved);
    expect(s).toBeGreaterThan(0.45);
    expect(s).toBeLessThan(0.8);
    expect(alignArticles(previous, next).at(-1)).toBeNull();
    expect(alignArticles(previous, next, { moveThreshold: s }).at(-1)).toBe(0);
    expect(alignArticles(previous, next, { moveThreshold: s + 1e-9 }).at(-1)).toBeNull();
  });

  test('go to the earlier of two equally similar leftovers', () => {
    const m = alignArticles([ED1[3]!, ...filler], [...filler, ED1[3]!, ED1[3]!]);
    expect(m.slice(-2)).toEqual([0, null]);
  });

  test('go to their most similar leftover first', () => {
    const close = { ...ED1[3]!, text: `${ED1[3]!.text}补充。` };
    const closer = { ...ED1[3]!, text: `${ED1[3]!.text}补。` };
    // Two leftovers in the new version resemble the one moved article; the closer one takes it.
    const previous = [ED1[3]!, ...filler];
    const next = [...filler, close, closer];
    const m = alignArticles(previous, next, { moveThreshold: 0.5 });
    expect(m.slice(-2)).toEqual([null, 0]);
  });
});

describe('anchors', () => {
  // R is Q word for word; P shares the first half of R, S the second half of Q (each 5/9 ≈ 0.56).
  const Q = { title: '', text: '甲乙丙丁戊己庚辛壬癸' };
  const P = { title: '', text: '甲乙丙丁戊己子丑寅卯' };
  const S = { title: '', text: '午未申酉戊己庚辛壬癸' };

  test('an article identical and unique on both sides is the same article, even when two looser pairs would score more', () => {
    expect(articleSimilarity(P, Q) + articleSimilarity(Q, S)).toBeGreaterThan(1);
    expect(alignArticles([P, Q], [Q, S])).toEqual([1, null]);
  });

  test('an identical title, unique on both sides, anchors when the texts are similar enough', () => {
    const titled = (t: { text: string }, title: string) => ({ title, text: t.text });
    const next = [titled({ text: '甲乙丙丁戊己庚辛壬子' }, '规划分区'), titled(S, '')];
    expect(alignArticles([titled(P, ''), titled(Q, '规划分区')], next)).toEqual([1, null]);
  });

  test('an article that appears twice on one side is no anchor: the best order-preserving matching decides', () => {
    // Anchoring the last Q would leave S unmatched ([2, null]); the matching pairs Q–Q and Q–S.
    expect(alignArticles([P, Q, Q], [Q, S])).toEqual([1, 2]);
  });

  test('a repeated article does not anchor its last copy', () => {
    // Unanchored, Q–Q and Q–S win; anchoring the second Q would leave S to P, which it does not resemble.
    expect(alignArticles([Q, Q, P], [Q, S])).toEqual([0, 1]);
  });

  test('an identical text of eight characters or more anchors even when the titles differ', () => {
    const t = (x: { text: string }, title: string) => ({ title, text: x.text });
    // Without that anchor the titles would pair P–Q and Q–S (two 0.67s) across it.
    expect(alignArticles([t(P, '乙'), t(Q, '甲')], [t(Q, '乙'), t(S, '甲')])).toEqual([1, null]);
  });

  test('several anchors are kept in reading order', () => {
    const A = { title: '规划目的', text: '为落实国家战略，统筹国土空间开发保护，制定本规划。' };
    expect(alignArticles([A, P, Q], [A, Q, S])).toEqual([0, 2, null]);
  });
});
