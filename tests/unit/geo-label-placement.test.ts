import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels, type LabelBox } from '../../src/lib/geo/label-placement';
import { loadCounties } from '../../src/lib/geo/counties';
import { FIGURES, isMapFigure } from '../../src/lib/geo/figures';
import { buildMapModel, renderSvgMap } from '../../src/lib/geo/map-model';
import { MAP_TEXT } from '../../src/lib/geo/map-overlay';

/** The estimated box of a placed label, as the SVG draws it (font size 12 unless given, baseline at y). */
function box(l: { text: string; x: number; y: number; anchor: 'start' | 'middle' }, size = 12) {
  const w = labelWidth(l.text, size);
  const left = l.anchor === 'start' ? l.x : l.x - w / 2;
  return { left, right: left + w, top: l.y - (size * 3) / 4, bottom: l.y + size / 4 };
}

function overlaps(a: ReturnType<typeof box>, b: ReturnType<typeof box>): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const label = (text: string, x: number, y: number, priority = 1): LabelBox => ({ text, x, y, anchor: 'middle', priority });

describe('map label placement', () => {
  it('estimates a CJK glyph at one em and a Latin letter at about half', () => {
    expect(labelWidth('伊宁市')).toBe(36);
    expect(labelWidth('ab')).toBeCloseTo(13.2);
    expect(labelWidth('伊宁市', 20)).toBe(60);
  });

  it('places labels for the size they are drawn at: two that clear each other at 12 units are moved apart at 20', () => {
    const labels = [label('昭苏县', 100, 100, 0), label('巩留县', 150, 100, 1)];
    expect(placeLabels(labels, 400, 300)).toEqual([{ x: 100, y: 100 }, { x: 150, y: 100 }]);
    const at = placeLabels(labels, 400, 300, [], undefined, 20);
    expect(at[0]).toEqual({ x: 100, y: 100 });
    expect(overlaps(box({ ...labels[0]!, ...at[0]! }, 20), box({ ...labels[1]!, ...at[1]! }, 20))).toBe(false);
  });

  it('leaves labels that do not touch where they are', () => {
    const at = placeLabels([label('昭苏县', 50, 50), label('巩留县', 200, 50)], 300, 200);
    expect(at).toEqual([{ x: 50, y: 50 }, { x: 200, y: 50 }]);
  });

  it('moves the lower-priority label of two that overlap and keeps the other in place', () => {
    const labels = [label('伊宁县', 100, 100, 2), label('伊宁市', 104, 102, 0)];
    const at = placeLabels(labels, 300, 200);
    expect(at[1]).toEqual({ x: 104, y: 102 });
    expect(at[0]).not.toEqual({ x: 100, y: 100 });
    expect(overlaps(box({ ...labels[0]!, ...at[0]! }), box({ ...labels[1]!, ...at[1]! }))).toBe(false);
  });

  it('finds a free place further out when every near offset is taken', () => {
    // A long line label amid names on a small phone map: every offset of the first ring touches one.
    const fixed = [label('北翼（示意）', 110, 80, 0), label('特克斯镇', 200, 98, 0), label('北部山地（示意）', 150, 60, 0), label('特克斯县', 190, 120, 0)];
    const line = label('一轴带动、沿河发展（示意）', 200, 80, 1);
    const at = placeLabels([...fixed, line], 340, 360);
    const placed = fixed.map((l, i) => box({ ...l, ...at[i]! }));
    const moved = box({ ...line, ...at[4]! });
    expect(placed.filter((b) => overlaps(b, moved))).toEqual([]);
  });

  it('keeps labels out of the corners reserved for the scale bar', () => {
    const at = placeLabels([label('南翼', 30, 190)], 300, 200, [{ left: 0, top: 170, right: 100, bottom: 200 }]);
    expect(at[0]!.y).toBeLessThan(170);
  });

  it('draws no two labels of any figure over each other, nor outside the map, in the wide and the narrow drawing', () => {
    const counties = loadCounties();
    for (const f of FIGURES.filter(isMapFigure)) {
      const svg = renderSvgMap(buildMapModel(f, counties));
      for (const [size, labels] of [[MAP_TEXT.wide.label, svg.labels], [MAP_TEXT.narrow.label, svg.narrowLabels]] as const) {
        const boxes = labels.map((l) => ({ text: l.text, ...box({ ...l, anchor: l.layer === 'seat' ? 'start' : 'middle' }, size) }));
        const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `附图${f.number} (${size}): ${a.text} × ${b.text}`));
        expect(clashes).toEqual([]);
        const outside = boxes.filter((b) => b.left < 0 || b.top < 0 || b.right > svg.width || b.bottom > svg.height).map((b) => `附图${f.number} (${size}): ${b.text}`);
        expect(outside).toEqual([]);
        expect(labels.map((l) => l.text)).toEqual(svg.labels.map((l) => l.text));
      }
    }
  });
});
