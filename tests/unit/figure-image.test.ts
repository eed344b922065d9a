/**
 * The map figures as images for the Word and PDF downloads: the same drawing
 * as the site's static SVG, drawn to PNG with the labels' characters in the
 * font. Images land in test-results/figures/ for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDF_FONTS } from '../../src/lib/downloads/plan-pdf.ts';
import { loadCounties } from '../../src/lib/geo/counties.ts';
import { figureSvg, svgsToPng } from '../../src/lib/geo/figure-image.ts';
import { FIGURES, isMapFigure } from '../../src/lib/geo/figures.ts';

describe('figure images', () => {
  it('draws every map figure as an SVG document with its labels, scale and north arrow', () => {
    for (const f of FIGURES.filter(isMapFigure)) {
      const d = figureSvg(f, loadCounties())!;
      expect(d.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(d.svg).toContain('北 ↑');
      expect(d.svg).toMatch(/<text[^>]*>\d+ km<\/text>/);
      expect((d.svg.match(/<path /g) ?? []).length).toBeGreaterThan(2);
    }
  });

  it('returns null for a figure that is only a diagram', () => {
    const diagram = FIGURES.find((f) => !isMapFigure(f));
    expect(diagram, 'a figure without a map view (the 八卦城 diagram)').toBeDefined();
    expect(figureSvg(diagram!, loadCounties())).toBeNull();
  });

  it('draws PNGs at twice the size, with ink where the labels are', async () => {
    const figure = FIGURES.find(isMapFigure)!;
    const d = figureSvg(figure, loadCounties())!;
    const blank = { ...d, svg: d.svg.replace(/<text[^>]*>[^<]*<\/text>/g, '') };
    const [png, withoutText] = await svgsToPng([d, blank], 2, PDF_FONTS.regular);
    expect(Buffer.from(png!.subarray(1, 4)).toString('ascii')).toBe('PNG');
    expect(Buffer.from(png!).readUInt32BE(16)).toBe(Math.round(d.width * 2));
    expect(png![25], 'colour type 2 (RGB): the PDF embeds it without decoding').toBe(2);
    // Text drawn with the font makes the image differ from the same drawing without text.
    expect(Buffer.from(png!).equals(Buffer.from(withoutText!))).toBe(false);
    mkdirSync('test-results/figures', { recursive: true });
    writeFileSync(`test-results/figures/fig${figure.number}.png`, png!);
  }, 120_000);
});
