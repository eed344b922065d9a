import { describe, expect, it } from 'vitest';
import { breakLines, lineUnits, NO_LINE_END, NO_LINE_START } from '../../src/lib/downloads/cjk-lines.ts';

/** Every character one unit wide, Latin letters and digits half. */
const measure = (s: string) => [...s].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);

describe('breaking Chinese text into lines', () => {
  it('fills each line up to the width', () => {
    expect(breakLines('一二三四五六七八九十', 4, measure)).toEqual(['一二三四', '五六七八', '九十']);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = breakLines('一二三四，五六七八。', 4, measure);
    expect(lines).toEqual(['一二三', '四，五六', '七八。']);
    for (const l of lines) expect(NO_LINE_START.has(l[0]!)).toBe(false);
  });

  it('never ends a line with opening punctuation', () => {
    const lines = breakLines('一二三《四五》六七', 4, measure);
    expect(lines).toEqual(['一二三', '《四五》', '六七']);
    for (const l of lines) expect(NO_LINE_END.has(l.at(-1)!)).toBe(false);
  });

  it('keeps numbers and doubled dashes whole', () => {
    expect(lineUnits('2021——2035年')).toEqual(['2021', '——', '2035', '年']);
    expect(breakLines('代码为654027号', 4, measure)).toEqual(['代码为', '654027号']);
  });

  it('indents the first line by giving it less room', () => {
    expect(breakLines('一二三四五六', 4, measure, 2)).toEqual(['一二', '三四五六']);
  });

  it('still breaks a run of punctuation longer than a line rather than looping', () => {
    expect(breakLines('。。。。。。', 4, measure).join('')).toBe('。。。。。。');
  });
});
