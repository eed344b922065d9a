/**
 * A figure as a standalone SVG document and as a PNG, for the Word and PDF
 * downloads (which cannot show the site's inline SVG). The map is drawn as
 * PlanMapSvg.astro's static map: background, layers, and the wide overlay of
 * labels, scale bar, north arrow and 示意 stamp (map-overlay.ts); a town
 * diagram as RadialDiagram.astro draws it (radial-diagram.ts). The PNG is drawn with @resvg/resvg-js
 * at build time, with the PDF's font for the labels.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { rgbPng } from '../png-rgb.ts';
import { subsetFontFile } from './font-subset.ts';
import type { CountyCollection } from './extract.ts';
import type { FigureDef } from './figures.ts';
import { isMapFigure } from './figures.ts';
import { drawFigure, SVG_WIDTH } from './map-model.ts';
import { LAYER_STYLES, SEAT_RADIUS, svgAttributes } from './styles.ts';
import { overlaySvg } from './map-overlay.ts';
import { RADIAL_DIAGRAM_DEFAULTS, radialDiagramSvg } from './radial-diagram.ts';
import { escapeXml as esc } from '../xml-escape.ts';

const attrs = (a: Record<string, string | number>) => Object.entries(a).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');

/** Side of a town diagram drawn under its figure's map, and the paper between them, in map units. */
const DIAGRAM_UNDER_MAP = 240;
const DIAGRAM_GAP = 16;

/** A drawing as an SVG document with its pixel size. */
export interface FigureDrawing {
  svg: string;
  width: number;
  height: number;
}

/**
 * The figure as one SVG document: its static map, its town diagram (centred
 * under the map where it has both, as the page shows it), or null for a
 * figure with neither.
 */
export function figureSvg(figure: FigureDef, counties: CountyCollection, font = 'Noto Serif SC'): FigureDrawing | null {
  const map = isMapFigure(figure) ? mapSvg(figure, counties, font) : null;
  if (!figure.diagram) return map;
  // Under a map the diagram is smaller, so that map, diagram and caption fit one A4 page.
  const side = map ? DIAGRAM_UNDER_MAP : RADIAL_DIAGRAM_DEFAULTS.size;
  const diagram = radialDiagramSvg(figure.diagram, { title: `附图${figure.number} ${figure.title} · ${figure.diagram.title}`, size: side, standalone: { font } });
  // As wide as a map, the diagram centred: the downloads draw every figure at one scale, as the page does.
  const top = map ? map.height + DIAGRAM_GAP : 0;
  const height = top + side;
  // Nested <svg>s keep each drawing's own coordinates; the paper round them is white, as the page's is.
  const place = (svg: string, x: number, y: number) => svg.replace('<svg ', `<svg x="${x}" y="${y}" `);
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SVG_WIDTH} ${height}" width="${SVG_WIDTH}" height="${height}" font-family="${esc(font)}"><rect width="${SVG_WIDTH}" height="${height}" fill="#fff"/>${map ? place(map.svg, 0, 0) : ''}${place(diagram, (SVG_WIDTH - side) / 2, top)}</svg>`,
    width: SVG_WIDTH,
    height,
  };
}

/** The figure's static map as an SVG document. */
function mapSvg(figure: FigureDef, counties: CountyCollection, font: string): FigureDrawing {
  const { model, svg: map } = drawFigure(figure, counties);
  const { width, height } = map;
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${esc(font)}">`, `<rect width="${width}" height="${height}" fill="#eef3f7"/>`];
  for (const layer of model.layers) {
    out.push('<g>');
    for (const i of map.items.filter((x) => x.layer === layer.kind)) {
      out.push(
        i.role === 'point'
          ? `<circle cx="${i.x}" cy="${i.y}" r="${SEAT_RADIUS}" fill="${LAYER_STYLES.seat.fillColor}" stroke="#fff" stroke-width="2"/>`
          : `<path d="${i.d}" fill-rule="evenodd"${attrs(svgAttributes(layer.kind, i.role))}/>`,
      );
    }
    out.push('</g>');
  }
  // Drawn 16 cm wide in the PDF: the wide drawing's text is about 8.5 pt there.
  out.push(overlaySvg(map, 'wide', model.layers.some((l) => l.schematic)));
  out.push('</svg>');
  return { svg: out.join(''), width, height };
}

/**
 * SVGs drawn as opaque RGB PNG (png-rgb.ts: the PDF embeds it without
 * decoding it) at `scale` times their size, with the font at `fontFile` for
 * their text. resvg parses a whole font for every drawing (seconds for a
 * 14 MB CJK font), so the font is first cut to the characters the drawings
 * use (font-subset.ts: HarfBuzz in WebAssembly, in a worker thread) and
 * written to a temporary file.
 */
export async function svgsToPng(drawings: ReadonlyArray<{ svg: string; width: number }>, scale: number, fontFile: string): Promise<Uint8Array[]> {
  const text = [...new Set(drawings.flatMap((d) => [...d.svg.replace(/<[^>]*>/g, '')]))].join('');
  const dir = mkdtempSync(join(tmpdir(), 'figure-font-'));
  try {
    const font = join(dir, 'subset.ttf');
    writeFileSync(font, await subsetFontFile(fontFile, text));
    return drawings.map((d) => {
      const image = new Resvg(d.svg, { fitTo: { mode: 'width', value: Math.round(d.width * scale) }, font: { fontFiles: [font], loadSystemFonts: false, defaultFontFamily: 'Noto Serif SC' } }).render();
      return rgbPng(image.pixels, image.width, image.height);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
