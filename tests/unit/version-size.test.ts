/** A version's size as its pages say it (src/lib/version-size.ts). */
import { describe, expect, test } from 'vitest';
import { versionSize } from '../../src/lib/version-size.ts';

const model = (sections: number[], articles: number, numbering = 'law') => ({ version: { numbering }, chapters: sections.map((n) => ({ sections: Array.from({ length: n }) })), articles: Array.from({ length: articles }) });

describe('versionSize', () => {
  test('counts chapters, sections and articles, joined as asked', () => {
    expect(versionSize(model([2, 3], 9))).toBe('2 章 5 节 9 条');
    expect(versionSize(model([2, 3], 9), '、')).toBe('2 章、5 节、9 条');
  });

  test('leaves out sections a version does not have, and chapters of a flat version', () => {
    expect(versionSize(model([0, 0, 0], 5))).toBe('3 章 5 条');
    expect(versionSize(model([0], 4, 'flat'))).toBe('4 条');
    expect(versionSize(model([1], 4, 'flat'))).toBe('4 条');
  });
});
