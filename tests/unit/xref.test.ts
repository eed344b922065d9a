import { describe, expect, it } from 'vitest';
import { articlePreview, citedByLinks, findFigureReferences, findReferences, PREVIEW_LENGTH, resolveReference, xrefFigures, xrefPreviews, type Reference, type XrefPlan } from '../../src/lib/xref.ts';

/** The link texts and targets found, without offsets, for compact expectations. */
function linked(text: string) {
  return findReferences(text).map((r) => [r.text, r.target]);
}

describe('findReferences: references to this plan', () => {
  it('finds an article written in Chinese numerals', () => {
    expect(linked('按照第十八条执行。')).toEqual([['第十八条', { kind: 'article', article: 18 }]]);
  });

  it('finds an article written in Arabic digits', () => {
    expect(linked('见第18条')).toEqual([['第18条', { kind: 'article', article: 18 }]]);
  });

  it('finds an article whose number a PDF export set apart with spaces: 第 3 条', () => {
    expect(linked('详见第 3 条和第 4 条')).toEqual([
      ['第 3 条', { kind: 'article', article: 3 }],
      ['第 4 条', { kind: 'article', article: 4 }],
    ]);
    expect(linked('第  3  条')).toEqual([]);
  });

  it('finds an article written in full-width digits', () => {
    expect(linked('见第１８条')).toEqual([['第１８条', { kind: 'article', article: 18 }]]);
  });

  it('finds an article above one hundred written with 零', () => {
    expect(linked('第一百零二条')).toEqual([['第一百零二条', { kind: 'article', article: 102 }]]);
  });

  it('keeps 本规划 in the link text', () => {
    expect(linked('依据本规划第十八条划定')).toEqual([['本规划第十八条', { kind: 'article', article: 18 }]]);
  });

  it('links an article with its clause, keeping the clause in the link text', () => {
    expect(linked('第十八条第二款规定')).toEqual([['第十八条第二款', { kind: 'article', article: 18, clause: 2 }]]);
  });

  it('links an article with its clause and item', () => {
    expect(linked('第十八条第二款第（三）项')).toEqual([
      ['第十八条第二款第（三）项', { kind: 'article', article: 18, clause: 2, item: 3 }],
    ]);
  });

  it('gives both ends of a range 第十八条至第二十条, each carrying the range', () => {
    const refs = findReferences('第十八条至第二十条');
    expect(refs.map((r) => [r.text, r.start, r.end, r.range])).toEqual([
      ['第十八条', 0, 4, { from: 18, to: 20 }],
      ['第二十条', 5, 9, { from: 18, to: 20 }],
    ]);
  });

  it('gives both ends of a range sharing one 条: 第十八至二十条', () => {
    const refs = findReferences('第十八至二十条');
    expect(refs.map((r) => [r.text, (r.target as { article: number }).article, r.range])).toEqual([
      ['第十八', 18, { from: 18, to: 20 }],
      ['二十条', 20, { from: 18, to: 20 }],
    ]);
  });

  it('links each number of a list sharing one 条: 第十八、十九条', () => {
    expect(linked('第十八、十九条')).toEqual([
      ['第十八', { kind: 'article', article: 18 }],
      ['十九条', { kind: 'article', article: 19 }],
    ]);
  });

  it('links each article of a list of full references: 第十八条、第十九条', () => {
    const refs = findReferences('执行第十八条、第十九条和第二十一条的规定');
    expect(refs.map((r) => [r.text, r.start, r.end])).toEqual([
      ['第十八条', 2, 6],
      ['第十九条', 7, 11],
      ['第二十一条', 12, 17],
    ]);
    expect(refs.every((r) => r.range === undefined)).toBe(true);
  });

  it('finds a chapter', () => {
    expect(linked('详见第四章。')).toEqual([['第四章', { kind: 'chapter', chapter: 4 }]]);
  });

  it('finds a section with its chapter', () => {
    expect(linked('第四章第二节')).toEqual([['第四章第二节', { kind: 'section', chapter: 4, section: 2 }]]);
  });

  it('finds a bare section, to be resolved in the chapter the text is in', () => {
    expect(linked('按第二节执行')).toEqual([['第二节', { kind: 'section', section: 2 }]]);
  });

  it('finds an article with its place, the citation form 第四章第二节第十八条', () => {
    expect(linked('第四章第二节第十八条')).toEqual([
      ['第四章第二节第十八条', { kind: 'article', article: 18, within: { chapter: 4, section: 2 } }],
    ]);
  });

  it('reads 本节第一百一十条 as one reference to an article of this section', () => {
    expect(linked('按照本节第一百一十条、第一百一十一条的要求执行')).toEqual([
      ['本节第一百一十条', { kind: 'article', article: 110, withinHere: 'section' }],
      ['第一百一十一条', { kind: 'article', article: 111 }],
    ]);
  });

  it('finds 本章 and 本节', () => {
    expect(linked('本章所称……，本节规定')).toEqual([
      ['本章', { kind: 'current-chapter' }],
      ['本节', { kind: 'current-section' }],
    ]);
  });

  it('keeps offsets that slice back to the link text', () => {
    const text = '一、根据本规划第十八条、第四章第二节和本章要求，落实第二十条至第二十二条。';
    for (const r of findReferences(text)) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(findReferences(text).map((r) => r.text)).toEqual(['本规划第十八条', '第四章第二节', '本章', '第二十条', '第二十二条']);
  });

  it('gives a range of chapters 第四章至第六章', () => {
    const refs = findReferences('第四章至第六章');
    expect(refs.map((r) => r.range)).toEqual([
      { from: 4, to: 6 },
      { from: 4, to: 6 },
    ]);
  });
});

