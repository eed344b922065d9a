/**
 * What a static map draws over its layers: the labels, the scale bar, the
 * north arrow and the 示意 stamp. It is drawn twice, once per text size: at
 * full width (a desktop column, the PDF download) the text is 12 units high
 * in a 640-unit map, about 12 px; a phone shows the map at about 360 px and
 * print at 10 cm, where 12 units would be 6–7 px (about 4.5 pt), so a narrow
 * drawing carries its own, larger text, placed for that size (its labels
 * need more room and so are moved apart at that size). The page shows one
 * of the two by the map's width (plan-map.css). One module for the site's
 * SVG (PlanMapSvg.astro) and the downloads' image (figure-image.ts), so the
 * two drawings cannot drift apart.
 */
import { LABEL_FONT_SIZE, labelWidth, type LabelRect } from './label-placement';
import type { SvgLabel, SvgMap } from './map-model';
import { escapeXml as esc } from '../xml-escape';

/** The two text sizes a static map is drawn with. */
export type MapTextSize = 'wide' | 'narrow';

/** Font sizes of a map's text, in SVG units. */
export interface MapTextSizes {
  label: number;
  scale: number;
  north: number;
  stamp: number;
}

/** The text sizes of each drawing: `narrow` is 1.6–1.7 times `wide`, so a phone's 360 px map shows its labels at about 11 px. */
export const MAP_TEXT: Readonly<Record<MapTextSize, MapTextSizes>> = {
  wide: { label: LABEL_FONT_SIZE, scale: 11, north: 13, stamp: 16 },
  narrow: { label: 20, scale: 18, north: 20, stamp: 22 },
};

const NORTH = '北 ↑';
const STAMP = '示意';
/** Distance of the corner texts and the scale bar from the map's edges, in SVG units. */
const EDGE = { side: 10, scaleX: 16, scaleY: 18 };

/** The corners labels keep clear of: the scale bar (bottom left), the north arrow (top right) and the 示意 stamp (bottom right). */
export function overlayKeepOut(width: number, height: number, scaleLength: number, size: MapTextSize): LabelRect[] {
  const t = MAP_TEXT[size];
  const right = (text: string, px: number) => width - EDGE.side - labelWidth(text, px) - 12;
  return [
    { left: EDGE.side, top: height - EDGE.scaleY - t.scale - 7, right: EDGE.scaleX + scaleLength + 6, bottom: height },
    { left: right(NORTH, t.north), top: 0, right: width, bottom: t.north + 17 },
    { left: right(STAMP, t.stamp), top: height - t.stamp - 16, right: width, bottom: height },
  ];
}

function labelText(l: SvgLabel): string {
  const bold = l.layer === 'county' || l.layer === 'seat';
  return `<text x="${l.x}" y="${l.y}" text-anchor="${l.layer === 'seat' ? 'start' : 'middle'}"${bold ? ' font-weight="bold"' : ''}>${esc(l.text)}</text>`;
}

/**
 * The overlay of `map` at one text size, as SVG markup: a `<g>` classed
 * `plan-map__overlay--<size>`. Colours are attributes (the downloads' image
 * has no CSS); the site's dark scheme recolours the classed parts.
 */
export function overlaySvg(map: SvgMap, size: MapTextSize, schematic: boolean): string {
  const t = MAP_TEXT[size];
  const labels = size === 'wide' ? map.labels : map.narrowLabels;
  const len = map.scale.length.toFixed(1);
  const out = [
    `<g class="plan-map__overlay plan-map__overlay--${size}">`,
    `<g class="plan-map__labels plan-map__ink" font-size="${t.label}" fill="#1b1b1b" paint-order="stroke" stroke="#fff" stroke-width="${size === 'wide' ? 3 : 4}" stroke-linejoin="round">${labels.map(labelText).join('')}</g>`,
    `<g class="plan-map__scale plan-map__ink" transform="translate(${EDGE.scaleX} ${map.height - EDGE.scaleY})" font-size="${t.scale}">`,
    `<rect class="plan-map__plate" x="-4" y="${-(t.scale + 5)}" width="${map.scale.length + 8}" height="${t.scale + 15}" fill="#fff" fill-opacity="0.8"/>`,
    `<path d="M0 0H${len}M0 -5V0M${len} -5V0" stroke="#1b1b1b" stroke-width="2" fill="none"/>`,
    `<text x="${map.scale.length / 2}" y="-5" text-anchor="middle">${esc(map.scale.label)}</text></g>`,
    `<text class="plan-map__ink" x="${map.width - EDGE.side}" y="${t.north + 9}" text-anchor="end" font-size="${t.north}" fill="#1b1b1b">${NORTH}</text>`,
  ];
  if (schematic) out.push(`<text x="${map.width - EDGE.side}" y="${map.height - 12}" text-anchor="end" font-size="${t.stamp}" font-weight="bold" fill="#8a5a00">${STAMP}</text>`);
  out.push('</g>');
  return out.join('');
}
