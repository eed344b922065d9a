/**
 * A simple equirectangular projection fitted to a bounding box, SVG path
 * strings, and the scale bar that goes with it. At the county's size (about
 * 110 km across, F6) the distortion of an equirectangular map with its
 * standard parallel through the middle is well under 1 %, which is below the
 * coarseness of the source data (about 100 m).
 */
import type { BBox, Geometry, Position } from './geometry';
import { polygonsOf } from './geometry';
import type { DisplayRingOptions } from './simplify';
import { simplifyDisplayRing } from './simplify';

/** Mean Earth radius in km (IUGG), for degrees → km along a meridian. */
export const EARTH_RADIUS_KM = 6371.0088;
/** Length of one degree of latitude (and of longitude at the equator) in km. */
export const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

/** A projection from longitude/latitude to SVG user units (y grows downwards). */
export interface Projection {
  /** Width and height of the drawing in SVG units. */
  width: number;
  height: number;
  /** SVG units per degree of latitude. */
  unitsPerDegree: number;
  /** cos of the standard parallel: longitudes are shrunk by it. */
  cosLat0: number;
  /** SVG units left empty on every side. */
  padding: number;
  /** The (padded) box that is drawn. */
  bbox: BBox;
  /** Project a position to `[x, y]`. */
  project(position: Position): [number, number];
  /** The inverse: `[x, y]` back to `[lon, lat]`. */
  invert(point: [number, number]): Position;
}

/**
 * Fit an equirectangular projection to `bbox` for a drawing `width` units
 * wide, with `padding` units on every side. The height follows from the
 * box's shape, so that the map is never stretched.
 */
export function fitProjection(bbox: BBox, width: number, padding = 0): Projection {
  const [w, s, e, n] = bbox;
  if (!(e > w) || !(n > s)) throw new Error(`fitProjection: empty bounding box ${bbox.join(',')}`);
  const lat0 = (s + n) / 2;
  const cosLat0 = Math.cos((lat0 * Math.PI) / 180);
  const inner = width - 2 * padding;
  const unitsPerDegree = inner / ((e - w) * cosLat0);
  const height = Math.round((n - s) * unitsPerDegree + 2 * padding);
  return {
    width,
    height,
    unitsPerDegree,
    cosLat0,
    padding,
    bbox,
    project: ([lon, lat]) => [padding + (lon - w) * cosLat0 * unitsPerDegree, padding + (n - lat) * unitsPerDegree],
    invert: ([x, y]) => [w + (x - padding) / (cosLat0 * unitsPerDegree), n - (y - padding) / unitsPerDegree],
  };
}

const tenth = (v: number) => Math.round(v * 10);
/** A tenth-unit integer as SVG number text: 123 → "12.3", -5 → "-.5". */
const fmt = (t: number) => {
  if (t === 0) return '0';
  const sign = t < 0 ? '-' : '';
  const a = Math.abs(t);
  const int = Math.floor(a / 10);
  const dec = a % 10;
  return sign + (int === 0 && dec !== 0 ? '' : String(int)) + (dec ? `.${dec}` : '');
};
/**
 * Join number texts the short way SVG allows: a minus sign separates by
 * itself, and so does a leading dot after a number that already has one.
 */
const join = (a: string, b: string) => {
  const last = /[\d.]+$/.exec(a)?.[0] ?? '';
  return a + (b.startsWith('-') || (b.startsWith('.') && last.includes('.')) ? '' : ' ') + b;
};
const pair = (x: number, y: number) => join(fmt(x), fmt(y));

/**
 * Write projected points as a path: the first point absolute (`M`), the rest
 * relative (`l`, a third shorter and better compressed), on a grid of a
 * tenth of a unit with no drift (deltas are taken between rounded points);
 * closed with `Z` when `close`. Points already on a whole-unit grid come out
 * as whole numbers.
 */
