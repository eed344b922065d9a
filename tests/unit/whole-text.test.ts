import { describe, expect, it } from 'vitest';
import { wholeTextAnchor } from '../../src/lib/whole-text.ts';

describe('wholeTextAnchor', () => {
  const v = ['ed2', 'latest'];

  it('keeps the anchor of a link to an article, 款 or figure of the same version', () => {
    expect(wholeTextAnchor('/ed2/4/2/#a18', v)).toBe('a18');
    expect(wholeTextAnchor('/latest/4/2/#a18-2-3', v)).toBe('a18-2-3');
    expect(wholeTextAnchor('/ed2/12/1/#fig6', v)).toBe('fig6');
  });

  it('sends a section, chapter or article page to its heading on the page', () => {
    expect(wholeTextAnchor('/ed2/4/2/', v)).toBe('c4s2');
    expect(wholeTextAnchor('/ed2/4/', v)).toBe('c4');
    expect(wholeTextAnchor('/ed2/a/18/', v)).toBe('a18');
  });

  it('leaves links to other versions, other pages and other sites alone', () => {
    expect(wholeTextAnchor('/ed1/4/2/#a18', v)).toBeNull();
    expect(wholeTextAnchor('/ed2/references/', v)).toBeNull();
    expect(wholeTextAnchor('/about/#f1', v)).toBeNull();
    expect(wholeTextAnchor('https://example.org/ed2/4/', v)).toBeNull();
  });
});
