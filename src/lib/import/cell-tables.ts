/**
 * Tables pasted one cell per line: a PDF's text copied, or converted without
 * its layout, writes every cell of a table on a line of its own (序号 / 指标名称
 * / 单位 / 1 / 耕地保有量 / 万亩 …). Read as text, each cell became a paragraph
 * (a 款 of the article) and every 序号 a "bare number" warning.
 *
 * A run of such lines is rebuilt as a table only when it proves its own shape:
 * it opens with a 序号/编号 header cell, and the row numbers 1, 2, 3 … stand
 * exactly every K cells to its end, K being the number of header cells. Any
 * other run that looks like a table (a caption or a header word before it,
 * figures among its cells) is left as text with a warning that names its
 * lines: a merged cell or a missing one makes its shape a guess, and the
 * importer does not guess at the plan's tables. Words are never changed: the
 * cells are the lines, in order.
 */
import { CAPTION, excerpt, isTerminated } from './text-shapes.ts';
import type { Diagnostic, SourceLine } from './types.ts';

/** The longest line read as a cell: longer lines are prose. */
const CELL_CHARS = 20;
/** The fewest cells in a run reported as a table. */
const MIN_CELLS = 8;
/** The fewest data-like cells (figures, 约束性/预期性) in a reported run. */
const MIN_DATA = 3;
/** The widest table rebuilt. */
const MAX_COLUMNS = 15;

/** A 序号 column's header cell. */
const NUMBER_HEADER = /^(?:序号|编号|序|No\.?)$/i;
/** Header words a table copied cell by cell starts with. */
const HEADER_WORD = /^(?:序号|编号|序|类别|类型|分类|项目|名称|指标|指标名称|指标项|内容)$/;
/** A cell holding a figure, a year, a placeholder or an indicator's kind. */
const DATA_CELL = /^(?:[<>≤≥＜＞约]?[-+]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％‰]?[\u4e00-\u9fff]{0,6}|约束性|预期性|建议性|[—–\-/／])$/;

/** What {@link readCellTables} found. */
export interface CellTables {
  /** The lines, with each rebuilt run as one table line followed by blank lines where its cells were. */
  lines: SourceLine[];
  diagnostics: Diagnostic[];
  /** Input line numbers of every run found, rebuilt or not (their bare numbers are table cells, not page numbers). */
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
  const lines = [...input];
  const diagnostics: Diagnostic[] = [];
  const cellLines = new Set<number>();
  for (const run of findRuns(input, mayBeCell)) {
    const cells = run.map((i) => input[i]!.text);
    const shape = tableShape(cells);
    const before = previousText(input, run[0]!);
    if (!shape && !looksLikeTable(cells, before)) continue;
    for (const i of run) cellLines.add(input[i]!.line);
    const from = input[run[0]!]!.line;
    const to = input[run.at(-1)!]!.line;
    if (!shape) {
      diagnostics.push({
        severity: 'warning',
        line: from,
        message: `these ${cells.length} short lines (through line ${to}) look like a table pasted one cell per line; they are kept as ${cells.length} paragraphs, because their rows cannot be told apart for certain (no 序号 column counting 1, 2, 3 … at a fixed width): make it a table in the source (a Word table, tab-separated rows or a Markdown table) and import again`,
        text: excerpt(cells.slice(0, 6).join(' / '), 60),
      });
      continue;
    }
    const start = run[shape.skip]!;
    const rows = chunk(cells.slice(shape.skip), shape.columns);
    lines[start] = { line: input[start]!.line, text: '', indent: 0, table: rows };
    for (const i of run.slice(shape.skip + 1)) lines[i] = { line: input[i]!.line, text: '', indent: 0 };
    diagnostics.push({
      severity: 'warning',
      line: input[start]!.line,
      message: `a table pasted one cell per line (through line ${to}) was rebuilt as a table of ${shape.columns} columns and ${rows.length - 1} rows (its 序号 counts 1–${rows.length - 1} every ${shape.columns} lines); check it against the original`,
      text: excerpt(rows[0]!.join(' / '), 60),
    });
  }
  return { lines, diagnostics, cellLines };
}

/** Whether a line's text can be one table cell: short, and no sentence or clause in it. */
export function isCellText(text: string): boolean {
  const t = text.trim();
  // Tab, pipe and space-aligned rows are tables already (text-tables.ts).
  return t !== '' && [...t].length <= CELL_CHARS && !/[。；;，,：:！!？?\t|｜]|[ \u3000]{2}/.test(t) && !isTerminated(t) && !CAPTION.test(t);
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

/**
 * The shape of a run that proves it: the 序号 header at its first or second
 * cell (a caption without 表N may stand before it), then rows of `columns`
 * cells, each opening with the next row number, to the run's end.
 */
export function tableShape(cells: readonly string[]): { skip: number; columns: number } | null {
  for (const skip of [0, 1]) {
    if (!NUMBER_HEADER.test(cells[skip]?.trim() ?? '')) continue;
    const rest = cells.slice(skip).map((c) => c.trim());
    const found: number[] = [];
    for (let columns = 2; columns <= MAX_COLUMNS; columns++) if (countsRows(rest, columns)) found.push(columns);
    if (found.length === 1) return { skip, columns: found[0]! };
  }
  return null;
}

/** Whether `cells` are a header of `columns` cells and rows numbered 1, 2, 3 … of the same width, exactly (a header may hold years: 2020 / 2035). */
function countsRows(cells: readonly string[], columns: number): boolean {
  if (cells.length % columns !== 0 || cells.length < 2 * columns) return false;
  for (let row = 1; row * columns < cells.length; row++) {
    if (cells[row * columns] !== String(row)) return false;
  }
  return true;
}

/** A run that reads as a table without proving its rows: enough cells, figures among them, and a caption or header word before. */
function looksLikeTable(cells: readonly string[], before: string): boolean {
  if (cells.length < MIN_CELLS) return false;
  if (cells.filter((c) => DATA_CELL.test(c.trim())).length < MIN_DATA) return false;
  return CAPTION.test(before) || /^附表/.test(before) || /表$/.test(before) || HEADER_WORD.test(cells[0]!.trim());
}

/** The text of the last non-blank line before index i ('' at the start). */
function previousText(lines: readonly SourceLine[], i: number): string {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.text || lines[k]!.table) return lines[k]!.text.trim();
  return '';
}

function chunk(cells: readonly string[], size: number): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += size) rows.push(cells.slice(i, i + size).map((c) => c.trim()));
  return rows;
}
