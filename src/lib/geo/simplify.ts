/**
 * Display simplification of projected rings, in SVG units (≈ CSS pixels at
 * the drawn size). The static maps are drawn about 640 units wide: vertices
 * closer together than a pixel are invisible and only cost bytes in every
 * page that shows a map. Rings are simplified with Douglas–Peucker, snapped
 * to a grid, cleaned of repeated and collinear points, and kept simple (no
 * self-crossing): when a tolerance would make a ring cross itself, the ring
 * is retried with half the tolerance.
 */

/** A projected point `[x, y]` in SVG units. */
export type Point = [number, number];

/** Squared distance from `p` to the segment `a`–`b`. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/**
 * Douglas–Peucker on an open polyline: keeps the end points and every point
 * needed so that no dropped point lies farther than `tolerance` from the
 * result. Iterative, so long lines cannot overflow the stack.
 */
export function douglasPeucker(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.map((p) => [p[0], p[1]]);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let far = -1;
    let farDist = tol2;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistance2(points[i]!, points[from]!, points[to]!);
      if (d > farDist) {
        farDist = d;
        far = i;
      }
    }
    if (far < 0) continue;
    keep[far] = 1;
    stack.push([from, far], [far, to]);
  }
  return points.filter((_, i) => keep[i]).map((p) => [p[0], p[1]]);
}

/** Drop a repeated closing point (`Z` closes a ring in SVG). */
function open(ring: readonly Point[]): Point[] {
  const pts = ring.map((p): Point => [p[0], p[1]]);
  while (pts.length > 1 && pts[0]![0] === pts[pts.length - 1]![0] && pts[0]![1] === pts[pts.length - 1]![1]) pts.pop();
  return pts;
}

/** Twice the signed area of a ring (shoelace); the closing point may be repeated or not. */
export function ringArea2(ring: readonly Point[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s;
}

/** Whether `p` is inside `ring` (even–odd rule). */
export function pointInRing(p: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const orient = (a: Point, b: Point, c: Point) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
/**
 * Whether a ring (closing point not repeated) crosses itself: two of its
 * edges cross properly, each passing from one side of the other to the other
 * side. Edges that merely touch (a one-unit neck snapped onto the grid) are
 * allowed: they draw and fill the same either way. O(n²), fine for the few
 * hundred vertices of a display ring.
 */
export function crossesItself(ring: readonly Point[]): boolean {
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // the last edge meets the first at vertex 0
      const c = ring[j]!;
      const d = ring[(j + 1) % n]!;
      if (orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0) return true;
    }
  }
  return false;
}

/**
 * Snap a ring to a grid of `10^-decimals` units and drop what the snapping
 * makes redundant: repeated points and points on a straight line between
 * their neighbours. Returns the ring without a repeated closing point.
 */
export function snapRing(ring: readonly Point[], decimals: number): Point[] {
  const f = 10 ** decimals;
  const pts: Point[] = [];
  for (const p of open(ring)) {
    const q: Point = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
  }
  while (pts.length > 1 && pts[0]![0] === pts[pts.length - 1]![0] && pts[0]![1] === pts[pts.length - 1]![1]) pts.pop();
  // Remove collinear vertices until none is left (each removal can expose another).
  let changed = true;
  while (changed && pts.length > 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length > 3; i++) {
      const prev = pts[(i - 1 + pts.length) % pts.length]!;
      const next = pts[(i + 1) % pts.length]!;
      if (orient(prev, pts[i]!, next) === 0) {
        pts.splice(i, 1);
        changed = true;
        i--;
      }
    }
  }
  return pts;
}

/** Options for `simplifyDisplayRing`. */
export interface DisplayRingOptions {
  /** Largest distance, in SVG units, between a dropped vertex and the simplified outline. */
  tolerance: number;
  /** Decimals of the output grid (0: whole units). */
  decimals: number;
}

/**
 * Simplify one closed ring for display: Douglas–Peucker in two halves (split
 * at the vertex farthest from the first, so the ring's extent survives),
 * snapped to the grid, with no self-crossing. If the result would cross
 * itself, the tolerance is halved until it does not; if even the snapped
 * original crosses itself (two edges closer than the grid), the grid is made
 * ten times finer. Returns `[]` for a ring that collapses (fewer than 3
 * distinct points, or no area): a speck or sliver thinner than the
 * tolerance, which the drawing could not show.
 */
export function simplifyDisplayRing(ring: readonly Point[], { tolerance, decimals }: DisplayRingOptions): Point[] {
  const pts = open(ring);
  if (pts.length < 3) return [];
  let far = 1;
  let farDist = -1;
  for (let i = 1; i < pts.length; i++) {
    const d = Math.hypot(pts[i]![0] - pts[0]![0], pts[i]![1] - pts[0]![1]);
    if (d > farDist) {
      farDist = d;
      far = i;
    }
  }
  for (let tol = tolerance; tol >= 10 ** -decimals / 4; tol /= 2) {
    const simple = [...douglasPeucker(pts.slice(0, far + 1), tol), ...douglasPeucker([...pts.slice(far), pts[0]!], tol).slice(1, -1)];
    const snapped = snapRing(simple, decimals);
    if (snapped.length < 3 || ringArea2(snapped) === 0) return [];
    if (!crossesItself(snapped)) return snapped;
  }
  // Give up on simplifying past a finer grid: a source that crosses itself is drawn as it is.
  return decimals >= 2 ? snapRing(pts, decimals) : simplifyDisplayRing(pts, { tolerance, decimals: decimals + 1 });
}
