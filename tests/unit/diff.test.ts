import { describe, expect, it } from 'vitest';
import {
  articleHistory,
  printedIn,
  diffPairs,
  diffVersions,
  keyProblemsAcrossVersions,
  normalizeForComparison,
  redline,
  sameText,
  segmentWords,
  validateArticleKeys,
  validateRenumbering,
  type ComparableArticle,
} from '../../src/lib/diff';

function art(key: string, number: number, text: string, extra: Partial<ComparableArticle> = {}): ComparableArticle {
  return { key, number, text, chapter: 1, section: 1, ...extra };
}

describe('normalizeForComparison', () => {
  it('folds full-width letters, digits and punctuation to half-width', () => {
    expect(normalizeForComparison('（一）２０３５年：ＡＢ，')).toBe('(一)2035年:AB,');
  });

  it('drops every kind of white space, including the ideographic space and newlines', () => {
    expect(normalizeForComparison('生态\u3000保护\n\n红线 ')).toBe('生态保护红线');
  });

  it('folds the whole full-width block, from ！ to ～, and nothing past its ends', () => {
    expect(normalizeForComparison('！～')).toBe('!~');
    expect(normalizeForComparison('｟＀')).toBe('｟＀');
  });

  it('folds the CJK full stop, curly quotes and half-width CJK punctuation that Unicode leaves apart', () => {
    expect(normalizeForComparison('。｡“”‘’｢｣､･・')).toBe(`..""''「」、··`);
  });

  it('keeps characters that are different symbols, not different widths', () => {
    expect(sameText('①', '1')).toBe(false);
    expect(sameText('、', ',')).toBe(false);
  });
});

describe('diffVersions', () => {
  const ed1 = [
    art('1', 1, '总则。'),
    art('2', 2, '规划范围为特克斯县行政辖区。'),
    art('3', 3, '规划期限为2021年至2035年。'),
    art('4', 4, '本条在第二版删去。'),
  ];

  it('counts an article that differs only in punctuation width and white space as unchanged', () => {
    const ed2 = [
      art('1', 1, '总则.'),
      art('2', 2, '规划范围为 特克斯县\n行政辖区｡'),
      art('3', 3, '规划期限为２０２１年至２０３５年。'),
      art('4', 4, '本条在第二版删去。'),
    ];
    const d = diffVersions(ed1, ed2);
    expect(d.summary).toEqual({ added: 0, removed: 0, changed: 0, renumbered: 0, unchanged: 4 });
    expect(d.entries.every((e) => e.kind === 'unchanged')).toBe(true);
  });

  it('aligns a renumbered article by key and reports it renumbered, not removed and added', () => {
    const ed2 = [
      art('1', 1, '总则。'),
      art('ed2-2', 2, '新增的条文。'),
      art('2', 3, '规划范围为特克斯县行政辖区。', { from: 2 }),
      art('3', 4, '规划期限为2021年至2035年，近期至2025年。', { from: 3 }),
    ];
    const d = diffVersions(ed1, ed2);
    expect(d.summary).toEqual({ added: 1, removed: 1, changed: 1, renumbered: 2, unchanged: 1 });
    const byKey = Object.fromEntries(d.entries.map((e) => [e.key, e]));
    expect(byKey['2'].kind).toBe('renumbered');
    expect(byKey['2'].before?.number).toBe(2);
    expect(byKey['2'].after?.number).toBe(3);
    expect(byKey['3'].kind).toBe('changed');
    expect(byKey['3'].renumbered).toBe(true);
    expect(byKey['ed2-2'].kind).toBe('added');
    expect(byKey['4'].kind).toBe('removed');
  });

  it('places a removed article after the article it followed in the older version', () => {
    const older = [art('a', 1, 'x'), art('b', 2, 'y'), art('c', 3, 'z')];
    const newer = [art('a', 1, 'x'), art('c', 2, 'z')];
    expect(diffVersions(older, newer).entries.map((e) => `${e.kind}:${e.key}`)).toEqual([
      'unchanged:a',
      'removed:b',
      'renumbered:c',
    ]);
  });

  it('lists removed articles that preceded every survivor first', () => {
    const older = [art('a', 1, 'x'), art('b', 2, 'y')];
    const newer = [art('b', 1, 'y')];
    expect(diffVersions(older, newer).entries.map((e) => e.kind)).toEqual(['removed', 'renumbered']);
  });

  it('treats a changed title as a change and a changed section as a move', () => {
    const older = [art('a', 1, 'x', { title: '生态保护红线' })];
    const newer = [art('a', 1, 'x', { title: '生态保护红线管控', section: 2 })];
    const [e] = diffVersions(older, newer).entries;
    expect(e.kind).toBe('changed');
    expect(e.moved).toBe(true);
  });
});

