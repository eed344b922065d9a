/**
 * pandoc's grid tables, in Markdown or plain text exported by pandoc:
 *
 *     +------------+--------+
 *     | 指标名称   | 单位   |
 *     +============+========+
 *     | 城乡建设用 | 平方千 |
 *     | 地规模     | 米     |
 *     +------------+--------+
 *
 * Borders are layout; each row runs from one border to the next, a cell's
 * text wrapped over its lines. Cells are split at `|` (a `|` in a cell is
 * written `\|`), not at the border's columns, which count a CJK character as
 * two. Tables with merged cells (a border line of a row that is not whole)
 * are left as they are, for the caller to say.
 */
import { joinWrapped } from './paragraphs.ts';

/** A border line: `+---+---+`, `+===+===+` under the header, `+:--+--:+` with alignment. */
const BORDER = /^\+(?:[-=:]+\+)+$/;
/** A row line: `| … | … |`. */
const ROW = /^\|.*\|$/;

/**
 * A table drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, single or
 * double lines), as some converters and editors draw one, is the same grid
 * in other strokes: read in `+`, `-`, `=` and `|` (the tester's list of
 * 2026-12-03: its strokes ended up in the cells).
 */
export function asAsciiGrid(line: string): string {
  // A border line is strokes alone; in a row, only the column rules are the grid's (a cell's ── is its text: review of the change).
  if (BOX_BORDER.test(line.trim())) return line.replace(/[┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜]/g, '+').replace(/[─━]/g, '-').replace(/═/g, '=');
  return line.replace(/[│┃║]/g, '|');
}

/** A border drawn with box-drawing characters: corners, joints and rules, nothing else. */
const BOX_BORDER = /^[┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜─━═]+$/;

/** Whether a line is a grid table's border. */
export function isGridBorder(line: string): boolean {
  return BORDER.test(asAsciiGrid(line.trim()));
}

/** The rows of a grid table whose first border is at `lines[start]`, and its last line's index; null if it is not one. */
export function readGridTable(lines: readonly string[], start: number): { rows: string[][]; end: number } | null {
  const first = asAsciiGrid(lines[start]?.trim() ?? '');
  if (!BORDER.test(first)) return null;
  const width = first.split('+').length - 2;
  const rows: string[][] = [];
  let pending: string[][] = [];
  let end = start;
  for (let k = start + 1; k < lines.length; k++) {
    const t = asAsciiGrid(lines[k]!.trim());
    if (BORDER.test(t)) {
      if (t.split('+').length - 2 !== width) return null;
      if (pending.length) rows.push(Array.from({ length: width }, (_, j) => joinWrapped(pending.map((cells) => cells[j] ?? '').filter(Boolean)).text));
      pending = [];
      end = k;
      continue;
    }
    if (!ROW.test(t)) break;
    // pandoc writes a | in a cell as \|: split at the others, then unescape.
    const cells = t.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
    if (cells.length !== width) return null;
    pending.push(cells);
  }
  // A table ends on a border, with at least one row.
  return rows.length && pending.length === 0 ? { rows, end } : null;
}
