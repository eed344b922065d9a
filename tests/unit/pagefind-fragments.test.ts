import { describe, expect, it } from 'vitest';
import { makesSubResult, slimFragment } from '../../src/lib/pagefind-fragments';

const fragment = (anchors: object[]) => `pagefind_dcd${JSON.stringify({ url: '/ed3/4/2/', content: '第十八条 应当…', anchors, meta: { title: '耕地' } })}`;

describe('slimming pagefind fragments', () => {
  const heading = { element: 'h2', id: 'a18', text: '第十八条 耕地保护', location: 0 };
  const paragraph = { element: 'p', id: 'a18-1', text: '严格落实耕地保护任务……', location: 3 };
  const titled = { element: 'div', id: 'x', title: '附图', text: '', location: 9 };

  it('keeps what pagefind makes sub-results from: headings with text, and anchors with a title', () => {
    expect(makesSubResult(heading)).toBe(true);
    expect(makesSubResult(titled)).toBe(true);
    expect(makesSubResult({ ...heading, element: 'H3' })).toBe(true);
    expect(makesSubResult(paragraph)).toBe(false);
    expect(makesSubResult({ ...heading, text: '  ' })).toBe(false);
  });

  it('drops the other anchors and keeps the rest of the fragment in order', () => {
    const out = slimFragment(fragment([heading, paragraph, titled]), 'f');
    expect(out).toBe(fragment([heading, titled]));
    expect(Object.keys(JSON.parse(out.slice(12)) as object)).toEqual(['url', 'content', 'anchors', 'meta']);
  });

  it('returns a fragment with nothing to drop unchanged (its bytes, not a re-serialisation)', () => {
    const spaced = 'pagefind_dcd{"url": "/about/", "anchors": []}';
    expect(slimFragment(spaced, 'f')).toBe(spaced);
  });

  it('names the file when it is not a pagefind fragment', () => {
    expect(() => slimFragment('{}', 'dist/pagefind/fragment/x.pf_fragment')).toThrow(/x\.pf_fragment: not a pagefind fragment/);
    expect(() => slimFragment('pagefind_dcd{"url":"/"}', 'x.pf_fragment')).toThrow(/x\.pf_fragment: a pagefind fragment without anchors/);
  });
});
