import { describe, expect, it } from 'vitest';
import { breadcrumbs, partName, prevNext, readingOrder } from '../../src/lib/navigation.ts';
import { loadPlanModel } from '../../src/lib/plan-files.ts';

// Chapter 1 (sections 1.1, 1.2), chapter 2 without sections, chapter 3 (section 3.1).
const model = loadPlanModel('tests/fixtures/mini', 't1');

describe('breadcrumbs', () => {
  it('leads from the version contents to the chapter and the section', () => {
    expect(breadcrumbs(model, 't1', 1, 2)).toEqual([
      { label: '测试稿', href: '/t1/' },
      { label: '第一章 总则', href: '/t1/1/' },
      { label: '第二节 规划效力', href: '/t1/1/2/' },
    ]);
  });

  it('stops at a chapter without sections', () => {
    expect(breadcrumbs(model, 't1', 2)).toEqual([
      { label: '测试稿', href: '/t1/' },
      { label: '第二章 无节之章', href: '/t1/2/' },
    ]);
  });

  it('uses the URL segment it is given, so /latest/ pages link within /latest/', () => {
    expect(breadcrumbs(model, 'latest', 3, 1).map((b) => b.href)).toEqual(['/latest/', '/latest/3/', '/latest/3/1/']);
  });

  it('is only the version for the contents page, and drops parts that do not exist', () => {
    expect(breadcrumbs(model, 't1')).toEqual([{ label: '测试稿', href: '/t1/' }]);
    expect(breadcrumbs(model, 't1', 9, 1)).toEqual([{ label: '测试稿', href: '/t1/' }]);
    expect(breadcrumbs(model, 't1', 1, 9)).toHaveLength(2);
  });
});

describe('readingOrder', () => {
  it('lists the sections, and a chapter without sections as one page, in order', () => {
    expect(readingOrder(model, 't1')).toEqual([
      { chapter: 1, section: 1, label: '第一章第一节 规划目的', href: '/t1/1/1/' },
      { chapter: 1, section: 2, label: '第一章第二节 规划效力', href: '/t1/1/2/' },
      { chapter: 2, label: '第二章 无节之章', href: '/t1/2/' },
      { chapter: 3, section: 1, label: '第三章第一节 监测评估', href: '/t1/3/1/' },
    ]);
  });
});

describe('prevNext', () => {
  it('has no previous page at the start and a next one', () => {
    expect(prevNext(model, 't1', 1, 1)).toEqual({ next: { label: '第一章第二节 规划效力', href: '/t1/1/2/' } });
  });

  it('has no next page at the end and a previous one', () => {
    expect(prevNext(model, 't1', 3, 1)).toEqual({ prev: { label: '第二章 无节之章', href: '/t1/2/' } });
  });

  it('steps into and out of a chapter without sections', () => {
    expect(prevNext(model, 't1', 1, 2).next).toEqual({ label: '第二章 无节之章', href: '/t1/2/' });
    expect(prevNext(model, 't1', 2)).toEqual({
      prev: { label: '第一章第二节 规划效力', href: '/t1/1/2/' },
      next: { label: '第三章第一节 监测评估', href: '/t1/3/1/' },
    });
  });

  it('gives nothing for a page outside the reading order', () => {
    // A chapter with sections is a table of its sections, not a reading page.
    expect(prevNext(model, 't1', 1)).toEqual({});
    expect(prevNext(model, 't1', 7, 1)).toEqual({});
  });
});

describe('partName', () => {
  it('names a section with its chapter, a chapter alone, and nothing for a part the version lacks', () => {
    expect(partName(model, 1, 2)).toBe('第一章第二节');
    expect(partName(model, 2)).toBe('第二章');
    expect(partName(model, 1, 9)).toBe('第一章');
    expect(partName(model, 9, 1)).toBe('');
    expect(partName(model, undefined)).toBe('');
  });
});
