import { describe, expect, it } from 'vitest';
import {
  articleLabel,
  articleRange,
  chapterLabel,
  citationText,
  citationWithUrl,
  gbtCitation,
  provisionLabel,
  responsibleParty,
  sectionLabel,
  sourceName,
  UNKNOWN_RESPONSIBLE,
} from '../../src/lib/citation.ts';

const plan = { title: '特克斯县国土空间总体规划（2021—2035年）', label: '整理稿第2版' };

describe('labels', () => {
  it('writes chapter, section and article labels in Chinese numerals', () => {
    expect(chapterLabel(4)).toBe('第四章');
    expect(sectionLabel(2)).toBe('第二节');
    expect(articleLabel(18)).toBe('第十八条');
    expect(articleLabel(10)).toBe('第十条');
    expect(articleLabel(102)).toBe('第一百零二条');
    expect(chapterLabel(14)).toBe('第十四章');
  });
});

describe('articleRange', () => {
  it('gives the first and last article as printed, one article alone, nothing for none', () => {
    expect(articleRange([{ number: 1 }, { number: 2 }, { number: 5 }])).toBe('第一条—第五条');
    expect(articleRange([{ number: 7, printed: '1.2.1' }, { number: 8, printed: '1.2.2' }])).toBe('1.2.1—1.2.2');
    expect(articleRange([{ number: 7, printed: '1.2.1' }])).toBe('1.2.1');
    expect(articleRange([])).toBe('');
  });
});

describe('provisionLabel', () => {
  it('names chapter, section and article in that order', () => {
    expect(provisionLabel({ chapter: 4, section: 2, article: 18 })).toBe('第四章第二节第十八条');
  });

  it('names a chapter alone', () => {
    expect(provisionLabel({ chapter: 4 })).toBe('第四章');
  });

  it('names a chapter and section without an article', () => {
    expect(provisionLabel({ chapter: 4, section: 2 })).toBe('第四章第二节');
  });

  it('names an article of a chapter without sections as chapter plus article', () => {
    expect(provisionLabel({ chapter: 3, article: 12 })).toBe('第三章第十二条');
    expect(provisionLabel({ chapter: 3, section: undefined, article: 12 })).toBe('第三章第十二条');
  });

  it('names an article alone when only its number is known', () => {
    expect(provisionLabel({ article: 18 })).toBe('第十八条');
  });

  it('names chapters and sections as printed where the scheme would not derive them (an outline text in parts)', () => {
    const partLabels = { '2': '第二部分', '2.1': '一、' };
    expect(provisionLabel({ scheme: 'outline', chapter: 2, section: 1, article: 3, articlePrinted: '（二）', partLabels })).toBe('第二部分一、（二）');
    expect(provisionLabel({ scheme: 'outline', chapter: 2, section: 1, article: 3, articlePrinted: '（二）' })).toBe('二、（一）（二）');
    expect(provisionLabel({ scheme: 'outline', chapter: 1, section: 2, partLabels })).toBe('一、（二）');
  });

  it('is empty for the whole plan', () => {
    expect(provisionLabel({})).toBe('');
  });

  it('names provisions of other numbering schemes as their text prints them', () => {
    expect(provisionLabel({ chapter: 1, section: 2, article: 3, articlePrinted: '1.2.1', scheme: 'decimal' })).toBe('1.2.1');
    expect(provisionLabel({ chapter: 1, section: 2, scheme: 'decimal' })).toBe('1.2');
    expect(provisionLabel({ chapter: 2, section: 1, article: 4, articlePrinted: '2.', scheme: 'outline' })).toBe('二、（一）2.');
    expect(provisionLabel({ chapter: 1, article: 3, scheme: 'flat' })).toBe('第三条');
  });
});

