import { describe, expect, it } from 'vitest';
import { radialDiagram } from '../../src/lib/geo/radial-diagram';
import { loadCounties, place, planCounty } from '../../src/lib/geo/counties';

const COUNTY_SEAT = place().seat;
import type { Geometry, Position } from '../../src/lib/geo/geometry';
import { bboxOf, validatePolygon } from '../../src/lib/geo/geometry';
import { arrowhead, structureBands, transitionArrows, valleyAxis } from '../../src/lib/geo/schematic';

const county = planCounty(loadCounties()).geometry;

describe('valley axis', () => {
  it('runs along the parallel through the seat from the county’s west to its east edge', () => {
    const axis = valleyAxis(county, COUNTY_SEAT);
    const [w, , e] = bboxOf(county);
    expect(axis.west[1]).toBe(COUNTY_SEAT[1]);
    expect(axis.east[1]).toBe(COUNTY_SEAT[1]);
    expect(axis.west[0]).toBeGreaterThanOrEqual(w);
    expect(axis.east[0]).toBeLessThanOrEqual(e);
    expect(axis.west[0]).toBeLessThan(COUNTY_SEAT[0]);
    expect(axis.east[0]).toBeGreaterThan(COUNTY_SEAT[0]);
  });

  it('refuses a seat whose parallel misses the county', () => {
    expect(() => valleyAxis(county, [81.8, 45])).toThrow(/does not cross/);
  });
});

describe('structure bands', () => {
  const axis = valleyAxis(county, COUNTY_SEAT);
  const bands = structureBands(county, axis.west[1]);

  it('puts the wings next to the axis and the mountains beyond them, north and south', () => {
    const lat = COUNTY_SEAT[1];
    const [, nwS, , nwN] = bboxOf(bands.northWing);
    const [, nmS, , nmN] = bboxOf(bands.northMountains);
    const [, swS, , swN] = bboxOf(bands.southWing);
    const [, smS, , smN] = bboxOf(bands.southMountains);
    expect(nwS).toBeGreaterThan(lat);
    expect(nmS).toBeCloseTo(nwN, 9);
    expect(nmN).toBeCloseTo(bboxOf(county)[3], 9);
    expect(swN).toBeLessThan(lat);
    expect(smN).toBeCloseTo(swS, 9);
    expect(smS).toBeCloseTo(bboxOf(county)[1], 9);
  });

  it('clips every band to the county’s extent and yields valid polygons', () => {
    const [w, , e] = bboxOf(county);
    for (const g of Object.values(bands) as Geometry[]) {
      const [bw, , be] = bboxOf(g);
      expect(bw).toBeGreaterThanOrEqual(w - 1e-9);
      expect(be).toBeLessThanOrEqual(e + 1e-9);
      expect(validatePolygon(g)).toEqual([]);
    }
  });
});

describe('arrows', () => {
  it('points an arrowhead at the tip, symmetric about the shaft', () => {
    const head = arrowhead([82, 43], [82, 43.2], 0.05);
    const [tip, left, right] = (head.coordinates as Position[][])[0]!;
    expect(tip).toEqual([82, 43.2]);
    expect(left![1]).toBeCloseTo(right![1], 12);
    expect(left![1]).toBeCloseTo(43.15, 12);
    expect(left![0] - 82).toBeCloseTo(82 - right![0], 12);
  });

  it('draws four transition arrows, two north and two south of the axis', () => {
    const axis = valleyAxis(county, COUNTY_SEAT);
    const arrows = transitionArrows(county, axis, 0.05);
    expect(arrows).toHaveLength(4);
    const tips = arrows.map((a) => (a.shaft.coordinates as Position[])[1]![1]);
    expect(tips.filter((t) => t > COUNTY_SEAT[1])).toHaveLength(2);
    expect(tips.filter((t) => t < COUNTY_SEAT[1])).toHaveLength(2);
  });
});

describe('radial town diagram', () => {
  const EIGHT_BY_FOUR = { radials: 8, rings: ['一环', '二环', '三环', '四环'] };

  it('draws the streets and rings the figure gives, centred in the drawing', () => {
    const d = radialDiagram(EIGHT_BY_FOUR);
    expect(d.radials).toHaveLength(8);
    expect(d.rings.map((r) => r.label)).toEqual(['一环', '二环', '三环', '四环']);
    expect(d.centre).toEqual({ x: 160, y: 160, r: expect.any(Number) });
    const other = radialDiagram({ radials: 6, rings: ['内环', '外环'], size: 200 });
    expect(other.radials).toHaveLength(6);
    expect(other.rings.map((r) => r.label)).toEqual(['内环', '外环']);
    expect(other.centre).toMatchObject({ x: 100, y: 100 });
  });

  it('spaces the radials evenly, each from the centre’s edge past the outer ring', () => {
    const d = radialDiagram(EIGHT_BY_FOUR);
    expect(d.radials.map((r) => r.angle)).toEqual([0, 45, 90, 135, 180, 225, 270, 315]);
    const outer = d.rings.at(-1)!.r;
    for (const r of d.radials) {
      expect(Math.hypot(r.x1 - 160, r.y1 - 160)).toBeCloseTo(d.centre.r, 0);
      expect(Math.hypot(r.x2 - 160, r.y2 - 160)).toBeGreaterThan(outer);
    }
    expect(d.radials[0]).toMatchObject({ x1: 160, x2: 160 });
    expect(d.radials[0]!.y2).toBeLessThan(160);
    expect(radialDiagram({ radials: 6, rings: ['环'] }).radials.map((r) => r.angle)).toEqual([0, 60, 120, 180, 240, 300]);
  });

  it('puts the ring labels halfway between the first two streets', () => {
    expect(radialDiagram(EIGHT_BY_FOUR).labelAngle).toBe(22.5);
    expect(radialDiagram({ radials: 4, rings: ['环'], rotation: 10 }).labelAngle).toBe(55);
  });

  it('grows the rings outwards evenly and rejects impossible parameters', () => {
    const radii = radialDiagram(EIGHT_BY_FOUR).rings.map((r) => r.r);
    const steps = radii.slice(1).map((r, i) => r - radii[i]!);
    for (const s of steps) expect(s).toBeCloseTo(steps[0]!, 0);
    expect(() => radialDiagram({ radials: 0, rings: ['环'] })).toThrow(/radials/);
    expect(() => radialDiagram({ radials: 2.5, rings: ['环'] })).toThrow(/radials/);
    expect(() => radialDiagram({ radials: 8, rings: [] })).toThrow(/ring/);
  });
});
