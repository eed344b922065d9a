/**
 * Moves map labels apart so that none hides another (issue #14: a county name
 * under its neighbours' on the home map, 南翼 over the plan county's own label). Greedy, in priority
 * order: each label keeps its place if it is free, else takes the nearest
 * free candidate offset, else the one that overlaps least. Text widths are
 * estimated from the character count (a CJK glyph is one em wide), which is
 * what the static SVG and its print need; no font metrics at build time.
 */

/** A label to place: its anchor point and how the text hangs from it. */
export interface LabelBox {
  text: string;
  x: number;
  y: number;
  /** `start`: text begins at x; `middle`: text is centred on x. */
  anchor: 'start' | 'middle';
  /** Lower is placed first and so keeps its place. */
  priority: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Font size the static map uses for labels, in SVG units. */
export const LABEL_FONT_SIZE = 12;
/** The halo drawn round the text (stroke-width 3) plus a little air. */
const PAD = 2;

/** Estimated width of `text` at `size` (LABEL_FONT_SIZE by default): CJK glyphs one em, others about half. */
export function labelWidth(text: string, size = LABEL_FONT_SIZE): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch) ? 1 : 0.55;
  return em * size;
}

function rectOf(l: LabelBox, dx: number, dy: number, pad: number, size: number): Rect {
  const w = labelWidth(l.text, size);
  const left = (l.anchor === 'start' ? l.x : l.x - w / 2) + dx;
  // The baseline is at y; a quarter em of descent below it.
  const bottom = l.y + dy + size / 4;
  return { left: left - pad, top: bottom - size - pad, right: left + w + pad, bottom: bottom + pad };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Offsets tried in order: stay, then above/below, then beside, then further
 * out; a second ring is tried only when the first has no free place (a small
 * phone map, where a line's label overlapped a wing's name at every near offset).
 */
function candidates(l: LabelBox, size: number): [number, number][] {
  const step = size + 2;
  const side = labelWidth(l.text, size) / 2 + 6;
  const near: [number, number][] = [[0, 0], [0, -step], [0, step], [side, 0], [-side, 0], [0, -2 * step], [0, 2 * step], [side, -step], [-side, -step], [side, step], [-side, step]];
  const far: [number, number][] = [[0, -3 * step], [0, 3 * step], [side, -2 * step], [-side, -2 * step], [side, 2 * step], [-side, 2 * step], [2 * side, 0], [-2 * side, 0]];
  return [...near, ...far];
}

/**
 * Positions for `labels` (same order as given) inside a `width`×`height`
 * drawing, avoiding each other and the `keepOut` rectangles (scale bar,
 * north arrow). `pad` is the air kept round each text (more where the text's
 * box is less certain, as on the live map); `size` is the labels' font size.
 */
export function placeLabels(labels: LabelBox[], width: number, height: number, keepOut: Rect[] = [], pad = PAD, size = LABEL_FONT_SIZE): { x: number; y: number }[] {
  const placed: Rect[] = [...keepOut];
  const out: { x: number; y: number }[] = labels.map((l) => ({ x: l.x, y: l.y }));
  const order = labels.map((l, i) => ({ l, i })).sort((a, b) => a.l.priority - b.l.priority || a.i - b.i);
  for (const { l, i } of order) {
    let best: { cost: number; dx: number; dy: number; rect: Rect } | undefined;
    for (const [dx, dy] of candidates(l, size)) {
      const rect = rectOf(l, dx, dy, pad, size);
      const outside = rect.left < 0 || rect.top < 0 || rect.right > width || rect.bottom > height ? 1e6 : 0;
      const cost = outside + placed.reduce((sum, p) => sum + overlap(rect, p), 0);
      if (!best || cost < best.cost) best = { cost, dx, dy, rect };
      if (cost === 0) break;
    }
    placed.push(best!.rect);
    out[i] = { x: Math.round((l.x + best!.dx) * 10) / 10, y: Math.round((l.y + best!.dy) * 10) / 10 };
  }
  return out;
}

export type { Rect as LabelRect };
