import { describe, expect, it } from 'vitest';
import { appendixAnchor, appendixUrl } from '../../src/lib/ids.ts';

describe('appendix anchors', () => {
  it('names the parts outside the chapters appendix-0 (the preamble), appendix-1 …', () => {
    expect(appendixAnchor(0)).toBe('appendix-0');
    expect(appendixAnchor(2)).toBe('appendix-2');
  });

  it('puts them on the whole-text page of the version', () => {
    expect(appendixUrl('ed2', 1)).toBe('/ed2/all/#appendix-1');
    expect(() => appendixUrl('Ed2', 1)).toThrow(/not a version id/);
  });

  it('refuses a part that is not a whole number from 0, saying what it got', () => {
    expect(() => appendixAnchor(-1)).toThrow('appendix part must be a whole number ≥ 0, got -1');
    expect(() => appendixAnchor(1.5)).toThrow('appendix part must be a whole number ≥ 0, got 1.5');
  });
});
