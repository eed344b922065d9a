import { describe, expect, it } from 'vitest';
import { loadCounties, planCounty } from '../../src/lib/geo/counties';
import { FIGURES, isMapFigure } from '../../src/lib/geo/figures';
import { polygonsOf } from '../../src/lib/geo/geometry';
import { DISPLAY_TOLERANCE, buildMapModel, displayTolerance, renderSvgMap } from '../../src/lib/geo/map-model';
import { fitProjection, pathOfPoints, svgDisplayPath } from '../../src/lib/geo/projection';
import type { Point } from '../../src/lib/geo/simplify';
import { douglasPeucker, crossesItself, pointInRing, ringArea2, simplifyDisplayRing, snapRing } from '../../src/lib/geo/simplify';
import { parseSvgPath } from '../../src/lib/geo/svg-path';
import { driftText } from '../../src/lib/geo/describe';

/** Distance from `p` to the closed outline `ring`. */
function distanceToRing(p: Point, ring: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]));
  }
  return best;
}

describe('Douglas–Peucker and ring clean-up', () => {
  it('keeps the ends and only the points that stray more than the tolerance', () => {
    const line: Point[] = [[0, 0], [1, 0.2], [2, -0.1], [3, 5], [4, 0.1], [5, 0]];
    expect(douglasPeucker(line, 0.5)).toEqual([[0, 0], [2, -0.1], [3, 5], [4, 0.1], [5, 0]]);
    expect(douglasPeucker(line, 10)).toEqual([[0, 0], [5, 0]]);
  });

  it('snaps to the grid and drops repeated, closing and collinear points', () => {
    const ring: Point[] = [[0, 0], [0.2, 0.1], [5, 0], [10, 0.3], [10, 10], [0, 10], [0, 0]];
    expect(snapRing(ring, 0)).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
  });

  it('tells a figure-eight from a simple ring, and lets a ring touch itself', () => {
    expect(crossesItself([[0, 0], [10, 0], [10, 10], [0, 10]])).toBe(false);
    expect(crossesItself([[0, 0], [10, 10], [10, 0], [0, 10]])).toBe(true);
    expect(crossesItself([[0, 0], [10, 0], [5, 5], [10, 10], [0, 10], [5, 5]])).toBe(false);
  });

  it('drops a speck smaller than the grid and keeps a square', () => {
    expect(simplifyDisplayRing([[5, 5], [5.3, 5.1], [5.2, 5.4], [5, 5]], { tolerance: 1, decimals: 0 })).toEqual([]);
    expect(simplifyDisplayRing([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], { tolerance: 1, decimals: 0 })).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
  });

  it('halves the tolerance rather than return a ring that crosses itself', () => {
    // A thin notch: at tolerance 3 its two sides would be cut to cross each other.
    const ring: Point[] = [[0, 0], [20, 0], [20, 20], [11, 20], [10.4, 2], [9.6, 2], [9, 20], [0, 20]];
    const out = simplifyDisplayRing(ring, { tolerance: 3, decimals: 1 });
    expect(crossesItself(out)).toBe(false);
    expect(out.length).toBeGreaterThanOrEqual(4);
  });
});

