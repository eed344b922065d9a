/**
 * Plain geometry on longitude/latitude pairs: the small subset of GeoJSON the
 * plan's maps need (polygons, lines, points), validation, bounding boxes,
 * rounding and simplification. No projection here (see `projection.ts`).
 */

/** A position as GeoJSON writes it: `[longitude, latitude]` in degrees. */
export type Position = [number, number];
/** A closed ring: first and last positions are equal. */
export type Ring = Position[];
/** A polygon: outer ring first, then holes. */
export type PolygonCoords = Ring[];

/** The geometries the map layers use (a subset of GeoJSON). */
export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: PolygonCoords }
  | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

/** `[west, south, east, north]` in degrees, as GeoJSON's `bbox` member. */
export type BBox = [number, number, number, number];

/** A rectangle in longitude/latitude that a polygon must lie inside. */
export interface Bounds {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

/** The polygons of a Polygon or MultiPolygon geometry, as a list. */
export function polygonsOf(geometry: Geometry): PolygonCoords[] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Every position of a geometry, flattened (for bounding boxes). */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    default:
      return polygonsOf(geometry).flat(2);
  }
}

/**
 * Check a Polygon/MultiPolygon and list every problem found, so that a bad
 * extract names what is wrong instead of drawing garbage. An empty list means
 * valid: at least one polygon, every ring has ≥ 4 positions, is closed, holds
 * only finite numbers, and (when `bounds` is given) lies inside `bounds`.
 */
export function validatePolygon(geometry: Geometry, bounds?: Bounds): string[] {
  const problems: string[] = [];
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    return [`expected a Polygon or MultiPolygon, got ${geometry.type}`];
  }
  const polygons = polygonsOf(geometry);
  if (polygons.length === 0) problems.push('no polygon');
  polygons.forEach((polygon, p) => {
    if (polygon.length === 0) problems.push(`polygon ${p}: no ring`);
    polygon.forEach((ring, r) => {
      const where = `polygon ${p} ring ${r}`;
      if (ring.length < 4) problems.push(`${where}: ${ring.length} positions, a ring needs at least 4`);
      const bad = ring.findIndex((pos) => pos.length < 2 || !Number.isFinite(pos[0]) || !Number.isFinite(pos[1]));
      if (bad >= 0) {
        problems.push(`${where}: position ${bad} is not a pair of finite numbers (${JSON.stringify(ring[bad])})`);
        return;
      }
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        problems.push(`${where}: not closed (first ${first.join(',')} ≠ last ${last.join(',')})`);
      }
      if (bounds) {
        const out = ring.findIndex(
          ([lon, lat]) => lon < bounds.minLon || lon > bounds.maxLon || lat < bounds.minLat || lat > bounds.maxLat,
        );
        if (out >= 0) {
          problems.push(
            `${where}: position ${out} (${ring[out]!.join(',')}) lies outside ${bounds.minLon}–${bounds.maxLon}°E, ${bounds.minLat}–${bounds.maxLat}°N`,
          );
        }
      }
    });
  });
  return problems;
}

/** The bounding box of some positions; throws on an empty list. */
export function bboxOfPositions(positions: readonly Position[]): BBox {
  if (positions.length === 0) throw new Error('bboxOfPositions: no positions');
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positions) {
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return [w, s, e, n];
}

/** The bounding box of one or more geometries. */
export function bboxOf(...geometries: Geometry[]): BBox {
  return bboxOfPositions(geometries.flatMap(positionsOf));
}

/** A bounding box grown by `fraction` of its width/height on every side. */
export function padBBox([w, s, e, n]: BBox, fraction: number): BBox {
  const dx = (e - w) * fraction;
  const dy = (n - s) * fraction;
  return [w - dx, s - dy, e + dx, n + dy];
}

/** Round to `decimals` places (the committed extract keeps 4: the source is quantised to 1/1024°). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Round a ring's positions and drop positions that repeat the previous one
 * (the source repeats points at segment joins); keeps the ring closed.
 */
export function roundRing(ring: readonly Position[], decimals: number): Ring {
  const out: Ring = [];
  for (const [lon, lat] of ring) {
    const p: Position = [roundTo(lon, decimals), roundTo(lat, decimals)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
}

/** Round every coordinate of a geometry (computed cuts carry 15 digits nobody can see). */
export function roundGeometry(geometry: Geometry, decimals: number): Geometry {
  const r = (p: Position): Position => [roundTo(p[0], decimals), roundTo(p[1], decimals)];
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: r(geometry.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(r) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(r)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((ring) => ring.map(r))) };
  }
}

/**
 * Where a horizontal line (a parallel at `lat`) crosses the rings of a
 * polygon geometry: the sorted longitudes of all crossings. Used to find the
 * county's east–west extent through the county seat.
 */
export function crossingsAtLatitude(geometry: Geometry, lat: number): number[] {
  const xs: number[] = [];
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [x1, y1] = ring[i]!;
        const [x2, y2] = ring[i + 1]!;
        // Half-open rule so a vertex exactly on the line counts once.
        if ((y1 <= lat && y2 > lat) || (y2 <= lat && y1 > lat)) {
          xs.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
        }
      }
    }
  }
  return xs.sort((a, b) => a - b);
}

/**
 * Clip a ring to the half-plane north (`side = 'north'`) or south of the
 * parallel `lat` (Sutherland–Hodgman against one edge). A concave ring may
 * come back with zero-width bridges along the cut, which fill invisibly.
 */
export function clipRingAtLatitude(ring: readonly Position[], lat: number, side: 'north' | 'south'): Ring {
  const inside = (p: Position) => (side === 'north' ? p[1] >= lat : p[1] <= lat);
  const cut = (a: Position, b: Position): Position => [a[0] + ((lat - a[1]) / (b[1] - a[1])) * (b[0] - a[0]), lat];
  const out: Ring = [];
  const open = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? ring.slice(0, -1) : ring.slice();
  for (let i = 0; i < open.length; i++) {
    const cur = open[i]!;
    const prev = open[(i + open.length - 1) % open.length]!;
    if (inside(cur)) {
      if (!inside(prev)) out.push(cut(prev, cur));
      out.push(cur);
    } else if (inside(prev)) {
      out.push(cut(prev, cur));
    }
  }
  if (out.length > 0) out.push([out[0]![0], out[0]![1]]);
  return out;
}

/** Clip a polygon geometry to a band of latitudes `[south, north]` (outer rings only). */
export function clipToLatitudeBand(geometry: Geometry, south: number, north: number): Geometry {
  const polygons = polygonsOf(geometry)
    .map((polygon) => clipRingAtLatitude(clipRingAtLatitude(polygon[0]!, south, 'north'), north, 'south'))
    .filter((ring) => ring.length >= 4)
    .map((ring) => [ring]);
  return { type: 'MultiPolygon', coordinates: polygons };
}
