import { describe, expect, it } from 'vitest';
import { KM_PER_DEGREE, fitProjection, roundDownNice, scaleBar, svgPath } from '../../src/lib/geo/projection';
import { invertPoint, parseSvgPath, type ProjectionParams } from '../../src/lib/geo/svg-path';
import { loadCounties, planCounty } from '../../src/lib/geo/counties';
import { bboxOf, type Position } from '../../src/lib/geo/geometry';

describe('fitProjection', () => {
  const p = fitProjection([81, 43, 82, 44], 640, 10);

  it('puts the north-west corner at the padding and the east edge at width minus padding', () => {
    expect(p.project([81, 44])).toEqual([10, 10]);
    expect(p.project([82, 44])[0]).toBeCloseTo(630, 6);
  });

  it('shrinks longitudes by the cosine of the middle latitude, so the height follows', () => {
    const cos = Math.cos((43.5 * Math.PI) / 180);
    expect(p.cosLat0).toBeCloseTo(cos, 12);
    expect(p.height).toBe(Math.round(620 / cos + 20));
  });

  it('inverts what it projects', () => {
    const [lon, lat] = p.invert(p.project([81.836, 43.214]));
    expect(lon).toBeCloseTo(81.836, 9);
    expect(lat).toBeCloseTo(43.214, 9);
  });

  it('rejects an empty box', () => {
    expect(() => fitProjection([81, 43, 81, 44], 640)).toThrow(/empty bounding box/);
  });
});

describe('svgPath', () => {
  // Centred on the equator, so cos(lat0) = 1 and units are plain degrees × 10.
  const p = fitProjection([0, -5, 10, 5], 100);

  it('writes a closed ring with Z and without repeating the first point', () => {
    const d = svgPath({ type: 'Polygon', coordinates: [[[0, -5], [10, -5], [10, 5], [0, -5]]] }, p);
    expect(d).toBe('M0 100l100 0 0-100Z');
  });

  it('writes short numbers: no leading zero, a minus sign as separator, no repeated points', () => {
    const d = svgPath({ type: 'LineString', coordinates: [[0, 5], [0.05, 4.95], [0.05, 4.95], [0.1, 5]] }, p);
    expect(d).toBe('M0 0l.5.5.5-.5');
    expect(parseSvgPath(d)).toEqual([{ points: [[0, 0], [0.5, 0.5], [1, 0]], closed: false }]);
  });

  it('writes an open line without Z, one subpath per ring of a multipolygon', () => {
    expect(svgPath({ type: 'LineString', coordinates: [[0, 5], [5, 0]] }, p)).toBe('M0 0l50 50');
    const two = svgPath({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] }, p);
    expect(two.match(/M/g)).toHaveLength(2);
    expect(two.match(/Z/g)).toHaveLength(2);
  });
});

describe('scale bar', () => {
  it('rounds down to 1, 2 or 5 times a power of ten', () => {
    expect([0.7, 1, 1.9, 2, 4.99, 5, 9.9, 12, 37, 180].map(roundDownNice)).toEqual([0.5, 1, 1, 2, 2, 5, 5, 10, 20, 100]);
    expect(() => roundDownNice(0)).toThrow();
  });

  it('draws a round number of km at its true length on the projection', () => {
    // 1 degree of latitude over 111.2 units: one unit is KM_PER_DEGREE / 111.2 km.
    const p = fitProjection([81, 43, 82, 44], 640);
    const bar = scaleBar(p, 160);
    const kmPerUnit = KM_PER_DEGREE / p.unitsPerDegree;
    expect(bar.length).toBeLessThanOrEqual(160);
    expect(bar.length * kmPerUnit).toBeCloseTo(bar.km, 9);
    expect(bar.km).toBe(20);
    expect(bar.label).toBe('20 km');
  });

  it('measures the county about 109 km east–west as facts F6 says, within the data coarseness', () => {
    const p = fitProjection([81.3184, 42.377, 82.6543, 43.4248], 640);
    const [x1] = p.project([81.3184, 42.9]);
    const [x2] = p.project([82.6543, 42.9]);
    const km = ((x2 - x1) * KM_PER_DEGREE) / p.unitsPerDegree;
    expect(km).toBeGreaterThan(105);
    expect(km).toBeLessThan(113);
  });
});

describe('reading the static map back (svg-path.ts)', () => {
  it('parses M/L/H/V/Z into open and closed subpaths', () => {
    expect(parseSvgPath('M0 0L10 0H20V5ZM1 1L2 2')).toEqual([
      { points: [[0, 0], [10, 0], [20, 0], [20, 5]], closed: true },
      { points: [[1, 1], [2, 2]], closed: false },
    ]);
    expect(parseSvgPath('M0.5 -1.5 2 3')).toEqual([{ points: [[0.5, -1.5], [2, 3]], closed: false }]);
  });

  it('refuses commands it does not know, so a change of writer cannot draw a wrong map', () => {
    expect(() => parseSvgPath('M0 0C1 1 2 2 3 3')).toThrow(/unsupported command C/);
    expect(() => parseSvgPath('L1 1')).toThrow(/before M/);
  });

  it('inverts what svgPath wrote back to within 0.1 SVG unit of the original positions', () => {
    const county = planCounty(loadCounties()).geometry;
    const p = fitProjection(bboxOf(county), 640, 12);
    const params: ProjectionParams = { bbox: p.bbox, padding: p.padding, unitsPerDegree: p.unitsPerDegree, cosLat0: p.cosLat0 };
    const ring = (county.coordinates as Position[][])[0]!;
    const [sub] = parseSvgPath(svgPath(county, p));
    expect(sub!.closed).toBe(true);
    expect(sub!.points).toHaveLength(ring.length - 1);
    const tolerance = 0.06 / p.unitsPerDegree / p.cosLat0; // half a rounding step, in degrees of longitude
    sub!.points.forEach((pt, i) => {
      const [lon, lat] = invertPoint(params, pt);
      expect(Math.abs(lon - ring[i]![0])).toBeLessThan(tolerance);
      expect(Math.abs(lat - ring[i]![1])).toBeLessThan(tolerance);
    });
  });
});
