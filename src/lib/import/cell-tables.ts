/**
 * Tables pasted one cell per line: a PDF's text copied, or converted without
 * its layout, writes every cell of a table on a line of its own (序号 / 指标名称
 * / 单位 / 1 / 耕地保有量 / 万亩 …). Read as text, each cell became a paragraph
 * (a 款 of the article) and every 序号 a "bare number" warning.
 *
 * A run of such lines is rebuilt as a table only when a 序号/编号 header
 * cell opens it (after at most two caption lines) and the row numbers
 * 1, 2, 3 … stand exactly every K cells to its end, K being the number of
 * header cells. That places the rows; it cannot tell a merged cell from a
 * split one in the same row, and the warning says so. Any other run that
 * looks like a table stays text, one paragraph per line, with a warning that
 * names its lines and what broke the count. Words are never changed: the
 * cells are the lines, in order.
 */
import { toHalfWidthDigits } from '../numerals.ts';
import { collapseCjkSpaces } from './clean.ts';
import { CAPTION, excerpt, isTerminated, isTitleLike } from './text-shapes.ts';
import type { Diagnostic, SourceLine } from './types.ts';

/** The longest line read as a cell: longer lines are prose. */
const CELL_CHARS = 20;
/** The fewest cells in a run reported as a table. */
const MIN_CELLS = 8;
/** The fewest data-like cells (figures, 约束性/预期性) in a reported run. */
const MIN_DATA = 3;
/** The widest table rebuilt. */
const MAX_COLUMNS = 15;
/** Caption lines that may stand in a run before its 序号 header (某县规划指标表 / （2021—2035年）). */
const MAX_CAPTION_LINES = 2;

/** A 序号 column's header cell (spaces closed up: 序 号). */
const NUMBER_HEADER = /^(?:序号|编号|序|No\.?)$/i;
/** Header words a table copied cell by cell starts with. */
const HEADER_WORD = /^(?:序号|编号|序|类别|类型|分类|项目|名称|指标|指标名称|指标项|内容)$/;
/** A cell holding a figure, a year, a placeholder or an indicator's kind. */
const DATA_CELL = /^(?:[<>≤≥＜＞约]?[-+]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％‰]?[\u4e00-\u9fff]{0,6}|约束性|预期性|建议性|[—–\-/／])$/;
/** A table's caption before its cells (表1 …, 续表1, 附表2 …, or a title ending in 表); a figure's or a reference (见附图5) is not one. */
const TABLE_CAPTION = /^(?:续?表|附表)[\s\u3000]*[0-9０-９一二三四五六七八九十]|表$/;

/** What {@link readCellTables} found. */
export interface CellTables {
  /**
   * The lines, with each rebuilt run as one table line followed by blank
   * lines where its cells were, and each run left as text marked `exact`
   * (a paragraph per line, never joined to the prose around it).
   */
  lines: SourceLine[];
  diagnostics: Diagnostic[];
  /** Input lines whose bare number is a table cell, not a page number (a rebuilt table's cells; an unproved one's counting 序号): their bare-number warnings are withdrawn. */
  cellLines: Set<number>;
}

/** A run of cell lines: indices into the lines, blank lines between cells left out. */
type Run = number[];

/**
 * Find the runs of one-cell lines and rebuild those whose shape is certain.
 * `mayBeCell(i)` is the caller's word on line i (not a title, contents or
 * heading line); the cell test itself (short, no sentence) is this module's.
 */
export function readCellTables(input: readonly SourceLine[], mayBeCell: (i: number) => boolean): CellTables {
  const out: CellTables = { lines: [...input], diagnostics: [], cellLines: new Set() };
  for (const whole of findRuns(input, mayBeCell)) {
    const repeats = repeatedHeaders(input, whole);
    for (const run of splitAtHeaders(input, whole.filter((i) => !repeats.has(i)))) {
      const cells = run.map((i) => input[i]!.text);
      const shape = tableShape(cells);
      // The header repeated on a later page (and its 续表 line) within this table, left out only when the table is rebuilt.
      const within = whole.filter((i) => repeats.has(i) && i > run[0]! && i < run.at(-1)!);
      if (shape) rebuild(input, run, shape, within, out);
      else if (looksLikeTable(cells, previousText(input, run[0]!))) keepAsText(input, whole.filter((i) => i >= run[0]! && i <= run.at(-1)!), out);
    }
  }
  return out;
}

/**
 * The lines of a table's header repeated where the table goes on after a
 * page break (a copy of its first K cells, K the width its row 1 gives, with
 * a 续表 line just before it), as input indices.
 */
function repeatedHeaders(input: readonly SourceLine[], run: Run): Set<number> {
  const cells = run.map((i) => cellKey(input[i]!.text));
  const header = headerAt(cells);
  const width = header < 0 ? -1 : cells.indexOf('1', header + 1) - header;
  const out = new Set<number>();
  if (width < 2) return out;
  const head = cells.slice(header, header + width).join('\n');
  for (let k = header + width; k + width <= cells.length; k++) {
    if (cells.slice(k, k + width).join('\n') !== head) continue;
    for (let j = k; j < k + width; j++) out.add(run[j]!);
    if (/^续表/.test(cells[k - 1]!)) out.add(run[k - 1]!);
  }
  return out;
}