describe('redline', () => {
  it('marks inserted and deleted Chinese words, keeping the rest', () => {
    const parts = redline('严格落实生态保护红线。', '严格落实生态保护红线和自然遗产地保护要求。');
    expect(parts.filter((p) => p.kind === 'removed')).toEqual([]);
    const added = parts.filter((p) => p.kind === 'added').map((p) => p.text).join('');
    expect(added).toContain('遗产');
    expect(parts.map((p) => (p.kind === 'removed' ? '' : p.text)).join('')).toBe(
      '严格落实生态保护红线和自然遗产地保护要求。',
    );
  });

  it('rebuilds the old text from kept and removed runs', () => {
    const before = '规划期限为2021年至2035年，近期至2025年。';
    const after = '规划期限为2021年至2035年，近期至2030年，远景展望至2050年。';
    const parts = redline(before, after);
    expect(parts.map((p) => (p.kind === 'added' ? '' : p.text)).join('')).toBe(
      // kept runs are shown as in the newer text; here both use the same characters
      before,
    );
    expect(parts.some((p) => p.kind === 'removed')).toBe(true);
  });

  it('shows no change for punctuation width or white space alone', () => {
    const parts = redline('（一）严格保护， 耕地。', '(一)严格保护,耕地.');
    expect(parts.every((p) => p.kind === 'same')).toBe(true);
  });

  it('segments Chinese into words rather than characters', () => {
    const tokens = segmentWords('严格落实生态保护');
    expect(tokens.length).toBeLessThan('严格落实生态保护'.length);
    expect(tokens.join('')).toBe('严格落实生态保护');
  });
});

describe('article keys', () => {
  it('accepts unique keys', () => {
    expect(validateArticleKeys('ed2', [art('1', 1, ''), art('ed2-2', 2, '')])).toEqual([]);
  });

  it('rejects a key used twice in one version, naming both articles', () => {
    const problems = validateArticleKeys('ed2', [art('1', 1, ''), art('1', 2, '')]);
    expect(problems).toHaveLength(1);
    expect(problems[0].numbers).toEqual([1, 2]);
    expect(problems[0].message).toMatch(/ed2: key "1" is used by articles 1, 2/);
  });

  it('rejects an empty key', () => {
    expect(validateArticleKeys('ed2', [art('', 3, '')])[0].message).toMatch(/article 3 has no key/);
  });

  it('rejects a key of white space only, and accepts every other key once', () => {
    expect(validateArticleKeys('ed2', [art(' \u3000', 3, ''), art('4', 4, '')]).map((p) => [p.key, p.numbers])).toEqual([[' \u3000', [3]]]);
  });

  it('rejects a `from` that disagrees with the number the key had before', () => {
    const prev = [art('18', 18, ''), art('19', 19, '')];
    expect(validateRenumbering('ed2', prev, [art('19', 20, '', { from: 19 })])).toEqual([]);
    const bad = validateRenumbering('ed2', prev, [art('19', 20, '', { from: 18 })]);
    expect(bad[0].message).toMatch(/was article 19/);
    const unknown = validateRenumbering('ed2', prev, [art('42', 20, '', { from: 42 })]);
    expect(unknown[0].message).toMatch(/not in the previous version/);
  });
});

