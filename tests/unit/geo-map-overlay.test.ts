/**
 * The static map's overlay (labels, scale bar, north arrow, 示意 stamp), drawn
 * once for a wide map and once, with larger text, for a narrow one (a phone,
 * print): one markup for the site's SVG and the downloads' image.
 */
import { describe, expect, it } from 'vitest';
import { loadCounties } from '../../src/lib/geo/counties';
import { FIGURES, isMapFigure } from '../../src/lib/geo/figures';
import { drawFigure } from '../../src/lib/geo/map-model';
import { MAP_TEXT, overlayKeepOut, overlaySvg } from '../../src/lib/geo/map-overlay';
import { figureSvg } from '../../src/lib/geo/figure-image';

const figure = FIGURES.filter(isMapFigure).find((f) => drawFigure(f, loadCounties()).model.layers.some((l) => l.schematic))!;
const { svg } = drawFigure(figure, loadCounties());

describe('map overlay', () => {
  it('draws each size with its own font sizes and its own label places', () => {
    const wide = overlaySvg(svg, 'wide', true);
    const narrow = overlaySvg(svg, 'narrow', true);
    expect(wide).toMatch(/^<g class="plan-map__overlay plan-map__overlay--wide">/);
    expect(narrow).toMatch(/^<g class="plan-map__overlay plan-map__overlay--narrow">/);
    expect(wide).toContain(`font-size="${MAP_TEXT.wide.label}"`);
    expect(narrow).toContain(`font-size="${MAP_TEXT.narrow.label}"`);
    for (const l of svg.narrowLabels) expect(narrow).toContain(`<text x="${l.x}" y="${l.y}"`);
    // Larger text needs more room: at least one label of a crowded figure sits elsewhere.
    const moved = FIGURES.filter(isMapFigure).some((f) => {
      const s = drawFigure(f, loadCounties()).svg;
      return s.narrowLabels.some((l, i) => l.x !== s.labels[i]!.x || l.y !== s.labels[i]!.y);
    });
    expect(moved).toBe(true);
  });

  it('stamps 示意 only on a schematic map and escapes what it writes', () => {
    expect(overlaySvg(svg, 'wide', true)).toContain('>示意</text>');
    expect(overlaySvg(svg, 'wide', false)).not.toContain('示意</text>');
    const hostile = { ...svg, labels: [{ layer: 'county' as const, text: '<b>&"', x: 1, y: 2 }] };
    expect(overlaySvg(hostile, 'wide', false)).toContain('>&lt;b&gt;&amp;&quot;</text>');
  });

  it('keeps the corners clear for text that grows with the size', () => {
    const [scaleW, northW] = overlayKeepOut(640, 600, 100, 'wide');
    const [scaleN, northN] = overlayKeepOut(640, 600, 100, 'narrow');
    expect(scaleN!.top).toBeLessThan(scaleW!.top);
    expect(northN!.left).toBeLessThan(northW!.left);
    expect(northN!.bottom).toBeGreaterThan(northW!.bottom);
  });

  it('gives the downloads\' image the wide drawing, the same markup as the site', () => {
    const image = figureSvg(figure, loadCounties())!.svg;
    expect(image).toContain(overlaySvg(svg, 'wide', true));
    expect(image).not.toContain('plan-map__overlay--narrow');
  });
});
