import { describe, expect, it } from 'vitest';
import { splitAfterFigureHeadings } from '../../src/lib/figure-headings.ts';

describe('splitAfterFigureHeadings', () => {
  it('cuts after each heading that carries a figure anchor, keeping every byte', () => {
    const html = '<p>说明</p><h3 id="fig1"><a href="/ed3/1/3/#fig1">附图1 区位图</a></h3><h3 id="fig12">附图12 <em>规划</em>图</h3><p>尾</p>';
    const segments = splitAfterFigureHeadings(html);
    expect(segments).toEqual([
      { html: '<p>说明</p><h3 id="fig1"><a href="/ed3/1/3/#fig1">附图1 区位图</a></h3>', figure: 1 },
      { html: '<h3 id="fig12">附图12 <em>规划</em>图</h3>', figure: 12 },
      { html: '<p>尾</p>', figure: null },
    ]);
    expect(segments.map((s) => s.html).join('')).toBe(html);
  });

  it('leaves headings without a figure anchor, and other levels, inside a segment', () => {
    const html = '<h3 id="x1">附图 说明</h3><h2 id="fig2">附图2</h2><h3 class="a" id="fig3" data-k="v">附图3</h3>';
    expect(splitAfterFigureHeadings(html)).toEqual([{ html, figure: 3 }]);
  });

  it('gives no segment for empty HTML, and one for HTML without figures', () => {
    expect(splitAfterFigureHeadings('')).toEqual([]);
    expect(splitAfterFigureHeadings('<p>a</p>')).toEqual([{ html: '<p>a</p>', figure: null }]);
  });

  it('does not read fig0 or an id merely ending in figN as a figure', () => {
    const html = '<h3 id="fig0">a</h3><h3 id="xfig2">b</h3><h3 data-id="fig4">c</h3>';
    expect(splitAfterFigureHeadings(html)).toEqual([{ html, figure: null }]);
  });
});