/** Replace a proved run by its table (on the 序号 header's line) and blank lines; `repeats` are its repeated header's lines. */
function rebuild(input: readonly SourceLine[], run: Run, shape: { skip: number; columns: number }, repeats: number[], out: CellTables): void {
  const start = run[shape.skip]!;
  const rows = chunk(run.slice(shape.skip).map((i) => input[i]!.text.trim()), shape.columns);
  for (const i of run.slice(0, shape.skip)) out.lines[i] = { ...input[i]!, exact: true };
  markCaption(input, run[0]!, out);
  out.lines[start] = { line: input[start]!.line, text: '', indent: 0, table: rows };
  for (const i of [...run.slice(shape.skip + 1), ...repeats]) out.lines[i] = { line: input[i]!.line, text: '', indent: 0 };
  for (const i of run.slice(shape.skip)) out.cellLines.add(input[i]!.line);
  const left = repeats.length ? `; its header repeated where it goes on after a page break (lines ${input[repeats[0]!]!.line}–${input[repeats.at(-1)!]!.line}) was left out` : '';
  out.diagnostics.push({
    severity: 'warning',
    line: input[start]!.line,
    message:
      `a table pasted one cell per line (through line ${input[run.at(-1)!]!.line}) was rebuilt as a table of ${shape.columns} columns and ${rows.length - 1} rows: ` +
      `its 序号 counts 1–${rows.length - 1} every ${shape.columns} lines, which places the rows but not the cells within a row (a merged cell and a split one in the same row would shift them)${left}; check it against the original`,
    text: excerpt(rows[0]!.join(' / '), 60),
  });
}

/** Keep an unproved run as one paragraph per line, and say what to do. */
function keepAsText(input: readonly SourceLine[], run: Run, out: CellTables): void {
  const cells = run.map((i) => input[i]!.text);
  for (const i of run) out.lines[i] = { ...input[i]!, exact: true };
  markCaption(input, run[0]!, out);
  const count = countingNumbers(cells);
  for (const k of count) out.cellLines.add(input[run[k]!]!.line);
  out.diagnostics.push({
    severity: 'warning',
    line: input[run[0]!]!.line,
    message:
      `these ${cells.length} short lines (through line ${input[run.at(-1)!]!.line}) look like a table pasted one cell per line; they are kept as ${cells.length} paragraphs, ` +
      `because its rows cannot be told apart for certain: ${whyNotProved(cells, (k) => input[run[k]!]!.line)}. Make it a table in the source (a Word table, tab-separated rows or a Markdown table) and import again`,
    text: excerpt(cells.slice(0, 6).join(' / '), 60),
  });
}

/** A caption right before a run is a paragraph of its own, not the end of the prose before it. */
function markCaption(input: readonly SourceLine[], first: number, out: CellTables): void {
  for (let k = first - 1; k >= 0; k--) {
    const l = input[k]!;
    if (l.table) return;
    if (l.text === '') continue;
    if (isTitleLike(l.text) && TABLE_CAPTION.test(collapseCjkSpaces(l.text.trim()))) out.lines[k] = { ...out.lines[k]!, exact: true };
    return;
  }
}

/** A cell as compared: spaces inside CJK closed up (序 号), full-width digits made ASCII (１). */
export function cellKey(cell: string): string {
  return toHalfWidthDigits(collapseCjkSpaces(cell.trim()));
}

/** Whether a cell holds a figure, a year, a placeholder or an indicator's kind (约束性). */
export function isDataCell(text: string): boolean {
  return DATA_CELL.test(cellKey(text));
}

/** Whether a line is a 序号 column's header cell (序号, 编号, 序 号). */
export function isNumberHeader(text: string): boolean {
  return NUMBER_HEADER.test(cellKey(text));
}

/** Whether a line's text can be one table cell: short, and no sentence or clause in it. */
export function isCellText(text: string): boolean {
  const t = text.trim();
  // Tab, pipe and space-aligned rows are tables already (text-tables.ts).
  return isTitleLike(t, CELL_CHARS) && !/[\t|｜]|[ \u3000]{2}/.test(t) && !isTerminated(t) && !CAPTION.test(t);
}

/** Maximal runs of two or more cell lines; blank lines inside a run are passed over. */
function findRuns(lines: readonly SourceLine[], mayBeCell: (i: number) => boolean): Run[] {
  const runs: Run[] = [];
  let run: Run = [];
  const close = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  lines.forEach((l, i) => {
    if (!l.table && l.text === '') return;
    if (!l.table && mayBeCell(i) && isCellText(l.text)) run.push(i);
    else close();
  });
  close();
  return runs;
}

