/**
 * The Bagua City (八卦城) diagram: a centre, eight main streets radiating out
 * and four ring roads (facts F8). It is a diagram in its own units, not a map:
 * there are no coordinates of streets in our sources, so none are drawn.
 */

/** Parameters of the diagram. */
export interface BaguaParams {
  /** Side of the square drawing in SVG units. */
  size: number;
  /** Number of main streets radiating from the centre (F8: eight). */
  radials: number;
  /** Number of ring roads (F8: four). */
  rings: number;
  /** Rotation of the first radial street from north, in degrees (a drawing choice). */
  rotation: number;
  /** Radius of the central space, as a fraction of the outer ring's radius. */
  centreFraction: number;
}

/** F8: eight radial main streets, four rings. */
export const BAGUA_DEFAULTS: BaguaParams = { size: 320, radials: 8, rings: 4, rotation: 0, centreFraction: 0.12 };

/** The computed diagram, in SVG units. */
export interface BaguaDiagram {
  size: number;
  centre: { x: number; y: number; r: number };
  /** Ring radii from inside out. */
  rings: Array<{ r: number; label: string }>;
  /** Radial streets from the centre's edge to beyond the outer ring. */
  radials: Array<{ x1: number; y1: number; x2: number; y2: number; angle: number }>;
}

const RING_LABELS = ['一环', '二环', '三环', '四环', '五环', '六环'];

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Lay out the diagram: rings evenly spaced between the centre and 84 % of the
 * half-size (room for labels), radials evenly spaced round the full circle
 * starting at `rotation` degrees clockwise from north (up).
 */
export function baguaDiagram(params: Partial<BaguaParams> = {}): BaguaDiagram {
  const p = { ...BAGUA_DEFAULTS, ...params };
  if (!Number.isInteger(p.radials) || p.radials < 1) throw new Error(`baguaDiagram: radials must be a whole number ≥ 1, got ${p.radials}`);
  if (!Number.isInteger(p.rings) || p.rings < 1 || p.rings > RING_LABELS.length) {
    throw new Error(`baguaDiagram: rings must be a whole number 1–${RING_LABELS.length}, got ${p.rings}`);
  }
  const c = p.size / 2;
  const outer = c * 0.84;
  const centreR = outer * p.centreFraction;
  const step = (outer - centreR) / p.rings;
  const rings = Array.from({ length: p.rings }, (_, i) => ({ r: r1(centreR + step * (i + 1)), label: RING_LABELS[i]! }));
  const end = outer + step * 0.45;
  const radials = Array.from({ length: p.radials }, (_, i) => {
    const angle = p.rotation + (360 / p.radials) * i;
    const a = (angle * Math.PI) / 180;
    const dx = Math.sin(a);
    const dy = -Math.cos(a);
    return { x1: r1(c + dx * centreR), y1: r1(c + dy * centreR), x2: r1(c + dx * end), y2: r1(c + dy * end), angle };
  });
  return { size: p.size, centre: { x: c, y: c, r: r1(centreR) }, rings, radials };
}
