/**
 * Reading the static map back: parse the SVG path strings that `projection.ts`
 * writes and invert the projection, so the interactive map is built from the
 * very SVG the server rendered instead of a second copy of the geometry in
 * the page. No value imports: this runs in the browser.
 */
import type { BBox, Position } from './geometry';

/** What the browser needs to invert a fitted equirectangular projection. */
export interface ProjectionParams {
  /** West, south, east, north of the drawn box. */
  bbox: BBox;
  padding: number;
  unitsPerDegree: number;
  cosLat0: number;
}

/** `[x, y]` in SVG units back to `[lon, lat]` (the inverse of `fitProjection`'s `project`). */
export function invertPoint(p: ProjectionParams, [x, y]: [number, number]): Position {
  const [w, , , n] = p.bbox;
  return [w + (x - p.padding) / (p.cosLat0 * p.unitsPerDegree), n - (y - p.padding) / p.unitsPerDegree];
}

/** One subpath: its points and whether it ends with `Z`. */
export interface Subpath {
  points: Array<[number, number]>;
  closed: boolean;
}

/**
 * Parse a path made only of `M`, `L`/`l`, `H`/`h`, `V`/`v` and `Z` commands
 * (`svgPath` writes `M`, `l` and `Z`). Throws on anything else, so a change of
 * writer cannot silently draw a wrong map.
 */
export function parseSvgPath(d: string): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | null = null;
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let i = 0;
  const num = () => {
    const t = tokens[i++];
    const v = Number(t);
    if (t === undefined || !Number.isFinite(v)) throw new Error(`parseSvgPath: expected a number at token ${i - 1} of "${d.slice(0, 40)}…"`);
    return v;
  };
  let cmd = '';
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (/[A-Za-z]/.test(t)) {
      cmd = t;
      i++;
      if (cmd === 'Z') {
        if (current) current.closed = true;
        current = null;
        continue;
      }
      if (!'MLHVlhv'.includes(cmd)) throw new Error(`parseSvgPath: unsupported command ${cmd}`);
    } else if (!cmd || cmd === 'Z') {
      throw new Error(`parseSvgPath: a number without a command in "${d.slice(0, 40)}…"`);
    }
    const last = current?.points[current.points.length - 1];
    if (cmd === 'M') {
      current = { points: [[num(), num()]], closed: false };
      out.push(current);
      cmd = 'L'; // further pairs after M are line-tos
    } else if (!current || !last) {
      throw new Error(`parseSvgPath: ${cmd} before M`);
    } else if (cmd === 'L') {
      current.points.push([num(), num()]);
    } else if (cmd === 'l') {
      current.points.push([last[0] + num(), last[1] + num()]);
    } else if (cmd === 'H') {
      current.points.push([num(), last[1]]);
    } else if (cmd === 'h') {
      current.points.push([last[0] + num(), last[1]]);
    } else if (cmd === 'V') {
      current.points.push([last[0], num()]);
    } else {
      current.points.push([last[0], last[1] + num()]);
    }
  }
  return out;
}