describe('display outlines of the real counties', () => {
  const counties = loadCounties();
  const county = planCounty(counties).geometry;

  it('keeps every display ring of every figure closed and uncrossed, real outlines within tolerance plus half a grid step of the data, bands within 3 % of their area', () => {
    for (const fig of FIGURES.filter(isMapFigure)) {
      const model = buildMapModel(fig, counties);
      const svg = renderSvgMap(model);
      for (const layer of model.layers) {
        for (const feat of layer.features) {
          if (feat.properties.role !== 'area') continue;
          const tol = displayTolerance(layer.kind);
          const d = svgDisplayPath(feat.geometry, svg.projection, { tolerance: tol, decimals: 0 });
          const subs = parseSvgPath(d);
          expect(subs.length, `附图${fig.number} ${feat.properties.label}`).toBeGreaterThan(0);
          for (const s of subs) {
            expect(s.closed).toBe(true);
            expect(crossesItself(s.points), `附图${fig.number} ${layer.kind} ${feat.properties.label}`).toBe(false);
          }
          const drawn = subs.map((s) => s.points);
          const outers = polygonsOf(feat.geometry).map((p) => p[0]!.map((q) => svg.projection.project(q)));
          if (feat.properties.schematic) {
            // Bands cut from the county carry zero-width slivers along the cut (styles.ts), which the
            // clean-up drops: for them, the drawn area stays within 3 % of the data's.
            const area = (rings: Point[][]) => rings.reduce((n, r) => n + Math.abs(ringArea2(r)) / 2, 0);
            expect(Math.abs(area(drawn) / area(outers) - 1), `附图${fig.number} ${feat.properties.label}`).toBeLessThan(0.03);
            continue;
          }
          // Every vertex of a real outline lies near the drawn outline.
          for (const pts of outers) {
            if (Math.abs(ringArea2(pts)) / 2 < 4) continue; // specks are left out on purpose
            pts.forEach((p, i) => {
              // The tip of a zero-width spike (out and back along one line) has nothing to draw.
              const prev = pts[(i - 1 + pts.length) % pts.length]!;
              const next = pts[(i + 1) % pts.length]!;
              if (Math.hypot(prev[0] - next[0], prev[1] - next[1]) < 1e-9) return;
              expect(Math.min(...drawn.map((r) => distanceToRing(p, r))), `附图${fig.number} ${feat.properties.label} ${p.map((v) => v.toFixed(1)).join(',')}`).toBeLessThan(tol + 0.75);
            });
          }
        }
      }
    }
  });

  it('writes the county outline in fewer than a third of the source vertices on the locator map', () => {
    const p = fitProjection([80.06, 42.2, 85.36, 44.9], 640, 12);
    const source = polygonsOf(county).reduce((n, poly) => n + poly.reduce((m, r) => m + r.length, 0), 0);
    const drawn = parseSvgPath(svgDisplayPath(county, p, { tolerance: DISPLAY_TOLERANCE.county, decimals: 0 })).reduce((n, s) => n + s.points.length, 0);
    expect(drawn).toBeLessThan(source / 3);
    expect(pathOfPoints([[1, 2], [4, 2], [4, 6]], true)).toBe('M1 2l3 0 0 4Z');
  });

  it('keeps every band’s name inside its drawn band', () => {
    let checked = 0;
    for (const fig of FIGURES.filter(isMapFigure)) {
      const svg = renderSvgMap(buildMapModel(fig, counties));
      for (const label of svg.labels.filter((l) => l.layer === 'wings' || l.layer === 'mountains')) {
        checked++;
        const item = svg.items.find((i) => i.label === label.text)!;
        const rings = parseSvgPath(item.d).map((s) => s.points);
        // The text's baseline sits 4 units below the anchor (renderSvgMap): test the anchor itself.
        const inside = rings.filter((r) => pointInRing([label.x, label.y - 4], r)).length % 2 === 1;
        expect(inside, `附图${fig.number} ${label.text}`).toBe(true);
      }
    }
    // The figures do draw named bands: a loop over none would prove nothing.
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps the county name inside the drawn county on every figure that labels it', () => {
    let checked = 0;
    for (const fig of FIGURES.filter(isMapFigure)) {
      const svg = renderSvgMap(buildMapModel(fig, counties));
      const label = svg.labels.find((l) => l.layer === 'county');
      if (!label) continue;
      checked++;
      const rings = parseSvgPath(svg.items.find((i) => i.layer === 'county')!.d).map((s) => s.points);
      // Even–odd over all rings, as the SVG fills it.
      const inside = rings.filter((r) => pointInRing([label.x, label.y], r)).length % 2 === 1;
      expect(inside, `附图${fig.number}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('says how far the drawn county line may stray, in km from 1 km up and in whole 100 m below', () => {
    expect(driftText(1.014)).toBe('1.0公里');
    expect(driftText(0.29)).toBe('300米');
    expect(driftText(0.3)).toBe('300米');
    expect(driftText(0.071)).toBe('100米');
  });

  it('prints the bytes of every figure’s paths', () => {
    for (const fig of FIGURES.filter(isMapFigure)) {
      const svg = renderSvgMap(buildMapModel(fig, counties));
      const bytes = svg.items.reduce((n, i) => n + i.d.length, 0);
      console.log(`附图${fig.number}: ${bytes} bytes of SVG paths, county outline within ${svg.toleranceKm.toFixed(2)} km`);
      expect(bytes).toBeGreaterThan(0);
    }
  });
});
