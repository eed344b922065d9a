import { describe, expect, it } from 'vitest';
import { provisionId, referencePairAnchor } from '../../src/lib/ids.ts';

describe('provisionId', () => {
  it('gives an article its anchor whatever chapter it is in', () => {
    expect(provisionId({ chapter: 4, section: 2, article: 18 })).toBe('a18');
  });
  it('gives a chapter c<n> and a section c<n>s<m>', () => {
    expect(provisionId({ chapter: 4 })).toBe('c4');
    expect(provisionId({ chapter: 4, section: 2 })).toBe('c4s2');
  });
  it('refuses a chapter number below one', () => {
    expect(() => provisionId({ chapter: 0 })).toThrow(/chapter must be a whole number/);
  });
});

describe('referencePairAnchor', () => {
  it('names the list of references from one chapter to another', () => {
    expect(referencePairAnchor(4, 5)).toBe('r4-5');
  });
  it('refuses a chapter number that is not whole', () => {
    expect(() => referencePairAnchor(4, 1.5)).toThrow(/chapter must be a whole number/);
  });
});
