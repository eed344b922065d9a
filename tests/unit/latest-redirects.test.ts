import { describe, expect, it } from 'vitest';
import { latestRedirects, pagesOf } from '../../src/lib/latest-redirects.ts';
import type { VersionOutline } from '../../src/lib/version-map.ts';

const art = (number: number, key = String(number)) => ({ number, key });

// ed1: ch1 §1 a1–a2, §2 a3; ch2 §1 a4, §2 a5; ch3 §1 a6.
const ed1: VersionOutline = {
  id: 'ed1',
  chapters: [
    { number: 1, articles: [], sections: [{ number: 1, articles: [art(1), art(2)] }, { number: 2, articles: [art(3)] }] },
    { number: 2, articles: [], sections: [{ number: 1, articles: [art(4)] }, { number: 2, articles: [art(5)] }] },
    { number: 3, articles: [], sections: [{ number: 1, articles: [art(6)] }] },
  ],
};

// ed2: §1.2 is merged into §1.1 (a3 kept as a3); chapter 2 loses §2 (a5 removed);
// chapter 3 becomes chapter 2 §2 (a6 renumbered 5); chapter 3 is gone.
const ed2: VersionOutline = {
  id: 'ed2',
  chapters: [
    { number: 1, articles: [], sections: [{ number: 1, articles: [art(1), art(2), art(3)] }] },
    { number: 2, articles: [], sections: [{ number: 1, articles: [art(4)] }, { number: 2, articles: [art(5, '6')] }] },
  ],
};

const byFrom = (list: { from: string; to: string }[]) => Object.fromEntries(list.map((r) => [r.from, r.to]));

describe('latestRedirects', () => {
  it('lists every page path of a version, articles included', () => {
    expect(pagesOf(ed2)).toHaveLength(3 + 2 + 3 + 5);
  });

  it('redirects a merged section to the section that now holds its articles', () => {
    expect(byFrom(latestRedirects([ed1, ed2], ed2))['/latest/1/2/']).toBe('/latest/1/1/');
  });

  it('redirects a vanished chapter to the chapter that now holds its articles', () => {
    expect(byFrom(latestRedirects([ed1, ed2], ed2))['/latest/3/']).toBe('/latest/2/');
    expect(byFrom(latestRedirects([ed1, ed2], ed2))['/latest/3/1/']).toBe('/latest/2/2/');
  });

  it('sends an article whose key is gone to the last version that had it', () => {
    // ed1 a6 survives as ed2 a5, so /latest/a/6/ follows the key; nothing in ed2 is numbered 6.
    expect(byFrom(latestRedirects([ed1, ed2], ed2))['/latest/a/6/']).toBe('/latest/a/5/');
    const ed3: VersionOutline = { id: 'ed3', chapters: [{ number: 1, articles: [], sections: [{ number: 1, articles: [art(1)] }] }] };
    const r = byFrom(latestRedirects([ed1, ed2, ed3], ed3));
    expect(r['/latest/a/2/']).toBe('/ed2/a/2/');
    expect(r['/latest/2/2/']).toBe('/ed2/2/2/');
    expect(r['/latest/3/1/']).toBe('/ed1/3/1/');
  });

  it('leaves every path the newest version still has alone', () => {
    const froms = latestRedirects([ed1, ed2], ed2).map((r) => r.from);
    expect(froms.sort()).toEqual(['/latest/1/2/', '/latest/3/', '/latest/3/1/', '/latest/a/6/']);
  });

  it('lets a hand-written redirect win over the computed one', () => {
    const r = latestRedirects([ed1, ed2], ed2, [{ from: '/latest/3/', to: '/latest/2/2/' }]);
    expect(r.map((x) => x.from)).not.toContain('/latest/3/');
  });
});
