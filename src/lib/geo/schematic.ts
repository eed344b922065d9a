/**
 * Schematic (示意) layers of the plan's structure, computed from the county
 * polygon and the county seat (content/geo/place.yaml) only — never typed-in
 * coordinates of places, and never drawn as boundaries.
 *
 * The shapes suit a plan whose structure is one east–west valley axis through
 * the seat with wings and mountain ranges to the north and south (the first
 * plan's drafting notes and facts say so; a figure opts in by its layers in
 * content/geo/figures.yaml). So:
 *
 * - the axis runs along the parallel through the seat, from the county's
 *   western to its eastern edge on that parallel;
 * - the wings and mountains are latitude bands north and south of the axis,
 *   as fixed fractions of the distance from the axis to the county's northern
 *   or southern extent (`BAND_FRACTIONS`), clipped to the county outline.
 *
 * The fractions are drawing choices, not plan data; every layer is labelled 示意.
 */
import type { Geometry, Position } from './geometry';
import { bboxOf, clipToLatitudeBand, crossingsAtLatitude } from './geometry';

/** A line with its ends, for the development axis. */
export interface AxisLine {
  west: Position;
  east: Position;
}

/**
 * The development axis: the parallel through the seat, cut at the westmost
 * and eastmost points where it crosses the county outline. Throws if the
 * parallel does not cross the county (the seat would lie outside it).
 */
export function valleyAxis(county: Geometry, seat: Position): AxisLine {
  const xs = crossingsAtLatitude(county, seat[1]);
  if (xs.length < 2) throw new Error(`valleyAxis: the parallel ${seat[1]}° through the seat does not cross the county outline`);
  const west = xs[0]!;
  const east = xs[xs.length - 1]!;
  if (seat[0] < west || seat[0] > east) throw new Error(`valleyAxis: the seat ${seat.join(',')} lies outside the county's extent on its parallel`);
  return { west: [west, seat[1]], east: [east, seat[1]] };
}

/**
 * Where each band lies, as fractions of the distance from the axis to the
 * county's north (or south) extent. Drawing choices for a schematic only.
 */
export const BAND_FRACTIONS = {
  wing: [0.2, 0.55] as const,
  mountain: [0.55, 1] as const,
};

/** The four bands (wings and mountains, north and south of the axis), each a county-clipped MultiPolygon. */
export interface StructureBands {
  northWing: Geometry;
  southWing: Geometry;
  /** The mountain band at the county's northern edge. */
  northMountains: Geometry;
  /** The mountain band at the county's southern edge. */
  southMountains: Geometry;
}

/** Build the wing and mountain bands from the county outline and the axis latitude. */
export function structureBands(county: Geometry, axisLat: number): StructureBands {
  const [, s, , n] = bboxOf(county);
  if (!(axisLat > s && axisLat < n)) throw new Error(`structureBands: axis latitude ${axisLat} outside the county (${s}–${n})`);
  const north = (f: number) => axisLat + (n - axisLat) * f;
  const south = (f: number) => axisLat - (axisLat - s) * f;
  const { wing, mountain } = BAND_FRACTIONS;
  return {
    northWing: clipToLatitudeBand(county, north(wing[0]), north(wing[1])),
    southWing: clipToLatitudeBand(county, south(wing[1]), south(wing[0])),
    northMountains: clipToLatitudeBand(county, north(mountain[0]), north(mountain[1])),
    southMountains: clipToLatitudeBand(county, south(mountain[1]), south(mountain[0])),
  };
}

/**
 * An arrowhead at `tip` for a shaft coming from `from`: a closed triangle
 * whose length is `size` degrees of latitude. Works in a locally
 * equal-distance frame (longitudes scaled by cos(latitude)) so the head looks
 * symmetric on the map.
 */
export function arrowhead(from: Position, tip: Position, size: number): Geometry {
  const k = Math.cos((tip[1] * Math.PI) / 180);
  const dx = (tip[0] - from[0]) * k;
  const dy = tip[1] - from[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) throw new Error('arrowhead: the shaft has no length');
  const ux = dx / len;
  const uy = dy / len;
  const back: Position = [tip[0] - (ux * size) / k, tip[1] - uy * size];
  const half = size * 0.45;
  const left: Position = [back[0] - (uy * half) / k, back[1] + ux * half];
  const right: Position = [back[0] + (uy * half) / k, back[1] - ux * half];
  return { type: 'Polygon', coordinates: [[tip, left, right, tip]] };
}

/** One arrow: a shaft and one or two heads. */
export interface Arrow {
  shaft: Geometry;
  heads: Geometry[];
}

/** An arrow from `from` to `to` (heads at `to`, and at `from` too when `both`). */
export function arrow(from: Position, to: Position, headSize: number, both = false): Arrow {
  const heads = [arrowhead(from, to, headSize)];
  if (both) heads.push(arrowhead(to, from, headSize));
  return { shaft: { type: 'LineString', coordinates: [from, to] }, heads };
}

/**
 * The arrows from the axis into the wings (a plan's transition to north and south): at one third and two thirds
 * of its length, northwards and southwards into the middle of each wing band.
 */
export function transitionArrows(county: Geometry, axis: AxisLine, headSize: number): Arrow[] {
  const [, s, , n] = bboxOf(county);
  const lat = axis.west[1];
  const wingMiddle = (BAND_FRACTIONS.wing[0] + BAND_FRACTIONS.wing[1]) / 2;
  const northTo = lat + (n - lat) * wingMiddle;
  const southTo = lat - (lat - s) * wingMiddle;
  const arrows: Arrow[] = [];
  for (const t of [1 / 3, 2 / 3]) {
    const lon = axis.west[0] + (axis.east[0] - axis.west[0]) * t;
    arrows.push(arrow([lon, lat], [lon, northTo], headSize), arrow([lon, lat], [lon, southTo], headSize));
  }
  return arrows;
}