describe('articleHistory', () => {
  const versions = [
    { id: 'ed1', articles: [art('18', 18, '原文。'), art('19', 19, '条文。')] },
    {
      id: 'ed2',
      articles: [art('18', 18, '原文，补充要求。'), art('ed2-19', 19, '新条。'), art('19', 20, '条文。', { from: 19 })],
      changes: [
        { kind: 'changed', article: 18, note: '补充要求' },
        { kind: 'added', article: 19, note: '新增' },
        { kind: 'renumbered', article: 20, from: 19 },
      ],
    },
    { id: 'ed3', articles: [art('ed2-19', 19, '新条。')] },
  ];

  it('reports added, changed with its changelog note, and removed', () => {
    expect(articleHistory('18', versions).map((e) => [e.versionId, e.kind, e.notes])).toEqual([
      ['ed1', 'added', []],
      ['ed2', 'changed', ['补充要求']],
      ['ed3', 'removed', []],
    ]);
  });

  it('reports a renumbering with the former number', () => {
    const h = articleHistory('19', versions);
    expect(h[1]).toMatchObject({ versionId: 'ed2', kind: 'renumbered', number: 20, fromNumber: 19, textChanged: false });
  });

  it('labels each event with the number as its version prints it: 第二十条, or 3.2.1 in a decimal version', () => {
    expect(articleHistory('19', versions).map((e) => [e.label, e.fromLabel])).toEqual([
      ['第十九条', undefined],
      ['第二十条', '第十九条'],
      ['第二十条', undefined],
    ]);
    const decimal = [
      { id: 'd1', articles: [art('5', 5, '条文。', { printed: '2.1.1' })] },
      { id: 'd2', articles: [art('5', 6, '条文。', { printed: '2.1.2' })] },
    ];
    expect(articleHistory('5', decimal).map((e) => [e.kind, e.label, e.fromLabel])).toEqual([
      ['added', '2.1.1', undefined],
      ['renumbered', '2.1.2', '2.1.1'],
    ]);
  });

  it('names the former number the version recorded, even when the key had another number before', () => {
    const moved = [
      { id: 'v1', articles: [art('7', 7, '条文。')] },
      { id: 'v2', articles: [art('7', 9, '条文。', { from: 8 })], changes: [{ kind: 'renumbered', article: 9, note: '顺延' }, { kind: 'removed', article: 9, note: '不相干' }] },
    ];
    expect(articleHistory('7', moved)[1]).toMatchObject({ kind: 'renumbered', fromNumber: 8, fromLabel: '第八条', label: '第九条', notes: ['顺延'] });
  });

  it('reports the changelog note of a removal in the version that removed it', () => {
    const removed = [
      { id: 'v1', articles: [art('7', 7, '条文。')] },
      { id: 'v2', articles: [], changes: [{ kind: 'removed', article: 7, note: '删去' }, { kind: 'changed', article: 7, note: '不相干' }] },
    ];
    expect(articleHistory('7', removed)[1]).toMatchObject({ kind: 'removed', number: 7, label: '第七条', notes: ['删去'] });
  });

  it('starts the history of an article added later in that version', () => {
    expect(articleHistory('ed2-19', versions).map((e) => [e.versionId, e.kind])).toEqual([
      ['ed2', 'added'],
      ['ed3', 'unchanged'],
    ]);
  });
});

describe('diffPairs', () => {
  it('publishes every older version against every newer one, once', () => {
    expect(diffPairs(['ed1', 'ed2', 'ed3'])).toEqual([
      ['ed1', 'ed2'],
      ['ed1', 'ed3'],
      ['ed2', 'ed3'],
    ]);
  });

  it('keeps the pairs published before a newer version arrived (so no /diff/ URL disappears)', () => {
    const before = diffPairs(['ed1', 'ed2', 'ed3']).map((p) => p.join('/'));
    const after = diffPairs(['ed1', 'ed2', 'ed3', 'ed4']).map((p) => p.join('/'));
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(6);
  });

  it('puts the newest version last when it is not last in order', () => {
    expect(diffPairs(['ed1', 'ed3', 'ed2'], 'ed3')).toEqual([['ed1', 'ed2'], ['ed1', 'ed3'], ['ed2', 'ed3']]);
  });

  it('publishes nothing for a single version', () => {
    expect(diffPairs(['ed1'])).toEqual([]);
  });
});

describe('keyProblemsAcrossVersions', () => {
  it('checks each version against the one it names as previous', () => {
    const v1 = { id: 'v1', articles: [art('1', 1, ''), art('2', 2, '')] };
    const good = { id: 'v2', previous: 'v1', articles: [art('v2-1', 1, ''), art('1', 2, '', { from: 1 }), art('2', 3, '', { from: 2 })] };
    expect(keyProblemsAcrossVersions([v1, good])).toEqual([]);
    const bad = { id: 'v2', previous: 'v1', articles: [art('1', 1, ''), art('1', 2, '', { from: 2 })] };
    expect(keyProblemsAcrossVersions([v1, bad]).map((p) => p.message)).toEqual([
      expect.stringMatching(/key "1" is used by articles 1, 2/),
      expect.stringMatching(/from: 2 but key "1" was article 1/),
    ]);
  });
});

describe('printedIn', () => {
  it('prints an article as its version does, and 第N条 when the version lacks it', () => {
    const model = { articles: [{ number: 5, printed: '2.1.1' }, { number: 6 }] } as unknown as Parameters<typeof printedIn>[0];
    expect([printedIn(model, 5), printedIn(model, 6), printedIn(model, 9), printedIn(undefined, 9)]).toEqual(['2.1.1', '第六条', '第九条', '第九条']);
  });
});