describe('citationText', () => {
  it('writes the contract form 《title》（label）第四章第二节第十八条 exactly', () => {
    expect(citationText({ ...plan, chapter: 4, section: 2, article: 18 })).toBe(
      '《特克斯县国土空间总体规划（2021—2035年）》（整理稿第2版）第四章第二节第十八条',
    );
  });

  it('cites the whole plan with no provision part', () => {
    expect(citationText(plan)).toBe('《特克斯县国土空间总体规划（2021—2035年）》（整理稿第2版）');
  });

  it('cites an article of a chapter without sections', () => {
    expect(citationText({ ...plan, chapter: 3, article: 12 })).toBe(
      '《特克斯县国土空间总体规划（2021—2035年）》（整理稿第2版）第三章第十二条',
    );
  });

  it('appends the URL after one space for the copy button', () => {
    expect(citationWithUrl({ ...plan, chapter: 4, section: 2, article: 18 }, 'https://example.org/ed2/4/2/#a18')).toBe(
      '《特克斯县国土空间总体规划（2021—2035年）》（整理稿第2版）第四章第二节第十八条 https://example.org/ed2/4/2/#a18',
    );
  });
});

describe('gbtCitation', () => {
  const accessed = new Date('2026-11-30T08:00:00Z');
  const url = 'https://example.org/ed2/4/2/#a18';

  it('writes title: provision [EB/OL]. (published)[accessed]. URL.', () => {
    expect(gbtCitation({ ...plan, chapter: 4, section: 2, article: 18, published: '2026-11-29', url, accessed })).toBe(
      '佚名. 特克斯县国土空间总体规划（2021—2035年）（整理稿第2版）：第四章第二节第十八条[EB/OL]. (2026-11-29)[2026-11-30]. https://example.org/ed2/4/2/#a18.',
    );
  });

  it('has the [EB/OL] type mark, the dates in parentheses and brackets, and the URL', () => {
    const s = gbtCitation({ ...plan, chapter: 4, published: '2026-11-29', url, accessed });
    expect(s).toContain('[EB/OL]');
    expect(s).toContain('(2026-11-29)[2026-11-30]');
    expect(s).toContain(url);
    expect(s).not.toContain('《');
  });

  it('opens with the 主要责任者 when one is named, and with 佚名 when none is (GB/T 7714-2015 §8.1.1)', () => {
    const s = gbtCitation({ ...plan, article: 18, published: '2026-11-29', url, accessed, responsible: '某县人民政府' });
    expect(s).toMatch(/^某县人民政府\. 特克斯县国土空间总体规划/);
    expect(gbtCitation({ ...plan, article: 18, published: '2026-11-29', url, accessed })).toMatch(/^佚名\. 特克斯县/);
  });

  it('leaves out the provision part when citing the whole plan', () => {
    expect(gbtCitation({ ...plan, published: '2026-11-29', url: 'https://example.org/ed2/', accessed })).toBe(
      '佚名. 特克斯县国土空间总体规划（2021—2035年）（整理稿第2版）[EB/OL]. (2026-11-29)[2026-11-30]. https://example.org/ed2/.',
    );
  });

  it('writes the access date as its UTC calendar day', () => {
    const s = gbtCitation({ ...plan, published: '2026-11-29', url, accessed: new Date('2026-12-01T23:30:00Z') });
    expect(s).toContain('[2026-12-01]');
  });
});

describe('responsibleParty', () => {
  it('takes the version\'s own responsible party over the site\'s compiler', () => {
    expect(responsibleParty('某县人民政府', '某编辑组')).toBe('某县人民政府');
  });

  it('takes the site\'s compiler when the version names no one', () => {
    expect(responsibleParty(undefined, '某编辑组')).toBe('某编辑组');
  });

  it('is 佚名 when neither names anyone, blank names counting as none', () => {
    expect(responsibleParty()).toBe(UNKNOWN_RESPONSIBLE);
    expect(responsibleParty('  ', ' ')).toBe('佚名');
  });
});

describe('sourceName', () => {
  it('shows a second timeline entry of the same month as a numbered item, not as a date', () => {
    expect(sourceName('T2023-01-2')).toBe('编制过程 2023-01（当月第2项）');
    expect(sourceName('T2023-01')).toBe('编制过程 2023-01');
    expect(sourceName('N4')).toBe('起草说明·四');
    expect(sourceName('F14')).toBe('资料 F14');
  });
});
