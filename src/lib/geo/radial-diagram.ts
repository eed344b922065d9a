/**
 * A radial town diagram: a centre, main streets radiating out and ring roads
 * round it, as a plan's figure may show a town laid out that way. What the
 * town is, how many streets and rings it has and what they are called come
 * from the figure's entry in `content/geo/figures.yaml` (`diagram:`). It is a
 * diagram in its own units, not a map: a plan's sources give no coordinates of
 * the streets, so none are drawn.
 */
import { escapeXml as esc } from '../xml-escape.ts';

/** Parameters of the drawing. */
export interface RadialDiagramParams {
  /** Side of the square drawing in SVG units. */
  size: number;
  /** Number of main streets radiating from the centre. */
  radials: number;
  /** The ring roads' labels, from inside out: one ring each. */
  rings: readonly string[];
  /** Rotation of the first radial street from north, in degrees (a drawing choice). */
  rotation: number;
  /** Radius of the central space, as a fraction of the outer ring's radius. */
  centreFraction: number;
}

/** The drawing's defaults; the streets and rings have none: the figure says them. */
export const RADIAL_DIAGRAM_DEFAULTS = { size: 320, rotation: 0, centreFraction: 0.12 } as const;

/** The computed diagram, in SVG units. */
export interface RadialDiagram {
  size: number;
  centre: { x: number; y: number; r: number };
  /** Ring radii from inside out, with their labels. */
  rings: Array<{ r: number; label: string }>;
  /** Radial streets from the centre's edge to beyond the outer ring. */
  radials: Array<{ x1: number; y1: number; x2: number; y2: number; angle: number }>;
  /** Where ring labels sit: halfway between the first two streets, clear of both (degrees from north). */
  labelAngle: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Lay out the diagram: rings evenly spaced between the centre and 84 % of the
 * half-size (room for labels), radials evenly spaced round the full circle
 * starting at `rotation` degrees clockwise from north (up).
 */
export function radialDiagram(params: Pick<RadialDiagramParams, 'radials' | 'rings'> & Partial<RadialDiagramParams>): RadialDiagram {
  const p = { ...RADIAL_DIAGRAM_DEFAULTS, ...params };
  if (!Number.isInteger(p.radials) || p.radials < 1) throw new Error(`radialDiagram: radials must be a whole number ≥ 1, got ${p.radials}`);
  if (p.rings.length < 1) throw new Error('radialDiagram: give at least one ring');
  const c = p.size / 2;
  const outer = c * 0.84;
  const centreR = outer * p.centreFraction;
  const step = (outer - centreR) / p.rings.length;
  const rings = p.rings.map((label, i) => ({ r: r1(centreR + step * (i + 1)), label }));
  const end = outer + step * 0.45;
  const radials = Array.from({ length: p.radials }, (_, i) => {
    const angle = p.rotation + (360 / p.radials) * i;
    const a = (angle * Math.PI) / 180;
    const dx = Math.sin(a);
    const dy = -Math.cos(a);
    return { x1: r1(c + dx * centreR), y1: r1(c + dy * centreR), x2: r1(c + dx * end), y2: r1(c + dy * end), angle };
  });
  return { size: p.size, centre: { x: c, y: c, r: r1(centreR) }, rings, radials, labelAngle: p.rotation + 180 / p.radials };
}

/** What the SVG of a diagram needs: the figure's `diagram:` words and counts. */
export interface RadialDiagramWords {
  /** What it shows, in words (read after the title). */
  shows: string;
  /** The label of the central space. */
  centre: string;
  radials: number;
  rings: readonly string[];
}

const PAPER = '#fbf8ef';
const RING_INK = '#1f3a5f';
const STREET_INK = '#b3261e';

/**
 * The diagram as SVG markup: the page's inline drawing (RadialDiagram.astro)
 * and the downloads' image (figure-image.ts) are this one drawing. `title` is
 * its accessible name; `titleId` labels it on a page; `standalone` makes it
 * a document of its own (namespace, pixel size, the downloads' font).
 */
export function radialDiagramSvg(
  words: RadialDiagramWords,
  options: { title: string; size?: number; titleId?: string; standalone?: { font: string } },
): string {
  const d = radialDiagram({ size: options.size ?? RADIAL_DIAGRAM_DEFAULTS.size, radials: words.radials, rings: words.rings });
  const a = (d.labelAngle * Math.PI) / 180;
  const { centre: c, size } = d;
  const head = options.standalone
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" font-family="${esc(options.standalone.font)}">`
    : `<svg class="radial-diagram" viewBox="0 0 ${size} ${size}" role="img"${options.titleId ? ` aria-labelledby="${esc(options.titleId)}"` : ''} data-radials="${d.radials.length}" data-rings="${d.rings.length}">`;
  return [
    head,
    `<title${options.titleId ? ` id="${esc(options.titleId)}"` : ''}>${esc(`${options.title}（${words.shows}；示意）`)}</title>`,
    `<rect x="0" y="0" width="${size}" height="${size}" fill="${PAPER}"/>`,
    `<g class="radial-diagram__rings" fill="none" stroke="${RING_INK}" stroke-width="2">`,
    ...d.rings.map((r) => `<circle class="radial-diagram__ring" cx="${c.x}" cy="${c.y}" r="${r.r}"/>`),
    `</g><g class="radial-diagram__radials" stroke="${STREET_INK}" stroke-width="3" stroke-linecap="round">`,
    ...d.radials.map((r) => `<line class="radial-diagram__radial" x1="${r.x1}" y1="${r.y1}" x2="${r.x2}" y2="${r.y2}"/>`),
    `</g><circle class="radial-diagram__centre" cx="${c.x}" cy="${c.y}" r="${c.r}" fill="${STREET_INK}" fill-opacity="0.25" stroke="${STREET_INK}"/>`,
    `<g class="radial-diagram__labels" font-size="11" fill="${RING_INK}" text-anchor="middle">`,
    `<text x="${c.x}" y="${c.y + 4}">${esc(words.centre)}</text>`,
    ...d.rings.map((r) => `<text x="${r1(c.x + Math.sin(a) * r.r)}" y="${r1(c.y - Math.cos(a) * r.r + 4)}" paint-order="stroke" stroke="${PAPER}" stroke-width="3">${esc(r.label)}</text>`),
    `</g><text x="${size - 8}" y="${size - 8}" text-anchor="end" font-size="14" font-weight="bold" fill="#8a5a00">示意</text></svg>`,
  ].join('');
}