export function pathOfPoints(points: ReadonlyArray<readonly [number, number]>, close: boolean): string {
  if (points.length === 0) return '';
  const last = points[points.length - 1]!;
  // Drop the repeated closing point: `Z` closes the ring.
  const pts = close && points.length > 1 && last[0] === points[0]![0] && last[1] === points[0]![1] ? points.slice(0, -1) : points;
  let out = '';
  let px = 0;
  let py = 0;
  let relative = false;
  pts.forEach(([x, y], i) => {
    const tx = tenth(x);
    const ty = tenth(y);
    if (i === 0) {
      out += `M${pair(tx, ty)}`;
    } else if (tx !== px || ty !== py) {
      const next = pair(tx - px, ty - py);
      // After the first `l`, further pairs repeat it implicitly.
      out = relative ? join(out, next) : `${out}l${next}`;
      relative = true;
    }
    px = tx;
    py = ty;
  });
  return out + (close ? 'Z' : '');
}

/**
 * Project a list of positions to a path (see `pathOfPoints`); closed with
 * `Z` when `close`.
 */
export function pathOfPositions(positions: readonly Position[], projection: Projection, close: boolean): string {
  // Drop the repeated closing position: `Z` closes the ring.
  const pts = close && positions.length > 1 ? positions.slice(0, -1) : positions;
  return pathOfPoints(pts.map((p) => projection.project(p)), false) + (close && pts.length > 0 ? 'Z' : '');
}

/**
 * An SVG path `d` string for a line or polygon geometry (holes included; use
 * `fill-rule="evenodd"`). Points are rounded to 0.1 unit. A Point has no path.
 */
export function svgPath(geometry: Geometry, projection: Projection): string {
  if (geometry.type === 'LineString') return pathOfPositions(geometry.coordinates, projection, false);
  if (geometry.type === 'Point') return '';
  return polygonsOf(geometry)
    .flatMap((polygon) => polygon.map((ring) => pathOfPositions(ring, projection, true)))
    .join('');
}

/**
 * The path of a polygon geometry simplified for display (`simplifyDisplayRing`
 * on the projected rings). A ring too small to show is left out, and with an
 * outer ring its whole polygon (holes included); lines and points go through
 * `svgPath` unchanged.
 */
export function svgDisplayPath(geometry: Geometry, projection: Projection, options: DisplayRingOptions): string {
  if (geometry.type === 'LineString' || geometry.type === 'Point') return svgPath(geometry, projection);
  let out = '';
  for (const polygon of polygonsOf(geometry)) {
    const rings = polygon.map((ring) => simplifyDisplayRing(ring.map((p) => projection.project(p)), options));
    if (rings[0]!.length === 0) continue;
    for (const ring of rings) if (ring.length > 0) out += pathOfPoints(ring, true);
  }
  return out;
}

/** A scale bar: how long to draw it and what it says. */
export interface ScaleBar {
  /** Ground length in km (a round number: 1, 2 or 5 × 10^k). */
  km: number;
  /** Length of the bar in SVG units. */
  length: number;
  /** The label, e.g. `20 km`. */
  label: string;
}

/** The largest 1, 2, 5 × 10^k not above `value`. */
export function roundDownNice(value: number): number {
  if (!(value > 0)) throw new Error(`roundDownNice: ${value} is not positive`);
  const exp = Math.floor(Math.log10(value));
  const base = 10 ** exp;
  const m = value / base;
  const nice = m >= 5 ? 5 : m >= 2 ? 2 : 1;
  return nice * base;
}

/**
 * A scale bar for `projection` at most `maxLength` units long. On this
 * projection one unit is the same ground distance east–west (at the standard
 * parallel) and north–south, so one bar serves both directions.
 */
export function scaleBar(projection: Projection, maxLength: number): ScaleBar {
  const kmPerUnit = KM_PER_DEGREE / projection.unitsPerDegree;
  const km = roundDownNice(maxLength * kmPerUnit);
  const length = km / kmPerUnit;
  const label = km >= 1 ? `${km} km` : `${Math.round(km * 1000)} m`;
  return { km, length, label };
}
