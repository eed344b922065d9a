/** 强制性内容 marks as the importer writes them (src/lib/mandatory.ts): always paired on a line, never nested. */
import { describe, expect, test } from 'vitest';
import { MARK_CLOSE as C, MARK_OPEN as O, balanceMarks, markMandatory } from '../../src/lib/mandatory.ts';

describe('balanceMarks', () => {
  test('closes a mark at a line end and opens it again on the next line', () => {
    expect(balanceMarks([`甲${O}乙`, `丙${C}丁`])).toEqual([`甲${O}乙${C}`, `${O}丙${C}丁`]);
    expect(balanceMarks([`${O}甲`, '乙', `丙${C}`])).toEqual([`${O}甲${C}`, `${O}乙${C}`, `${O}丙${C}`]);
  });

  test('makes nested marks one, drops a stray close and a mark left empty', () => {
    expect(balanceMarks([`${O}${O}甲${C}${C}乙`])).toEqual([`${O}甲${C}乙`]);
    expect(balanceMarks([`甲${C}乙`])).toEqual(['甲乙']);
    expect(balanceMarks([`甲${O}`, `${C}乙`])).toEqual(['甲', '乙']);
  });
});

describe('markMandatory', () => {
  test('reads **…**, __…__ and <u>…</u>, and bold around underline as one mark', () => {
    expect(markMandatory('甲**乙**丙<u>丁</u>')).toBe(`甲${O}乙${C}丙${O}丁${C}`);
    expect(markMandatory('**<u>甲</u>**')).toBe(`${O}甲${C}`);
  });
});
