/**
 * Tables typed into a plan text as rows (tab-separated, pipe or
 * space-aligned: Word's "save as text", Markdown, `pdftotext -layout`) while
 * the tree builder walks the lines: which line is a row, where a table ends,
 * a cell wrapped onto the next line, a header repeated after a page break.
 * Cells are split by text-tables.ts; where the table goes is the builder's.
 */
import { cellKey } from './cell-tables.ts';
import { checkBrackets, collapseCjkSpaces } from './clean.ts';
import { rowKind, type LineCandidates } from './classify-line.ts';
import type { HeadingKind, NumberingScheme } from './numbering-schemes.ts';
import { joinWrapped } from './paragraphs.ts';
import { PIPE_DELIMITER, rowWithGaps, shortRow, tableCells, withLeadingCells, wrappedCells, type RowKind } from './text-tables.ts';
import { isTitleLike } from './text-shapes.ts';
import { nextNonBlank } from './title-and-contents.ts';
import type { Block, Diagnostic, SourceLine } from './types.ts';

interface OpenTable {
  kind: RowKind;
  rows: string[][];
  /** Per row, the tabs before its first cell (tab tables; 0 otherwise). */
  leads: number[];
  line: number;
  /** Space tables: the last full row's line (its columns place wrapped cells and short rows) and the last row's index. */
  last?: { l: SourceLine; i: number };
}

/** What the table reader needs from the tree builder. */
export interface TableHost {
  readonly lines: SourceLine[];
  readonly scheme: NumberingScheme;
  warn(line: number, message: string, text?: string): void;
  /** Bracket problems and the like, said as they are. */
  report(d: Diagnostic[]): void;
  /** A row starts or goes on: the open paragraph ends. */
  endParagraph(): void;
  /** Put a finished table where blocks go now. */
  place(block: Block): void;
  /** The number the sequence of `kind` expects next. */
  expectedNumber(kind: HeadingKind): number;
}

/** The open table of typed rows, if any, and how each line continues or ends it. */
export class OpenTables {
  private table: OpenTable | null = null;

  constructor(private readonly host: TableHost) {}

  /**
   * A row of an open tab-separated or space-aligned table stays a row even if
   * it starts with 第X条 or a number: unless it is the very heading expected
   * next and it is not as wide as the table's rows of three or more cells (a
   * 序号 3 before 生态保护红线面积⇥平方千米 in a table of three columns is a
   * row, not chapter 3).
   */
  holdsRow(c: LineCandidates, l: SourceLine, breakBefore: boolean): boolean {
    const table = this.table;
    if (!table || (table.kind !== 'tab' && table.kind !== 'space') || breakBefore) return false;
    const cells = tableCells(l.text, table.kind);
    if (!cells) return false;
    const h = c.heading;
    if (!h || h.number !== this.host.expectedNumber(h.kind)) return true;
    return cells.length >= 3 && cells.length === table.rows[0]!.length;
  }

  /** A tab-, pipe- or space-separated table row, or a line that goes on with the open table (true); or not one here. */
  read(c: LineCandidates, l: SourceLine, i: number, breakBefore: boolean): boolean {
    const kind = c.row();
    if (this.readWrappedCells(l, i) || this.readRowWithGaps(l, i) || (!breakBefore && this.readShortRow(l, i, kind))) return true;
    if (!kind) {
      if (this.table && PIPE_DELIMITER.test(l.text) && this.table.kind === 'pipe') return true;
      if (this.isContinuedCaption(l, i)) return true;
      this.flush();
      return false;
    }
    const cells = tableCells(l.text, kind)!;
    const table = this.table;
    // Only where a page opens (a break or skipped page furniture before it): a header between two tables is the second's.
    if (table?.kind === kind && table.rows.length > 1 && l.pageBreakBefore && sameCells(cells, table.rows[0]!)) {
      this.host.warn(l.line, `the header of the table at line ${table.line} repeated where it goes on (after a page break) left out`, l.text);
      return true;
    }
    if (!this.confirmed(kind, cells, i)) {
      this.flush();
      return false;
    }
    this.host.endParagraph();
    if (this.table && (this.table.kind !== kind || breakBefore)) this.flush();
    if (kind === 'pipe' && PIPE_DELIMITER.test(l.text)) return true;
    this.table ??= { kind, rows: [], leads: [], line: l.line };
    this.table.rows.push(cells);
    this.table.leads.push(kind === 'tab' ? (l.leadingTabs ?? 0) : 0);
    const full = cells.length === this.table.rows[0]!.length;
    this.table.last = { l: full || !this.table.last ? l : this.table.last.l, i };
    return true;
  }

  /**
   * A row of an open space-aligned table with fewer cells than it (a cell
   * left empty), its cells placed by the columns of the last full row: never
   * read as a paragraph, where its figures would run into the next row's
   * (≥118 / 4 read ≥1184). Not after a blank line, which ends a table.
   */
  private readShortRow(l: SourceLine, i: number, kind: RowKind | null): boolean {
    const table = this.table;
    if (kind !== 'space' || table?.kind !== 'space' || !table.last || l.pageBreakBefore) return false;
    const width = table.rows[0]!.length;
    const cells = tableCells(l.text, 'space');
    if (!cells || cells.length >= width) return false;
    const placed = shortRow(table.last.l, l, width);
    if (!placed) return false;
    this.host.endParagraph();
    pushPlacedRow(table, placed, i);
    return true;
  }

