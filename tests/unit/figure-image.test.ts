/**
 * The figures as images for the Word and PDF downloads: the same drawing
 * as the site's static SVG (maps and town diagrams), drawn to PNG with the labels' characters in the
 * font. Images land in test-results/figures/ for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDF_FONTS } from '../../src/lib/downloads/plan-pdf.ts';
import { loadCounties } from '../../src/lib/geo/counties.ts';
import { figureSvg, svgsToPng } from '../../src/lib/geo/figure-image.ts';
import { FIGURES, isMapFigure, type FigureDef } from '../../src/lib/geo/figures.ts';

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

  const DIAGRAM = { title: '某镇格局示意', shows: '中心、六条放射路、两条环路', centre: '镇心', radials: 6, rings: ['内环', '外环'] };
  const figureOf = (extra: Partial<FigureDef>): FigureDef => ({ number: 7, title: '某镇示意图', layers: [], sections: [{ chapter: 1, section: 1 }], sources: [], note: '说明', ...extra });

  it('draws a figure that is only a town diagram as that diagram, with its words, and nothing for a figure with neither', () => {
    const d = figureSvg(figureOf({ diagram: DIAGRAM }), loadCounties())!;
    expect(d, 'as wide as a map, the diagram centred').toMatchObject({ width: 640, height: 320 });
    expect(d.svg).toContain('<svg x="160" y="0" xmlns');
    expect(d.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* font-family="Noto Serif SC"/);
    expect(d.svg).toContain('<title>附图7 某镇示意图 · 某镇格局示意（中心、六条放射路、两条环路；示意）</title>');
    expect((d.svg.match(/<line /g) ?? []).length).toBe(6);
    expect((d.svg.match(/<circle class="radial-diagram__ring"/g) ?? []).length).toBe(2);
    for (const word of ['镇心', '内环', '外环', '示意']) expect(d.svg).toContain(`>${word}</text>`);
    expect(figureSvg(figureOf({}), loadCounties())).toBeNull();
  });

  it('puts a map figure\'s town diagram under its map, centred, in one drawing', () => {
    const mapFigure = FIGURES.find(isMapFigure)!;
    const map = figureSvg({ ...mapFigure, diagram: undefined }, loadCounties())!;
    const both = figureSvg({ ...mapFigure, diagram: DIAGRAM }, loadCounties())!;
    expect(both.width).toBe(map.width);
    expect(both.height, 'smaller under a map, so that both and the caption fit an A4 page').toBe(map.height + 16 + 240);
    expect(both.svg).toContain(`<svg x="0" y="0" xmlns`);
    expect(both.svg).toContain(`<svg x="${(map.width - 240) / 2}" y="${map.height + 16}" xmlns`);
  });

  it('draws a town diagram to PNG with its labels in the font', async () => {
    const d = figureSvg(figureOf({ diagram: DIAGRAM }), loadCounties())!;
    const blank = { ...d, svg: d.svg.replace(/<text[^>]*>[^<]*<\/text>/g, '') };
    const [png, withoutText] = await svgsToPng([d, blank], 2, PDF_FONTS.regular);
    expect(Buffer.from(png!).readUInt32BE(16)).toBe(1280);
    expect(Buffer.from(png!).equals(Buffer.from(withoutText!))).toBe(false);
    mkdirSync('test-results/figures', { recursive: true });
    writeFileSync('test-results/figures/diagram.png', png!);
  }, 120_000);

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
