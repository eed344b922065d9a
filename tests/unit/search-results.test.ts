import { describe, expect, it } from 'vitest';
import {
  entriesFromResult,
  entriesMentioning,
  excerptText,
  markedPhrases,
  matchQuality,
  queryTerms,
  rankEntries,
  tidyExcerpt,
  withHighlight,
  withoutLeadingHeading,
  type PagefindResultData,
} from '../../src/lib/search-results.ts';

const loc = (score: number) => [{ weight: 1, balanced_score: score, location: 0 }];

/** A section page as pagefind returns it: the article numbers are not indexed, so titles lack them. */
function sectionPage(overrides: Partial<PagefindResultData> = {}): PagefindResultData {
  return {
    url: '/ed2/4/2/',
    excerpt: '',
    meta: { title: '第二节 统筹划定三条控制线', location: '第四章 › 第二节' },
    filters: { 版本: ['整理稿第2版'], 章: ['第四章 国土空间开发保护格局'] },
    sub_results: [
      { title: '第二节 统筹划定三条控制线', url: '/ed2/4/2/', excerpt: '统筹划定三条控制<mark>线</mark>', weighted_locations: loc(5000) },
      {
        title: '生态保护红线',
        url: '/ed2/4/2/#a32',
        anchor: { id: 'a32', element: 'h2' },
        excerpt: '<mark>生态</mark><mark>保护</mark><mark>红</mark><mark>线</mark>内，自然保护地',
        weighted_locations: loc(1000),
      },
      {
        title: '永久基本农田',
        url: '/ed2/4/2/#a33',
        anchor: { id: 'a33', element: 'h2' },
        excerpt: '不得占用<mark>生态</mark><mark>保护</mark>空间',
        weighted_locations: loc(3000),
      },
    ],
    ...overrides,
  };
}

