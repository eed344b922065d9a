import { describe, expect, it } from 'vitest';
import {
  itemNumber,
  numberParagraphs,
  paragraphAnchor,
  paragraphShape,
  parseParagraphAnchor,
  placeLabel,
} from '../../src/lib/paragraphs.ts';

describe('numberParagraphs', () => {
  it('counts each paragraph as a 款 and each （一） paragraph as a 项 of the 款 before it', () => {
    const places = numberParagraphs(['本规划依据下列文件编制：', '（一）法律；', '（二）政策；', '其他要求。']);
    expect(places).toEqual([{ paragraph: 1 }, { paragraph: 1, item: 1 }, { paragraph: 1, item: 2 }, { paragraph: 2 }]);
  });

  it('gives tables and lists no place and keeps counting across them', () => {
    expect(numberParagraphs(['第一款。', null, '第二款。'])).toEqual([{ paragraph: 1 }, null, { paragraph: 2 }]);
  });

  it('opens 款 1 for an item that comes before any paragraph', () => {
    expect(numberParagraphs(['（一）甲；', '（二）乙。'])).toEqual([{ paragraph: 1, item: 1 }, { paragraph: 1, item: 2 }]);
  });

  it('restarts the items in each 款', () => {
    const places = numberParagraphs(['甲：', '（一）一；', '乙：', '（一）二；']);
    expect(places[3]).toEqual({ paragraph: 2, item: 1 });
    expect(paragraphShape(places)).toEqual([1, 1]);
  });
});

describe('itemNumber', () => {
  it('reads full-width and half-width brackets and ignores a bracket later in the text', () => {
    expect(itemNumber('（十二）甲')).toBe(12);
    expect(itemNumber('(三)乙')).toBe(3);
    expect(itemNumber('依照（一）执行')).toBeNull();
  });
});

describe('paragraph anchors and labels', () => {
  it('makes a18-2 for a 款 and a18-2-3 for a 项, and parses them back', () => {
    expect(paragraphAnchor(18, { paragraph: 2 })).toBe('a18-2');
    expect(paragraphAnchor(18, { paragraph: 2, item: 3 })).toBe('a18-2-3');
    expect(parseParagraphAnchor('#a18-2-3')).toEqual({ article: 18, paragraph: 2, item: 3 });
    expect(parseParagraphAnchor('a18')).toBeNull();
    expect(parseParagraphAnchor('a18-0')).toBeNull();
  });

  it('writes 第二款第（三）项 below the 条 and leaves out 第一款 when the article has only one', () => {
    expect(placeLabel({ paragraph: 2, item: 3 }, 2)).toBe('第二款第（三）项');
    expect(placeLabel({ paragraph: 1, item: 1 }, 1)).toBe('第（一）项');
    expect(placeLabel({ paragraph: 1, item: 1 }, 2)).toBe('第一款第（一）项');
    expect(placeLabel({ paragraph: 1 }, 1)).toBe('第一款');
  });
});