/** Two tables back to back: a second 序号 header (past the first's captions) starts another run. */
function splitAtHeaders(input: readonly SourceLine[], run: Run): Run[] {
  const first = run.findIndex((i) => NUMBER_HEADER.test(cellKey(input[i]!.text)));
  const cut = run.findIndex((i, k) => k > first && first >= 0 && NUMBER_HEADER.test(cellKey(input[i]!.text)));
  return cut < 0 ? [run] : [run.slice(0, cut), ...splitAtHeaders(input, run.slice(cut))];
}

/**
 * The shape of a run that proves it: the 序号 header at one of its first
 * cells (captions may stand before it), then rows of `columns` cells, each
 * opening with the next row number, to the run's end.
 */
export function tableShape(cells: readonly string[]): { skip: number; columns: number } | null {
  const skip = headerAt(cells);
  if (skip < 0) return null;
  const rest = cells.slice(skip).map(cellKey);
  const found: number[] = [];
  for (let columns = 2; columns <= MAX_COLUMNS; columns++) if (countsRows(rest, columns)) found.push(columns);
  return found.length === 1 ? { skip, columns: found[0]! } : null;
}

/** Where the 序号 header stands among the first cells (-1: nowhere). */
function headerAt(cells: readonly string[]): number {
  return cells.slice(0, MAX_CAPTION_LINES + 1).findIndex((c) => NUMBER_HEADER.test(cellKey(c)));
}

/** Whether `cells` are a header of `columns` cells and rows numbered 1, 2, 3 … of the same width, exactly (a header may hold years: 2020 / 2035). */
function countsRows(cells: readonly string[], columns: number): boolean {
  if (cells.length % columns !== 0 || cells.length < 2 * columns) return false;
  for (let row = 1; row * columns < cells.length; row++) if (cells[row * columns] !== String(row)) return false;
  return true;
}

/** Indices of the cells that count 1, 2, 3 … in order after a 序号 header (the run's row numbers, as far as they go). */
function countingNumbers(cells: readonly string[]): number[] {
  const header = headerAt(cells);
  if (header < 0) return [];
  const found: number[] = [];
  for (let k = header + 1; k < cells.length; k++) if (cellKey(cells[k]!) === String(found.length + 1)) found.push(k);
  return found;
}

/** Why a run that looks like a table proves no rows: where its 序号 count breaks, or that it has none. */
export function whyNotProved(cells: readonly string[], lineOf: (k: number) => number): string {
  const header = headerAt(cells);
  if (header < 0) return 'it has no 序号 column counting 1, 2, 3 …';
  const rest = cells.slice(header).map(cellKey);
  const columns = rest.indexOf('1');
  if (columns < 2) return `its 序号 header (line ${lineOf(header)}) is not followed by a row numbered 1 (as when a table continued on the next page, 续表, repeats its header)`;
  let row = 1;
  while ((row + 1) * columns < rest.length && rest[(row + 1) * columns] === String(row + 1)) row++;
  const last = header + (row + 1) * columns - 1; // the last cell of the last row that counts
  const counted = `its 序号 counts ${row === 1 ? '1' : `1–${row}`} every ${columns} lines through line ${lineOf(Math.min(last, cells.length - 1))}`;
  if (last > cells.length - 1) return `${counted}, but its last row is short of ${last - cells.length + 1} line(s) where the run of short lines ends`;
  if (last === cells.length - 1) return `${counted}, but rows of another width would count as well`;
  const next = last + 1;
  const found = rest.indexOf(String(row + 1), columns * row + 1);
  const after = cells.length - next - 1;
  if (found < 0) return `${counted}; line ${lineOf(next)} (“${cells[next]}”)${after ? ` and the ${after} line(s) after it do` : ' does'} not go on with the count`;
  const shift = found - (row + 1) * columns;
  return shift > 0
    ? `${counted}; row ${row} has ${shift} line(s) more than the header (a cell split over two lines), as 序号 ${row + 1} stands at line ${lineOf(header + found)}`
    : `${counted}; row ${row} has ${-shift} line(s) fewer than the header (a merged cell, or a header cell split over two lines), as 序号 ${row + 1} stands at line ${lineOf(header + found)}`;
}

/** A run that reads as a table without proving its rows: a 序号 header, or enough cells with figures among them after a caption or header word. */
function looksLikeTable(cells: readonly string[], before: string): boolean {
  if (headerAt(cells) >= 0 && cells.length >= 4) return true;
  if (cells.length < MIN_CELLS) return false;
  if (cells.filter((c) => DATA_CELL.test(cellKey(c))).length < MIN_DATA) return false;
  // A caption without 表N is a short line itself, so it may open the run.
  return TABLE_CAPTION.test(collapseCjkSpaces(before)) || cells.slice(0, MAX_CAPTION_LINES + 1).some((c) => HEADER_WORD.test(cellKey(c)) || TABLE_CAPTION.test(cellKey(c)));
}

/** The text of the last non-blank line before index i ('' at the start). */
function previousText(lines: readonly SourceLine[], i: number): string {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.text || lines[k]!.table) return lines[k]!.text.trim();
  return '';
}

function chunk(cells: readonly string[], size: number): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += size) rows.push(cells.slice(i, i + size));
  return rows;
}