describe('queryTerms', () => {
  it('splits on any whitespace, full-width included, and keeps at most eight terms', () => {
    expect(queryTerms(' 消防\u3000抗震 ')).toEqual(['消防', '抗震']);
    expect(queryTerms('a b c d e f g h i j')).toHaveLength(8);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('markedPhrases', () => {
  it('merges adjacent marks into the phrase pagefind matched', () => {
    expect(markedPhrases('落实<mark>生态</mark><mark>保护</mark><mark>红</mark><mark>线</mark>，和<mark>线</mark>')).toEqual(['生态保护红线']);
  });

  it('decodes the entities pagefind escaped', () => {
    expect(markedPhrases('<mark>A&amp;B</mark>')).toEqual(['A&B']);
  });
});

describe('excerptText', () => {
  it('gives the plain text of an excerpt, payloads kept as text', () => {
    expect(excerptText('&lt;script&gt;<mark>x</mark>&lt;/script&gt;')).toBe('<script>x</script>');
  });
});

describe('withHighlight', () => {
  it('puts highlight parameters before the anchor and keeps the path', () => {
    expect(withHighlight('/ed2/4/2/#a32', ['生态保护红线'])).toBe(`/ed2/4/2/?highlight=${encodeURIComponent('生态保护红线')}#a32`);
  });

  it('replaces highlight parameters already on the URL and leaves a URL alone without terms', () => {
    expect(withHighlight('/ed2/4/2/?highlight=x#a1', ['y'])).toBe('/ed2/4/2/?highlight=y#a1');
    expect(withHighlight('/ed2/4/2/#a1', [])).toBe('/ed2/4/2/#a1');
  });
});

describe('entriesFromResult', () => {
  it('makes one entry per article with the breadcrumb 第四章 › 第二节 › 第三十二条', () => {
    const entries = entriesFromResult(sectionPage(), '生态保护红线');
    expect(entries.map((e) => e.crumbs.join(' › '))).toEqual(['第四章 › 第二节 › 第三十二条', '第四章 › 第二节 › 第三十三条']);
    expect(entries[0]).toMatchObject({ title: '生态保护红线', version: '整理稿第2版' });
  });

  it('drops the page-level hit of a plan page when articles matched, and keeps it when none did', () => {
    expect(entriesFromResult(sectionPage(), '线').some((e) => e.url.startsWith('/ed2/4/2/?') && !e.url.includes('#'))).toBe(false);
    const onlyPage = sectionPage({ sub_results: [sectionPage().sub_results[0]!] });
    expect(entriesFromResult(onlyPage, '三条控制线')).toMatchObject([{ crumbs: ['第四章', '第二节'], title: '第二节 统筹划定三条控制线' }]);
  });

  it('shows a provision printed 3.2.1 by its printed number in the breadcrumb, its editorial note too', () => {
    const page = sectionPage({
      meta: { title: '3.2 三条控制线', location: '3 › 3.2' },
      sub_results: [
        { title: '3.2.1 生态保护红线', url: '/dec/3/2/#a7', anchor: { id: 'a7', element: 'h2' }, excerpt: '<mark>生态</mark><mark>保护</mark>红线', weighted_locations: loc(1000) },
        { title: '编者注', url: '/dec/3/2/#a7-n1', anchor: { id: 'a7-n1', element: 'h3' }, excerpt: '<mark>生态</mark><mark>保护</mark>说明', weighted_locations: loc(900) },
      ],
    });
    expect(entriesFromResult(page, '生态保护').map((e) => [e.crumbs.join(' › '), e.title])).toEqual([
      ['3 › 3.2 › 3.2.1', '生态保护红线'],
      ['3 › 3.2 › 3.2.1 › 编者注', '编者注'],
    ]);
  });

  it('shows a provision printed 第18条 as printed, and one whose number is not indexed by its ordinal', () => {
    const arabic = sectionPage({ sub_results: [{ title: '第18条 规划期限', url: '/v/1/#a18', anchor: { id: 'a18' }, excerpt: '<mark>规划</mark><mark>期限</mark>', weighted_locations: loc(10) }] });
    expect(entriesFromResult(arabic, '规划期限').map((e) => [e.crumbs.at(-1), e.title])).toEqual([['第18条', '规划期限']]);
    expect(entriesFromResult(sectionPage(), '生态保护').map((e) => e.crumbs.at(-1))).toContain('第三十二条');
  });

  it('labels an editorial annotation as 编者注 under its article, never as the provision', () => {
    const note = { title: '编者注', url: '/ed3/4/2/#a31-n1', anchor: { id: 'a31-n1', element: 'h3' }, excerpt: '起草说明记载，2022年8月形成<mark>三线划定</mark>工作成果', weighted_locations: loc(2000) };
    const entries = entriesFromResult(sectionPage({ sub_results: [note] }), '三线划定');
    expect(entries.map((e) => [e.crumbs.join(' › '), e.title, e.kind])).toEqual([['第四章 › 第二节 › 第三十一条 › 编者注', '编者注', 'note']]);
  });

  it('strips a number still present in an article heading', () => {
    const page = sectionPage();
    page.sub_results[1]!.title = '第三十二条 生态保护红线';
    expect(entriesFromResult(page, '红线')[0]!.title).toBe('生态保护红线');
  });

  it('names pages outside the plan by their title and heading', () => {
    const notes: PagefindResultData = {
      url: '/notes/',
      excerpt: '',
      meta: { title: '起草说明' },
      sub_results: [{ title: '四、主要内容', url: '/notes/#n4', anchor: { id: 'n4' }, excerpt: '强化<mark>兵地</mark><mark>融合</mark>发展', weighted_locations: loc(10) }],
    };
    expect(entriesFromResult(notes, '兵地融合')).toEqual([
      expect.objectContaining({ crumbs: ['起草说明'], title: '四、主要内容', version: undefined, kind: 'heading' }),
    ]);
  });

  it('counts a page with a location but no version (起草说明) as outside the plan text', () => {
    const notes: PagefindResultData = {
      url: '/notes/',
      excerpt: '',
      meta: { title: '起草说明', location: '起草说明' },
      sub_results: [{ title: '四、主要内容', url: '/notes/#n4', anchor: { id: 'n4' }, excerpt: '划定<mark>生态保护红线</mark>', weighted_locations: loc(10) }],
    };
    expect(entriesFromResult(notes, '生态保护红线').map((e) => e.plan)).toEqual([false]);
    expect(entriesFromResult(sectionPage(), '生态保护红线').every((e) => e.plan)).toBe(true);
    expect(rankEntries([notes, sectionPage()], '生态保护红线').at(-1)!.url).toContain('/notes/');
  });

  it('highlights what was typed and the matched parts of it, not stray single characters', () => {
    const [entry] = entriesFromResult(sectionPage(), '生态保护红线');
    const terms = new URL(entry!.url, 'https://x.invalid').searchParams.getAll('highlight');
    expect(terms).toEqual(['生态保护红线']);
  });
});

describe('rankEntries', () => {
  it('puts the article holding the whole query above one with more scattered hits', () => {
    const ranked = rankEntries([sectionPage()], '生态保护红线');
    expect(ranked[0]!.url).toContain('#a32');
  });

  it('ranks articles across pages, keeping page order between equal scores', () => {
    const other = sectionPage({ url: '/ed2/5/1/', meta: { title: '第一节', location: '第五章 › 第一节' } });
    other.sub_results = [{ title: '生态空间管控', url: '/ed2/5/1/#a42', anchor: { id: 'a42' }, excerpt: '<mark>生态保护红线</mark>外', weighted_locations: loc(1000) }];
    const ranked = rankEntries([sectionPage(), other], '生态保护红线');
    expect(ranked.map((e) => e.crumbs.at(-1))).toEqual(['第三十二条', '第四十二条', '第三十三条']);
  });
});

describe('rankEntries over several versions', () => {
  it('puts the newer version\'s entry first among equally exact ones, and keeps exact entries above partial ones', () => {
    const ed3 = sectionPage({ url: '/ed3/4/2/', filters: { 版本: ['整理稿第3版'], 章: ['第四章 国土空间开发保护格局'] } });
    ed3.sub_results = ed3.sub_results.map((r) => ({ ...r, url: r.url.replace('/ed2/', '/ed3/'), weighted_locations: loc(1) }));
    const ranked = rankEntries([sectionPage(), ed3], '生态保护红线', ['整理稿第3版', '整理稿第2版']);
    expect(ranked.slice(0, 2).map((e) => [e.version, e.crumbs.at(-1)])).toEqual([
      ['整理稿第3版', '第三十二条'],
      ['整理稿第2版', '第三十二条'],
    ]);
    expect(rankEntries([sectionPage(), ed3], '生态保护红线')[0]!.version).toBe('整理稿第2版');
  });
});

describe('entriesMentioning', () => {
  it('keeps the entries that hold the text verbatim, marks or not', () => {
    const page = sectionPage();
    page.sub_results[1]!.excerpt = '依照<mark>第</mark><mark>三十三</mark><mark>条</mark>执行';
    page.sub_results[2]!.excerpt = '<mark>第</mark>一项，<mark>三十三</mark>公顷';
    const kept = entriesMentioning(entriesFromResult(page, '第三十三条'), '第三十三条');
    expect(kept.map((e) => e.crumbs.at(-1))).toEqual(['第三十二条']);
  });

  it('leaves out a page-level hit, which names the page rather than referring to it', () => {
    const page = sectionPage({ sub_results: [{ title: '第二节 统筹划定三条控制线', url: '/ed2/4/2/', excerpt: '<mark>第四章</mark> 国土空间', weighted_locations: loc(1) }] });
    expect(entriesMentioning(entriesFromResult(page, '第四章'), '第四章')).toEqual([]);
  });
});

describe('Chinese phrase precision', () => {
  /** A page whose three articles hold 八卦城 whole, 八卦 only, and only the 城 of it. */
  function baguaPage(): PagefindResultData {
    return sectionPage({
      url: '/ed2/10/1/',
      meta: { title: '第一节', location: '第十章 › 第一节' },
      sub_results: [
        { title: '名城保护', url: '/ed2/10/1/#a79', anchor: { id: 'a79' }, excerpt: '历史文化名<mark>城</mark>和<mark>城</mark>区', weighted_locations: loc(9000) },
        { title: '街巷', url: '/ed2/10/1/#a80', anchor: { id: 'a80' }, excerpt: '<mark>八卦</mark>形街巷', weighted_locations: loc(500) },
        { title: '格局', url: '/ed2/10/1/#a81', anchor: { id: 'a81' }, excerpt: '<mark>八卦</mark><mark>城</mark>. 保持<mark>城</mark>市格局。 延续', weighted_locations: loc(100) },
      ],
    });
  }

  it('drops entries that match only single characters of a Chinese word', () => {
    expect(rankEntries([baguaPage()], '八卦城').map((e) => e.crumbs.at(-1))).toEqual(['第八十一条', '第八十条']);
  });

  it('puts the entry holding the exact phrase first and marks it exact', () => {
    const [first, second] = rankEntries([baguaPage()], '八卦城');
    expect(first).toMatchObject({ exact: true, plan: true });
    expect(second!.exact).toBe(false);
  });

  it('keeps marks only on the phrase or two-character parts of it, never on a lone character', () => {
    const [first, second] = rankEntries([baguaPage()], '八卦城');
    expect(first!.excerpt).toBe('<mark>八卦城</mark> 保持城市格局。延续');
    expect(second!.excerpt).toBe('<mark>八卦</mark>形街巷');
  });

  it('keeps single-character matches for a one-character or Latin query', () => {
    expect(rankEntries([baguaPage()], '城')).toHaveLength(3);
    expect(matchQuality('Ecological red line', ['eco'])).toBe('exact');
  });

  it('compares across the spaces pagefind leaves between Chinese segments', () => {
    expect(matchQuality('生态 保护红线内', ['生态保护红线'])).toBe('exact');
    expect(matchQuality('城区', ['八卦城'])).toBe('weak');
    expect(matchQuality('耕地的保护', ['耕地保护'])).toBe('weak');
    expect(matchQuality('占多少，垦多少', ['占多少垦多少'])).toBe('exact');
    expect(matchQuality('卦城', ['八卦城'])).toBe('partial');
    // A title and its excerpt are read apart: joined, 行政区划 + 区位… made 划区 of 规划区 (review of 2026-12-03).
    expect(matchQuality(['区位与行政区划', '区位与行政区划. 特克斯县位于伊犁河谷'], ['规划区'])).toBe('weak');
    expect(matchQuality(['耕地保护', '严格落实永久基本农田'], ['耕地', '永久基本农田'])).toBe('exact');
    // A Latin term is held where the text has it (pagefind matches it as a word's start: publish of publishes); a nonsense word is not.
    expect(matchQuality('This site publishes a compiled edition', ['publish'])).toBe('exact');
    expect(matchQuality('This site publishes a compiled edition', ['asdfqwer'])).toBe('weak');
  });

  it('ranks plan text above the drafting notes and the about page', () => {
    const about: PagefindResultData = {
      url: '/about/',
      excerpt: '',
      meta: { title: '关于本站' },
      sub_results: [{ title: 'Facts', url: '/about/#facts', anchor: { id: 'facts' }, excerpt: '<mark>八卦城</mark> Bagua city', weighted_locations: loc(99999) }],
    };
    const ranked = rankEntries([about, baguaPage()], '八卦城');
    expect(ranked.map((e) => e.plan)).toEqual([true, true, false]);
  });
});

describe('tidyExcerpt', () => {
  it('joins a heading and its text without a Latin full stop and drops spaces after Chinese punctuation', () => {
    expect(tidyExcerpt('生态保护红线. 严格落实。 其他， 要求', ['红线'])).toBe('生态保护红线 严格落实。其他，要求');
    expect(tidyExcerpt('<mark>红线</mark>. 严格', ['红线'])).toBe('<mark>红线</mark> 严格');
  });

  it('drops the closing punctuation a window starts on, and nothing else', () => {
    expect(tidyExcerpt('”划定要求，统筹划定<mark>永久基本农田</mark>', ['永久基本农田'])).toBe('划定要求，统筹划定<mark>永久基本农田</mark>');
    expect(tidyExcerpt('。 严格落实', ['红线'])).toBe('严格落实');
    expect(tidyExcerpt('“详细规划”的管制方式。', ['规划'])).toBe('“详细规划”的管制方式。');
  });

  it('leaves a full stop between Latin words alone', () => {
    expect(tidyExcerpt('GB/T 7714. Online', ['x'])).toBe('GB/T 7714. Online');
  });
});

describe('withoutLeadingHeading', () => {
  it('drops the heading that opens an excerpt, keeping the marks after it', () => {
    expect(withoutLeadingHeading('<mark>八卦城</mark>格局 <mark>八卦城</mark>于1938年', '八卦城格局')).toBe('<mark>八卦城</mark>于1938年');
    expect(withoutLeadingHeading('建筑高度 建筑高度和体量', '建筑高度')).toBe('建筑高度和体量');
  });

  it('reopens a mark that runs across the cut, and counts an entity as one character', () => {
    expect(withoutLeadingHeading('A&amp;B <mark>x y</mark>', 'A&B')).toBe('<mark>x y</mark>');
    expect(withoutLeadingHeading('<mark>红线 严格</mark>落实', '红线')).toBe('<mark>严格</mark>落实');
  });

  it('drops the end of a heading an excerpt window starts inside (review of 2026-12-03), two characters or more', () => {
    expect(withoutLeadingHeading('控制线 落实自治区“三区三线”', '三条控制线')).toBe('落实自治区“三区三线”');
    expect(withoutLeadingHeading('<mark>自然遗产</mark>地保护 严格保护', '世界自然遗产地保护')).toBe('严格保护');
    expect(withoutLeadingHeading('线 落实', '三条控制线')).toBe('线 落实');
  });

  it('leaves an excerpt alone that does not begin with the heading', () => {
    expect(withoutLeadingHeading('……其保护要求依照<mark>八卦城</mark>', '八卦城格局')).toBe('……其保护要求依照<mark>八卦城</mark>');
    expect(withoutLeadingHeading('八卦城格局', '八卦城格局')).toBe('八卦城格局');
    expect(withoutLeadingHeading('八卦城格局 正文', '')).toBe('八卦城格局 正文');
  });
});

describe('entries show no heading twice', () => {
  it('cuts the provision heading from the start of its excerpt', () => {
    const page = sectionPage({
      sub_results: [{ title: '八卦城格局', url: '/ed3/9/1/#a81', anchor: { id: 'a81', element: 'h2' }, excerpt: '<mark>八卦城</mark>格局. <mark>八卦城</mark>于1938年', weighted_locations: loc(10) }],
    });
    expect(entriesFromResult(page, '八卦城').map((e) => [e.title, e.excerpt])).toEqual([['八卦城格局', '<mark>八卦城</mark>于1938年']]);
  });
});

describe('tidyExcerpt marks', () => {
  it('marks only the typed phrase inside a longer matched run', () => {
    expect(tidyExcerpt('在<mark>八卦</mark><mark>城中</mark>心', ['八卦城'])).toBe('在<mark>八卦城</mark>中心');
  });

  it('drops a mark on a part too small to stand for the term', () => {
    expect(tidyExcerpt('<mark>保护</mark>耕地', ['耕地保护'])).toBe('保护耕地');
  });
});
