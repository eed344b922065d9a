/**
 * The rule that tells a provision heading `1. 规划目标` from an item of an
 * ordinary list `1. 严格……。` in outline-numbered texts (issue 11).
 */
import { describe, expect, test } from 'vitest';
import { isOutlineListItem, type OutlineItemContext } from '../../src/lib/import/outline-lists.ts';

const heading: OutlineItemContext = { rest: ' 规划目标', number: 2, expected: 2, openText: '本规划是近期实施安排。', inProvision: true, listRun: null, nextIsBody: true };

describe('a 1. line in an outline text', () => {
  test('is a provision when it is a short title followed by body text and numbered as expected', () => {
    expect(isOutlineListItem(heading)).toBe(false);
    expect(isOutlineListItem({ ...heading, number: 1, expected: 1, inProvision: false, openText: null })).toBe(false);
  });

  test('is a list item when it is a sentence (。 ； ， or ： in it)', () => {
    for (const rest of ['严格落实耕地保护任务。', '坚持以人民为中心；', '到2025年，格局基本形成', '严格落实耕地保护任务：']) {
      expect(isOutlineListItem({ ...heading, rest }), rest).toBe(true);
    }
  });

  test('is a list item when it is longer than a title', () => {
    expect(isOutlineListItem({ ...heading, rest: '统筹推进山水林田湖草沙一体化保护和系统治理工作安排部署' })).toBe(true);
  });

  test('is a list item after a lead-in ending in ：', () => {
    expect(isOutlineListItem({ ...heading, openText: '规划实施坚持以下原则：' })).toBe(true);
  });

  test('is a list item when no body text follows it', () => {
    expect(isOutlineListItem({ ...heading, nextIsBody: false })).toBe(true);
  });

  test('is a list item when it restarts at 1 inside a provision, or continues the list just read', () => {
    expect(isOutlineListItem({ ...heading, rest: ' 耕地保护', number: 1, expected: 2 })).toBe(true);
    expect(isOutlineListItem({ ...heading, rest: ' 生态修复', number: 3, expected: 3, listRun: 2 })).toBe(true);
  });

  test('is a provision again after a list when its number is not the list\'s next', () => {
    expect(isOutlineListItem({ ...heading, number: 2, expected: 2, listRun: 2 })).toBe(false);
  });
});

describe('the context around a 1. line', () => {
  test('a lead-in is one that ends in ：, spaces after it aside; a colon inside it is no lead-in', () => {
    expect(isOutlineListItem({ ...heading, openText: '规划实施坚持以下原则： ' })).toBe(true);
    expect(isOutlineListItem({ ...heading, openText: '规划实施坚持以下原则:' })).toBe(true);
    expect(isOutlineListItem({ ...heading, openText: '规划期限：2021—2035年。' })).toBe(false);
  });

  test('the title is measured without the spaces after the number: 25 characters still read as a title', () => {
    const title25 = '统筹推进山水林田湖草沙一体化保护和系统治理工作安排';
    expect([...title25].length).toBe(25);
    expect(isOutlineListItem({ ...heading, rest: `　 ${title25}` })).toBe(false);
    expect(isOutlineListItem({ ...heading, rest: `　 ${title25}署` })).toBe(true);
  });

  test('a 1. that is the number expected next is a provision even inside an open provision', () => {
    expect(isOutlineListItem({ ...heading, rest: ' 耕地保护', number: 1, expected: 1, inProvision: true })).toBe(false);
  });

  test('a 1. outside a provision is no restarted list, whatever number is expected', () => {
    expect(isOutlineListItem({ ...heading, rest: ' 耕地保护', number: 1, expected: 2, inProvision: false })).toBe(false);
  });

  test('a number other than 1 that skips ahead is a provision (the numbering check reports the gap), not a list item', () => {
    expect(isOutlineListItem({ ...heading, number: 3, expected: 2, inProvision: true })).toBe(false);
    expect(isOutlineListItem({ ...heading, number: 3, expected: 2, inProvision: false })).toBe(false);
  });
});