describe('findReferences: a text in Traditional characters', () => {
  it('reads 本規劃第四條, 第二節 and 第（三）項 as their Simplified forms (the tester\'s list of 2026-12-03)', () => {
    expect(linked('依據本規劃第四條執行')).toEqual([['本規劃第四條', { kind: 'article', article: 4 }]]);
    expect(linked('第十八條第二款第（三）項')).toEqual([['第十八條第二款第（三）項', { kind: 'article', article: 18, clause: 2, item: 3 }]]);
    expect(linked('第四章第二節')).toEqual([['第四章第二節', { kind: 'section', chapter: 4, section: 2 }]]);
    expect(findReferences('第十八、十九條').map((r) => [r.text, r.target.kind])).toEqual([['第十八', 'article'], ['十九條', 'article']]);
    // …with the Traditional forms of the words that make 本章/本节 part of another (资本节约 → 資本節約), and 與 joining a list.
    expect(linked('推動資本節約型社會')).toEqual([]);
    expect(linked('第十八條與第十九條').map(([t]) => t)).toEqual(['第十八條', '第十九條']);
  });
});

describe('findReferences: lists, ranges and places in detail', () => {
  it('gives a range written with 到 as with 至', () => {
    expect(findReferences('第十八条到第二十条').map((r) => r.range)).toEqual([{ from: 18, to: 20 }, { from: 18, to: 20 }]);
  });

  it('links each chapter of a list sharing one 章: 第四、五章', () => {
    expect(linked('第四、五章')).toEqual([
      ['第四', { kind: 'chapter', chapter: 4 }],
      ['五章', { kind: 'chapter', chapter: 5 }],
    ]);
  });

  it('keeps the offsets of the middle numbers of a shared list', () => {
    const text = '见第十八、十九、二十条';
    expect(findReferences(text).map((r) => [r.start, r.end, r.text])).toEqual([[1, 4, '第十八'], [5, 7, '十九'], [8, 11, '二十条']]);
  });

  it('makes no range of a list, of a descending pair or of one number twice', () => {
    for (const text of ['第十八、二十条', '第二十至十八条', '第十八至十八条', '第二十条至第十八条']) {
      expect(findReferences(text).map((r) => r.range), text).toEqual([undefined, undefined]);
    }
  });

  it('carries a range from the last number of a list to the next reference', () => {
    expect(findReferences('第十八、十九条至第二十一条').map((r) => [r.text, r.range])).toEqual([
      ['第十八', undefined],
      ['十九条', { from: 19, to: 21 }],
      ['第二十一条', { from: 19, to: 21 }],
    ]);
  });

  it('gives ranges between the citation form, 本章第X条 and a plain article', () => {
    expect(findReferences('第四章第十八条至第二十条').map((r) => r.range)).toEqual([{ from: 18, to: 20 }, { from: 18, to: 20 }]);
    expect(findReferences('本章第十八条至第二十条').map((r) => r.range)).toEqual([{ from: 18, to: 20 }, { from: 18, to: 20 }]);
  });

  it('places an article in its chapter when the citation form names no section', () => {
    expect(linked('第五章第十九条')).toEqual([['第五章第十九条', { kind: 'article', article: 19, within: { chapter: 5 } }]]);
  });

  it('links 本章 however the sentence around it ends', () => {
    expect(linked('落实本章确定的目标')).toEqual([['本章', { kind: 'current-chapter' }]]);
    expect(linked('本章第十八条确定的目标')).toEqual([['本章第十八条', { kind: 'article', article: 18, withinHere: 'chapter' }]]);
  });

  it('links a reference after another document when other words come between', () => {
    expect(linked('该法施行后，按照第十八条')).toEqual([['第十八条', { kind: 'article', article: 18 }]]);
    expect(linked('本法施行后，按照第十八条')).toEqual([['第十八条', { kind: 'article', article: 18 }]]);
  });
});

