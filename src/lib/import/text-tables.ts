/**
 * Tables typed into plan text: tab-, pipe- or space-aligned rows (Word's
 * "save as text", Markdown, `pdftotext -layout`). Only the cells are read;
 * whether a run of rows is a table is the tree builder's decision.
 */

import { isDataCell } from './cell-tables.ts';
import { printedColumns } from './clean.ts';
import { CAPTION, matchAppendixHeading } from './text-shapes.ts';

/** How a table row is laid out in the text. */
export type RowKind = 'tab' | 'pipe' | 'space';

/** The line between a Markdown table's header and body (`| --- | :---: |`). */
export const PIPE_DELIMITER = /^[|｜]?\s*:?-{3,}:?\s*([|｜]\s*:?-{3,}:?\s*)*[|｜]?$/;

/**
 * A tab table's rows with their leading empty cells put back (`leads[i]` tabs
 * before row i's first cell), less the tabs every row has: a table indented
 * by a tab gains no empty column, while a second header row that starts
 * under the third column stays there.
 */
export function withLeadingCells(rows: readonly string[][], leads: readonly number[]): string[][] {
  const shared = Math.min(...leads);
  return rows.map((r, i) => [...Array<string>((leads[i] ?? shared) - shared).fill(''), ...r]);
}

/** Split a tab-, pipe- or space-aligned table row into cells; null when the line is not one. */
export function tableCells(text: string, kind: RowKind): string[] | null {
  if (kind === 'tab') {
    if (!text.includes('\t')) return null;
    const cells = text.split('\t').map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  if (kind === 'pipe') {
    if (!text.includes('|') && !text.includes('｜')) return null;
    const inner = text.replace(/^[|｜]/, '').replace(/(?<!\\)[|｜]$/, '');
    // A | in a cell is written \| (GFM, pandoc): split at the others, then unescape.
    const cells = inner.split(/(?<!\\)[|｜]/).map((c) => c.replace(/\\\|/g, '|').trim());
    return cells.length >= 2 ? cells : null;
  }
  // Space-aligned (a PDF export's table): short cells, no sentences — a
  // justified line of running text has wide gaps too, but reads as sentences.
  const cells = text.split(/[ \u3000]{2,}/).map((c) => c.trim());
  if (cells.length < 3 || cells.some((c) => /[。；，,;]/.test(c))) return null;
  const average = cells.reduce((n, c) => n + [...c].length, 0) / cells.length;
  return average <= 15 ? cells : null;
}

/** A line as laid out: its text and the width of its indent (a full-width space 2, a tab 4). */
export interface LaidOutLine {
  text: string;
  indent: number;
}

/** Each space-separated piece of a line with its start column, by the given width of a character. */
function pieces(l: LaidOutLine, width: (ch: string) => number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let col = l.indent;
  for (const m of l.text.matchAll(/([^ \u3000]+(?:[ \u3000][^ \u3000]+)*)|([ \u3000]+)/g)) {
    if (m[1]) out.push({ text: m[1], start: col });
    col += [...m[0]].reduce((n, ch) => n + width(ch), 0);
  }
  return out;
}

/** A line set under a table that is no cell of it: its notes and source (a caption is CAPTION's). */
const NOTE_UNDER_TABLE = /^(?:注|说明|备注|资料来源|数据来源)/;
/** A Chinese character takes two columns in a layout export (printedColumns); pdftotext may also count it as one. */
const WIDTHS = [printedColumns, () => 1] as const;

/**
 * The cells of a line that goes on with cells of the space-aligned row above
 * it (`2      城乡建设用地规模（不     平方千米 …` / `       含村庄建设用地）`: a
 * cell's text wrapped onto the next line by a layout export), as an array of
 * the row's width with each piece under the column it starts at (±1, columns
 * counted with CJK characters as two or as one) and null elsewhere; null when
 * the line is not one: a piece under no column, a piece that reads as a
 * sentence (。；，), a data cell alone (a figure, a dash, 约束性: the cell of
 * a row with empty cells), a note or caption (注：, 资料来源, 表2), or as many
 * pieces as the row has cells.
 */
export function wrappedCells(row: LaidOutLine, line: LaidOutLine, cells: number): (string | null)[] | null {
  const placed = alignedCells(row, line, cells);
  // Pieces under more than half the columns are a row with empty cells (a merged 类别 above), not a cell going on.
  return placed && placed.filter((c) => c !== null).length * 2 <= cells ? placed : null;
}

/**
 * A space-aligned line whose pieces stand under more than half the columns
 * of the row above, not all: a row whose empty cells a merged cell above
 * covers (`重点镇  河东镇  商贸物流` / `        河西镇  农产品加工`), its cells
 * placed by column, '' where it has none; null otherwise.
 */
export function rowWithGaps(row: LaidOutLine, line: LaidOutLine, cells: number): string[] | null {
  const placed = alignedCells(row, line, cells);
  const filled = placed ? placed.filter((c) => c !== null).length : 0;
  return placed && filled * 2 > cells && filled < cells ? placed.map((c) => c ?? '') : null;
}

/** A note, source or caption set under a table (注：, 资料来源, 表2, 附表1): no cell of it. */
function isBelowTable(text: string): boolean {
  return NOTE_UNDER_TABLE.test(text) || CAPTION.test(text) || !!matchAppendixHeading(text);
}

/**
 * A space-aligned row with fewer cells than the table (`3  耕地保有量  万亩  ≥118`
 * under a header of five columns: its 属性 left empty), its cells placed by
 * the columns of `row` (a full row above: each piece starts under one, ±1),
 * '' where it has none; null when a piece stands under no column.
 */
export function shortRow(row: LaidOutLine, line: LaidOutLine, cells: number): string[] | null {
  return alignedCells(row, line, cells, true)?.map((c) => c ?? '') ?? null;
}

/** Each piece of `line` under the column of `row` it starts at (see {@link wrappedCells}), or null; data cells only in a row of its own (`dataCells`). */
function alignedCells(row: LaidOutLine, line: LaidOutLine, cells: number, dataCells = false): (string | null)[] | null {
  for (const width of WIDTHS) {
    const starts = pieces(row, width).map((p) => p.start);
    const parts = pieces(line, width);
    if (starts.length !== cells || parts.length === 0 || parts.length >= cells || parts.some((p) => /[。；，,;]/.test(p.text) || (!dataCells && isDataCell(p.text))) || isBelowTable(parts[0]!.text)) return null;
    const out: (string | null)[] = Array<string | null>(cells).fill(null);
    const placed = parts.every((p) => {
      const j = starts.findIndex((s) => Math.abs(s - p.start) <= 1);
      if (j < 0 || out[j] !== null) return false;
      out[j] = p.text;
      return true;
    });
    if (placed) return out;
  }
  return null;
}