  /** Whether a row of `kind` at line i is one: it goes on with the open table, a row like it follows, or it has three tab cells. */
  private confirmed(kind: RowKind, cells: string[], i: number): boolean {
    const table = this.table;
    const k = nextNonBlank(this.host.lines, i);
    const next = k >= 0 ? this.host.lines[k] : undefined;
    const sameWidthNext = kind !== 'space' || tableCells(next?.text ?? '', 'space')?.length === cells.length;
    return (
      (table?.kind === kind && (kind !== 'space' || table.rows[0]!.length === cells.length)) ||
      (rowKind(next, this.host.scheme) === kind && sameWidthNext) ||
      (kind === 'tab' && cells.length >= 3) ||
      (kind === 'space' && !table && this.headerGoesOn(i, k, cells))
    );
  }

  /**
   * A header whose cells a layout export wrapped onto the next line, under
   * their columns (基期年 / （2020）), with a row as wide after that: a table
   * starts at it (review of 2026-12-03: the header was read as paragraphs).
   */
  private headerGoesOn(i: number, k: number, cells: string[]): boolean {
    const lines = this.host.lines;
    if (k !== i + 1 || !lines[k] || !wrappedCells(lines[i]!, lines[k]!, cells.length)) return false;
    const after = nextNonBlank(lines, k);
    return after === k + 1 && tableCells(lines[after]!.text, 'space')?.length === cells.length;
  }

  /** A Word table, placed at once (after what is open). */
  placeWordTable(rows: string[][], line: number): void {
    this.flush();
    this.table = { kind: 'tab', rows, leads: rows.map(() => 0), line };
    this.flush();
  }

  /**
   * A line right under a row of a space-aligned table whose pieces stand
   * under its columns (text-tables.ts wrappedCells): the row's cells go on
   * there, joined to them. A piece under the first column, where a paragraph
   * after the table would start, counts only with another row after it.
   */
  private readWrappedCells(l: SourceLine, i: number): boolean {
    const table = this.table;
    if (table?.kind !== 'space' || !table.last || table.last.i !== i - 1 || l.pageBreakBefore) return false;
    const row = table.rows.at(-1)!;
    const cells = wrappedCells(table.last.l, l, row.length);
    if (!cells) return false;
    if (cells[0] !== null && !this.rowAfterWrap(table.last.l, i, table.rows[0]!)) return false;
    cells.forEach((c, j) => {
      if (c !== null) row[j] = joinWrapped([row[j]!, c]).text;
    });
    table.last = { l: table.last.l, i };
    return true;
  }

  /** A row of a space-aligned table with empty cells under a merged one (text-tables.ts rowWithGaps), placed by column. */
  private readRowWithGaps(l: SourceLine, i: number): boolean {
    const table = this.table;
    if (table?.kind !== 'space' || !table.last || table.last.i !== i - 1 || l.pageBreakBefore) return false;
    const cells = rowWithGaps(table.last.l, l, table.rows.at(-1)!.length);
    if (!cells) return false;
    pushPlacedRow(table, cells, i);
    return true;
  }

  /** Whether a row as wide as `header` (not the header again: a second table) follows line i, past more lines that go on with the cells of `row`. */
  private rowAfterWrap(row: SourceLine, i: number, header: string[]): boolean {
    const lines = this.host.lines;
    const width = header.length;
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k]!;
      const cells = tableCells(l.text, 'space');
      if (cells?.length === width) return !sameCells(cells, header);
      if (!l.text || l.pageBreakBefore || !wrappedCells(row, l, width)) return false;
    }
    return false;
  }

  /**
   * 续表 (续表1, 续表1 规划指标表) inside an open table whose header repeats on
   * the next line: the table goes on after a page break; the line is left
   * out, as the repeated header is, with a warning.
   */
  private isContinuedCaption(l: SourceLine, i: number): boolean {
    const table = this.table;
    if (!table || table.kind === 'pipe' || !l.pageBreakBefore || !/^续表/.test(l.text) || !isTitleLike(l.text, 30)) return false;
    const k = nextNonBlank(this.host.lines, i);
    const next = k >= 0 ? this.host.lines[k]! : undefined;
    if (!next || !sameCells(tableCells(next.text, table.kind) ?? [], table.rows[0]!)) return false;
    // The header after it repeats at the page's top too: it is left out as such.
    this.host.lines[k] = { ...next, pageBreakBefore: true };
    this.host.warn(l.line, `“${l.text.trim()}” where the table at line ${table.line} goes on after a page break left out, with the header repeated after it`, l.text);
    return true;
  }

  /** Close the open table: rows padded to one width (said), cells' CJK spacing closed up, brackets checked. */
  flush(): void {
    const table = this.table;
    if (!table) return;
    this.table = null;
    const cells = withLeadingCells(table.rows, table.leads);
    const width = Math.max(...cells.map((r) => r.length));
    if (cells.some((r) => r.length !== width)) {
      this.host.warn(table.line, `table rows have different numbers of cells (${[...new Set(cells.map((r) => r.length))].join(', ')}); short rows were padded with empty cells`);
    }
    const rows = cells.map((r) => [...r.map((c) => collapseCjkSpaces(c)), ...Array<string>(width - r.length).fill('')]);
    for (const r of rows) for (const c of r) this.host.report(checkBrackets(c, table.line));
    this.host.place({ kind: 'table', rows, line: table.line });
  }
}

/**
 * A space table's row placed by the columns of its last full row (a row with
 * gaps, a short row): its own pieces may not stand under every column, so
 * later lines are placed by that full row still.
 */
function pushPlacedRow(table: OpenTable, cells: string[], i: number): void {
  table.rows.push(cells);
  table.leads.push(0);
  table.last = { l: table.last!.l, i };
}

/** Two rows with the same cells, compared as the one-cell-per-line tables compare theirs (序 号 and 序号 alike). */
function sameCells(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, k) => cellKey(x) === cellKey(b[k]!));
}