describe('findReferences: malformed numbers', () => {
  // What is left of the text after a malformed number is read on: a well-formed 第一条 after it is still linked.
  const malformed: [string, string, string[]][] = [
    ['article zero', '第〇条', []],
    ['a list with a malformed number', '第十八、十十条', []],
    ['the citation form with a malformed article', '第四章第二节第十十条', ['第二节']],
    ['the citation form with a malformed section', '第四章第十十节第一条', ['第一条']],
    ['the citation form with a malformed chapter', '第十十章第一条', ['第一条']],
    ['the citation form with a malformed clause', '第四章第十八条第十十款', []],
    ['a section with a malformed chapter', '第十十章第二节', ['第二节']],
    ['a section with a malformed section number', '第四章第十十节', []],
    ['本章 with a malformed article', '本章第十十条', []],
    ['本章 with a malformed clause', '本章第十八条第十十款', []],
    ['a malformed clause', '第十八条第十十款', []],
    ['a malformed item', '第十八条第二款第（十十）项', []],
  ];
  it.each(malformed)('does not link %s', (_what, text, linkedAfter) => {
    expect(findReferences(text).map((r) => r.text)).toEqual(linkedAfter);
  });
});

describe('findReferences: what must not be linked', () => {
  const notLinked: [string, string][] = [
    ['an article of a law named by its title', '《中华人民共和国土地管理法》第三十条规定'],
    ['an article of a document named by its short title', '《若干意见》第三条'],
    ['a title followed by its document number', '《若干意见》（中发〔2019〕18号）第三条'],
    ['the whole list after a title', '《土地管理法》第三十条、第三十一条和第三十五条'],
    ['a range after a title', '《土地管理法》第三十条至第三十二条'],
    ['a clause of another law', '《城乡规划法》第十八条第二款'],
    ['该法第X条', '该法第十条'],
    ['该条例第X条', '依照该条例第二十条'],
    ['该…办法第X条, with words between 该 and 办法', '依照该管理办法第三条'],
    ['本法第X条', '本法第五条'],
    ['前款', '前款规定的情形'],
    ['本条', '本条所称'],
    ['本条第二款', '适用本条第二款'],
    ['资本节约, which contains 本节', '推进资本节约型发展'],
    ['文本章节, which contains 本章', '规划文本章节安排'],
    ['本章程', '按照本章程执行'],
    ['本章节, which names neither the chapter nor the section alone', '本章节所列内容'],
    ['a meeting counted with 第…次', '规划委员会第一次会议'],
    ['an ordinal that is not a reference', '第一批、第二产业'],
    ['a malformed numeral', '第十十条'],
  ];
  it.each(notLinked)('does not link %s', (_what, text) => {
    expect(findReferences(text)).toEqual([]);
  });

  it('links 本规划 again after another document in the same run', () => {
    expect(linked('《土地管理法》第三十条和本规划第十八条')).toEqual([
      ['本规划第十八条', { kind: 'article', article: 18 }],
    ]);
  });

  it('links a reference that follows a title only after other words', () => {
    expect(linked('根据《若干意见》，按照第十八条')).toEqual([['第十八条', { kind: 'article', article: 18 }]]);
  });
});

/** A small version: chapter 4 with sections 1–2, chapter 5 without sections. */
const plan: XrefPlan = {
  version: 'ed2',
  articles: new Map([
    [17, { chapter: 4, section: 1, preview: '落实主体功能区战略' }],
    [18, { chapter: 4, section: 2, preview: '严格落实生态保护红线' }],
    [19, { chapter: 5, preview: '构建生态安全格局' }],
  ]),
  chapters: new Map([
    [4, { title: '国土空间开发保护格局', sections: new Map([[1, { title: '落实主体功能区战略' }], [2, { title: '统筹划定三条控制线' }]]) }],
    [5, { title: '生态空间保护与修复', sections: new Map() }],
  ]),
};

