import { describe, expect, test } from 'vitest';
import { articleNamer, formatArticleHeadingText, labelledTitle, parseArticleHeadingText, parseArticleQuery, partLabel, partPath, printedAnchor, provisionNumber } from '../../src/lib/provision-number.ts';
import { mandatoryPassages, markMandatory, removeMandatoryTags, renderMandatory } from '../../src/lib/mandatory.ts';

describe('the provision number', () => {
  test('derives the printed form 第十八条 from the ordinal of a law-shaped version, and keeps a printed 3.2.1', () => {
    expect(provisionNumber(18)).toEqual({ ordinal: 18, printed: '第十八条' });
    expect(provisionNumber(7, '3.2.1')).toEqual({ ordinal: 7, printed: '3.2.1' });
  });

  test('reads article headings as printed, with the ordinal only where the number says it', () => {
    expect(parseArticleHeadingText('第十八条 生态保护红线')).toEqual({ printed: '第十八条', ordinal: 18, title: '生态保护红线' });
    expect(parseArticleHeadingText('3.2.1 规划目的')).toEqual({ printed: '3.2.1', ordinal: null, title: '规划目的' });
    // A text in Traditional characters keeps its 條 as printed (review of 2026-12-03: it was rewritten 条).
    expect(parseArticleHeadingText('第十八條 生態保護紅線')).toEqual({ printed: '第十八條', ordinal: 18, title: '生態保護紅線' });
    // An outline's provisions numbered in full-width digits (２．) read back as written (review of 2026-12-03: the import failed).
    expect(parseArticleHeadingText('２． 基本原则')).toEqual({ printed: '２．', ordinal: null, title: '基本原则' });
    expect(parseArticleHeadingText('2. ')).toEqual({ printed: '2.', ordinal: null, title: '' });
    expect(parseArticleHeadingText('十二、 指导思想')).toEqual({ printed: '十二、', ordinal: null, title: '指导思想' });
    expect(parseArticleHeadingText('一、二、三')).toBeNull();
    expect(parseArticleHeadingText('2035年目标')).toBeNull();
    expect(parseArticleHeadingText('第零条')).toBeNull();
  });

  test('writes the heading the reader reads back', () => {
    for (const [n, title] of [[provisionNumber(18), '生态保护红线'], [provisionNumber(3, '1.1.3'), ''], [provisionNumber(2, '2.'), '目标']] as const) {
      const back = parseArticleHeadingText(formatArticleHeadingText(n, title))!;
      expect([back.printed, back.title]).toEqual([n.printed, title]);
    }
  });

  test('gives an alias anchor only to URL-safe printed numbers', () => {
    expect(printedAnchor('3.2.1')).toBe('p3.2.1');
    expect(printedAnchor('第十八条')).toBeNull();
    expect(printedAnchor('2.')).toBeNull();
  });

  test('reads a query as a law number or a printed decimal number', () => {
    expect(parseArticleQuery('第18条')).toEqual({ ordinal: 18 });
    expect(parseArticleQuery('十八条')).toEqual({ ordinal: 18 });
    expect(parseArticleQuery(' 3.2.1 ')).toEqual({ printed: '3.2.1' });
    expect(parseArticleQuery('3.2')).toBeNull();
    expect(parseArticleQuery('第十八条规定')).toBeNull();
  });
});

