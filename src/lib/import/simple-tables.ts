/**
 * pandoc's simple and multiline tables, as `pandoc -t plain` (or Markdown)
 * writes a Word table whose cells are not all one paragraph:
 *
 *       指标名称           单位       2035年          (simple: one line a row,
 *       ------------------ ---------- --------        the table ends at a blank line)
 *       耕地保有量         万亩       ≥118
 *
 *       -------------------------------------         (multiline: between two rules,
 *       指标名称           单位       2035年           rows apart by blank lines,
 *       ------------------ ---------- --------         a cell wrapped in its column)
 *       城乡建设用地       平方千米   ≤55
 *       规模
 *       -------------------------------------
 *
 * Without a header, a simple or multiline table starts and ends with the
 * line of column dashes. The dashes give the columns, in display columns:
 * pandoc counts a wide (CJK) character as two and ≥, ±, — as one. Each run
 * of text goes to the column it starts in, so a run is never cut in two.
 */
import { columnsOf, displayWidth, isBlankLine } from './clean.ts';
import { joinWrapped } from './paragraphs.ts';

/** One column: from its first dash to after its last, in display columns. */
interface Column {
  start: number;
  end: number;
}

/** A line of column dashes: two columns or more, each of two dashes or more. */
const COLUMN_DASHES = /^\s*-{2,}(?:[ ]+-{2,})+\s*$/;
/** A rule across the table: one run of dashes (a multiline table's first and last line). */
const RULE = /^\s*-{3,}\s*$/;

/** The columns of a line of column dashes; null when it is not one. */
export function dashColumns(line: string): Column[] | null {
  if (!COLUMN_DASHES.test(line)) return null;
  return [...line.matchAll(/-+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The runs of text of a line with the display column each starts at. */
function runs(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let col = 0;
  for (const m of line.matchAll(/\S+|\s+/gu)) {
    if (/\S/.test(m[0])) out.push({ text: m[0], start: col });
    col += columnsOf(m[0], displayWidth);
  }
  return out;
}

/** A line's text by column: each run goes to the column it starts in (the first, for one that starts before it). */
export function cellsByColumn(line: string, columns: readonly Column[]): string[] {
  const cells = columns.map(() => [] as string[]);
  for (const run of runs(line)) {
    let at = 0;
    while (at + 1 < columns.length && run.start >= columns[at + 1]!.start) at++;
    cells[at]!.push(run.text);
  }
  return cells.map((c) => c.join(' '));
}

/** One row from its lines: each column's pieces joined as wrapped text. */
function rowOf(lines: readonly string[], columns: readonly Column[]): string[] {
  const split = lines.map((l) => cellsByColumn(l, columns));
  return columns.map((_, j) => joinWrapped(split.map((cells) => cells[j]!).filter(Boolean)).text);
}


/** A table read from the text: its rows (the header first, when it has one) and its first and last line. */
export interface PandocTable {
  rows: string[][];
  first: number;
  end: number;
}

/**
 * The pandoc simple or multiline table whose first line is `lines[start]`
 * (a header, a rule, or a line of column dashes after a blank line); null
 * when none starts there.
 */
export function readPandocTable(lines: readonly string[], start: number): PandocTable | null {
  if (!isBlankLine(lines[start - 1])) return null;
  const line = lines[start] ?? '';
  if (RULE.test(line)) return multiline(lines, start);
  if (dashColumns(line)) return headerless(lines, start);
  const columns = dashColumns(lines[start + 1] ?? '');
  if (columns && !isBlankLine(line)) return simple(lines, start, columns);
  return null;
}

/** Header line, column dashes, a row a line until a blank line (or a line of dashes). */
function simple(lines: readonly string[], start: number, columns: Column[]): PandocTable | null {
  const rows = [rowOf([lines[start]!], columns)];
  let k = start + 2;
  for (; k < lines.length && !isBlankLine(lines[k]); k++) {
    if (/^\s*-[-\s]*$/.test(lines[k]!)) return rows.length > 1 ? { rows, first: start, end: k } : null;
    rows.push(rowOf([lines[k]!], columns));
  }
  return rows.length > 1 ? { rows, first: start, end: k - 1 } : null;
}

/** Rule, header lines, column dashes, rows apart by blank lines, rule. */
function multiline(lines: readonly string[], start: number): PandocTable | null {
  let k = start + 1;
  while (k < lines.length && !isBlankLine(lines[k]) && !dashColumns(lines[k]!)) k++;
  const columns = dashColumns(lines[k] ?? '');
  if (!columns) return null;
  const header = lines.slice(start + 1, k);
  const body = bodyUntil(lines, k + 1, RULE, columns);
  if (!body) return null;
  return { rows: [header.length ? rowOf(header, columns) : noHeader(columns), ...body.rows], first: start, end: body.end };
}

/**
 * The header row of a table printed without one: every cell empty. A Markdown
 * table must have a header row, and its first row of cells is not one: the
 * site and the downloads show a table whose header is all empty as a table
 * without a header (remark-headerless-tables.ts, downloads/blocks.ts).
 */
function noHeader(columns: Column[]): string[] {
  return columns.map(() => '');
}

/** Column dashes, rows (a line each, or apart by blank lines), the same column dashes. */
function headerless(lines: readonly string[], start: number): PandocTable | null {
  const columns = dashColumns(lines[start]!)!;
  const body = bodyUntil(lines, start + 1, COLUMN_DASHES, columns);
  return body ? { rows: [noHeader(columns), ...body.rows], first: start, end: body.end } : null;
}

/**
 * Rows from `from` to the closing line: apart by blank lines if there is any
 * blank line among them (a multiline table), else one a line; null when no
 * closing line comes before two blank lines in a row or the end.
 */
function bodyUntil(lines: readonly string[], from: number, closing: RegExp, columns: Column[]): { rows: string[][]; end: number } | null {
  let end = from;
  while (end < lines.length && !closing.test(lines[end]!)) {
    if (isBlankLine(lines[end]) && isBlankLine(lines[end + 1])) return null;
    end++;
  }
  if (end >= lines.length || end === from) return null;
  const rows = rowGroups(lines.slice(from, end)).map((g) => rowOf(g, columns));
  return rows.length ? { rows, end } : null;
}

/** A table body's lines by row: apart by blank lines where there are any (a multiline table), else one a line. */
function rowGroups(inner: readonly string[]): string[][] {
  if (!inner.some(isBlankLine)) return inner.map((l) => [l]);
  const groups: string[][] = [[]];
  for (const l of inner) {
    if (!isBlankLine(l)) groups.at(-1)!.push(l);
    else if (groups.at(-1)!.length) groups.push([]);
  }
  return groups.filter((g) => g.length);
}

/** pandoc's caption after a table, `: 表1 规划指标` or `Table: …`: the caption's text; null for another line. */
export function pandocCaption(line: string): string | null {
  const m = /^\s*(?:Table)?:\s+(\S.*)$/.exec(line);
  return m ? m[1]!.trim() : null;
}