function resolveText(text: string, here = {}) {
  const [ref] = findReferences(text) as [Reference];
  return resolveReference(ref, plan, here);
}

describe('resolveReference', () => {
  it('resolves an article to its section page and anchor', () => {
    expect(resolveText('第十八条')).toEqual({
      ok: true,
      url: '/ed2/4/2/#a18',
      id: 'a18',
      preview: '严格落实生态保护红线',
      chapter: 4,
      section: 2,
      article: 18,
    });
  });

  it('resolves an article of a chapter without sections to the chapter page', () => {
    expect(resolveText('第十九条')).toMatchObject({ ok: true, url: '/ed2/5/#a19' });
  });

  it('resolves a chapter and a section', () => {
    expect(resolveText('第四章')).toMatchObject({ ok: true, url: '/ed2/4/', id: 'c4', preview: '第四章 国土空间开发保护格局' });
    expect(resolveText('第四章第二节')).toMatchObject({ ok: true, url: '/ed2/4/2/', id: 'c4s2' });
  });

  it('resolves 本章, 本节 and a bare 第一节 where the text is', () => {
    const here = { chapter: 4, section: 2 };
    expect(resolveText('本章', here)).toMatchObject({ ok: true, url: '/ed2/4/' });
    expect(resolveText('本节', here)).toMatchObject({ ok: true, url: '/ed2/4/2/' });
    expect(resolveText('第一节', here)).toMatchObject({ ok: true, url: '/ed2/4/1/' });
  });

  it('fails on an article the version does not have, naming it', () => {
    expect(resolveText('第九十九条')).toEqual({
      ok: false,
      error: '“第九十九条”: there is no article 99 (the version has 3) in version ed2',
    });
  });

  it('fails when the citation form places an article elsewhere', () => {
    expect(resolveText('第五章第十八条')).toMatchObject({ ok: false, error: expect.stringContaining('chapter 4 section 2') });
  });

  it('resolves 本节第十八条 and 本章第十七条 when the article is there, and fails when it is not', () => {
    expect(resolveText('本节第十八条', { chapter: 4, section: 2 })).toMatchObject({ ok: true, url: '/ed2/4/2/#a18' });
    expect(resolveText('本章第十七条', { chapter: 4, section: 2 })).toMatchObject({ ok: true, url: '/ed2/4/1/#a17' });
    expect(resolveText('本节第十七条', { chapter: 4, section: 2 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('article 17 is in chapter 4 section 1, not where the text places it'),
    });
    expect(resolveText('本章第十九条', { chapter: 4, section: 2 })).toMatchObject({ ok: false });
  });

  it('fails on a missing chapter or section', () => {
    expect(resolveText('第九章')).toMatchObject({ ok: false, error: expect.stringContaining('no chapter 9') });
    expect(resolveText('第四章第三节')).toMatchObject({ ok: false, error: expect.stringContaining('no section 3') });
  });

  it('names the chapter of an article that the citation form places in another chapter', () => {
    expect(resolveText('第四章第十九条')).toMatchObject({ ok: false, error: expect.stringContaining('article 19 is in chapter 5, not where') });
  });

  it('says which word is used outside its place: 本章, 本节第X条, a bare 第X节', () => {
    expect(resolveText('本章')).toMatchObject({ ok: false, error: '“本章”: 本章 is used outside a chapter in version ed2' });
    expect(resolveText('本节第十八条', { chapter: 4 })).toMatchObject({ ok: false, error: expect.stringContaining('本节 is used outside a section') });
    expect(resolveText('第一节')).toMatchObject({ ok: false, error: expect.stringContaining('a section is named outside a chapter') });
  });

  it('fails on a section of a chapter the version does not have', () => {
    expect(resolveText('第九章第一节')).toMatchObject({ ok: false, error: expect.stringContaining('no section 1 in chapter 9') });
  });

  it('gives an empty preview for an article whose opening is not known', () => {
    const bare: XrefPlan = { ...plan, articles: new Map([[18, { chapter: 4, section: 2 }]]) };
    expect(resolveReference(findReferences('第十八条')[0]!, bare)).toMatchObject({ ok: true, preview: '' });
  });

  it('fails on 本节 in a chapter text that has no section', () => {
    expect(resolveText('本节', { chapter: 5 })).toMatchObject({ ok: false, error: expect.stringContaining('outside a section') });
  });
});

describe('xrefPreviews', () => {
  it('holds, by link id, the preview each resolved reference carries: every chapter, section and article', () => {
    expect(xrefPreviews(plan)).toEqual({
      c4: '第四章 国土空间开发保护格局',
      c4s1: '第四章第一节 落实主体功能区战略',
      c4s2: '第四章第二节 统筹划定三条控制线',
      c5: '第五章 生态空间保护与修复',
      a17: '落实主体功能区战略',
      a18: '严格落实生态保护红线',
      a19: '构建生态安全格局',
    });
    for (const text of ['第四章', '第四章第一节', '第四章第二节', '第五章', '第十七条', '第十八条', '第十九条']) {
      const to = resolveText(text);
      expect(to.ok && xrefPreviews(plan)[to.id], text).toBe(to.ok && to.preview);
    }
  });

  it('uses the labels a version shows, and leaves out an article without a preview', () => {
    const labelled: XrefPlan = {
      version: 'v1',
      articles: new Map([[1, { chapter: 1 }]]),
      chapters: new Map([[1, { title: '总则', label: '一、', sections: new Map([[1, { title: '目的', label: '（一）' }]]) }]]),
    };
    expect(xrefPreviews(labelled)).toEqual({ c1: '一、总则', c1s1: '一、（一）目的' });
  });
});

describe('citedByLinks', () => {
  it('links the citing articles the version has, by id, and nothing when none cite', () => {
    const withCitations: XrefPlan = { ...plan, citedBy: new Map([[18, [17, 19, 99]]]) };
    expect(citedByLinks(withCitations, 18)).toEqual([
      { article: 17, label: '第十七条', url: '/ed2/4/1/#a17', id: 'a17' },
      { article: 19, label: '第十九条', url: '/ed2/5/#a19', id: 'a19' },
    ]);
    expect(citedByLinks(withCitations, 17)).toEqual([]);
    expect(citedByLinks(plan, 18)).toEqual([]);
  });
});

describe('articlePreview', () => {
  it('gives the label, the title and the plain text on one line', () => {
    expect(articlePreview({ number: 18, title: '生态保护红线', body: '严格落实\\{红线\\}。\n\n（一）禁止开发。' })).toBe(
      '第十八条 生态保护红线：严格落实{红线}。 （一）禁止开发。',
    );
  });

  it('cuts a long article at PREVIEW_LENGTH characters and marks the cut', () => {
    const preview = articlePreview({ number: 3, title: '', body: '规'.repeat(200) });
    expect([...preview]).toHaveLength(PREVIEW_LENGTH + 1);
    expect(preview.startsWith('第三条：规规')).toBe(true);
    expect(preview.endsWith('规…')).toBe(true);
  });
});

describe('figure references (附图N)', () => {
  const figures = xrefFigures([{ number: 4, title: '国土空间总体格局图', sections: [{ chapter: 4, section: 2 }, { chapter: 9, section: 1 }] }]);
  const plan: XrefPlan = { version: 'ed2', articles: new Map(), chapters: new Map(), figures };

  it('finds each 附图N with its offsets', () => {
    expect(findFigureReferences('见附图4和附图12。').map((r) => [r.text, r.start, r.end, r.target])).toEqual([
      ['附图4', 1, 4, { kind: 'figure', figure: 4 }],
      ['附图12', 5, 9, { kind: 'figure', figure: 12 }],
    ]);
  });

  it('resolves a defined figure to its anchor on its first section, with its title as the preview', () => {
    const [ref] = findFigureReferences('见附图4。');
    expect(resolveReference(ref!, plan)).toEqual({
      ok: true, url: '/ed2/4/2/#fig4', id: 'fig4', preview: '附图4 国土空间总体格局图', chapter: 4, section: 2, figure: 4,
    });
  });

  it('says why a figure the plan does not define leads nowhere', () => {
    const [ref] = findFigureReferences('附图7');
    expect(resolveReference(ref!, plan)).toEqual({ ok: false, error: '“附图7”: there is no figure 7 (the plan defines 1) in version ed2' });
    expect(resolveReference(ref!, { ...plan, figures: undefined }).ok).toBe(false);
  });
});