describe('the provision number at its edges', () => {
  test('reads 第一条 as article 1 and a heading with no title as an empty title', () => {
    expect(parseArticleHeadingText('第一条 总则')).toEqual({ printed: '第一条', ordinal: 1, title: '总则' });
    expect(parseArticleHeadingText('第十八条')).toEqual({ printed: '第十八条', ordinal: 18, title: '' });
  });

  test('reads a heading with spaces around it, as a converter leaves them', () => {
    expect(parseArticleHeadingText('  第十八条　生态保护红线 ')).toEqual({ printed: '第十八条', ordinal: 18, title: '生态保护红线' });
    expect(parseArticleHeadingText(' 3.2.1 规划目的')).toEqual({ printed: '3.2.1', ordinal: null, title: '规划目的' });
  });

  test('reads no article from 第0条 or a malformed numeral such as 第十十条', () => {
    for (const text of ['第0条 总则', '第〇条', '第十十条 总则']) expect(parseArticleHeadingText(text), text).toBeNull();
  });

  test('reads multi-digit decimal and outline numbers whole', () => {
    expect(parseArticleHeadingText('12.10.3 用地布局')?.printed).toBe('12.10.3');
    expect(parseArticleHeadingText('12. 目标')?.printed).toBe('12.');
    expect(parseArticleHeadingText('10、目标')).toBeNull();
    expect(parseArticleHeadingText('10、 目标')?.printed).toBe('10、');
  });

  test('reads outline numbers in full-width and ASCII brackets, and several numeral characters', () => {
    expect(parseArticleHeadingText('（三） 耕地保护')).toEqual({ printed: '（三）', ordinal: null, title: '耕地保护' });
    expect(parseArticleHeadingText('(十二) 附则')).toEqual({ printed: '(十二)', ordinal: null, title: '附则' });
    expect(parseArticleHeadingText('（甲） 附则')).toBeNull();
  });

  test('reads a number only at the start of the heading', () => {
    expect(parseArticleHeadingText('目标 2. 内容')).toBeNull();
    expect(parseArticleHeadingText('规划 3.2.1 目的')).toBeNull();
  });

  test('gives alias anchors to multi-digit decimal numbers and none to a number with more around it', () => {
    expect(printedAnchor('12.10.3')).toBe('p12.10.3');
    expect(printedAnchor('附3.2.1')).toBeNull();
    expect(printedAnchor('3.2.1.')).toBeNull();
  });

  test('reads a query whatever spaces were typed inside it, and 第一条 as article 1', () => {
    expect(parseArticleQuery('第 18 条')).toEqual({ ordinal: 18 });
    expect(parseArticleQuery('3. 2. 1')).toEqual({ printed: '3.2.1' });
    expect(parseArticleQuery('第一条')).toEqual({ ordinal: 1 });
    expect(parseArticleQuery('12.10.3')).toEqual({ printed: '12.10.3' });
  });

  test('names each article of a version by its printed number, and by 第N条 where it records none', () => {
    const name = articleNamer({ articles: [{ number: 5, printed: '2.1.1' }, { number: 6 }] });
    expect([name(5), name(6), name(9)]).toEqual(['2.1.1', '第六条', '第九条']);
  });

  test('reads no article from a query for 第0条, a malformed numeral, or a decimal number with more around it', () => {
    for (const q of ['第0条', '第零条', '第十十条', '附3.2.1', '3.2.1条']) expect(parseArticleQuery(q), q).toBeNull();
  });
});

describe('chapter and section labels', () => {
  test('follow the version\'s numbering scheme: 第X章/第X节 only where the text is law-shaped', () => {
    const both = (scheme: Parameters<typeof partLabel>[0]['scheme']) => [partLabel({ scheme, chapter: 4 }), partLabel({ scheme, chapter: 4, section: 2 })];
    expect(both('law')).toEqual(['第四章', '第二节']);
    expect(both('headings')).toEqual(['第四章', '第二节']);
    expect(both('decimal')).toEqual(['4', '4.2']);
    expect(both('outline')).toEqual(['四、', '（二）']);
    expect(partLabel({ scheme: 'flat', chapter: 1 })).toBe('');
  });

  test('show the number as printed when the importer recorded one', () => {
    expect(partLabel({ scheme: 'decimal', chapter: 1, section: 1, printed: '第1.1节' })).toBe('第1.1节');
    expect(partLabel({ scheme: 'outline', chapter: 3, printed: '三、' })).toBe('三、');
  });

  test('put a title after its label with a space, none after 、 or ）, and alone when the label is empty', () => {
    expect(labelledTitle('第四章', '总则')).toBe('第四章 总则');
    expect(labelledTitle('1.2', '规划范围')).toBe('1.2 规划范围');
    expect(labelledTitle('一、', '总体要求')).toBe('一、总体要求');
    expect(labelledTitle('（二）', '规划目标')).toBe('（二）规划目标');
    expect(labelledTitle('', '某县国土空间规划实施管理办法')).toBe('某县国土空间规划实施管理办法');
    expect(labelledTitle('第(1)节', '总则')).toBe('第(1)节 总则');
  });

  test('join a chapter and section label, letting a decimal section stand alone', () => {
    expect(partPath('第四章', '第二节')).toBe('第四章第二节');
    expect(partPath('4', '4.2')).toBe('4.2');
    expect(partPath('四、', '（二）')).toBe('四、（二）');
  });
});

describe('强制性内容 marks', () => {
  test('turn **…**, __…__ and <u>…</u> into marks, and marks into the tags the plan files hold', () => {
    const marked = markMandatory('甲**乙**丙__丁__戊<u>己</u>');
    expect(renderMandatory(marked)).toBe('甲<strong className="mandatory">乙</strong>丙<strong className="mandatory">丁</strong>戊<strong className="mandatory">己</strong>');
    expect(mandatoryPassages(renderMandatory(marked))).toEqual(['乙', '丁', '己']);
    expect(removeMandatoryTags(renderMandatory(marked))).toBe('甲乙丙丁戊己');
  });
});
