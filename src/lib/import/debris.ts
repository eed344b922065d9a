/**
 * Debris that PDF-to-Markdown and Word-to-HTML converters (MinerU, pandoc,
 * Word's "save as web page") leave in a plan text: HTML comments, bookmark
 * anchors (`<a id="_Toc122283305"></a>`, often in backticks on a line of
 * their own), `<br>` and HTML tables. None of it is the plan's words: it is
 * dropped (tables become rows of cells), counted, and reported, and the line
 * numbering of the input is kept so every message still names the right line.
 * pandoc's grid, simple and multiline tables are lifted out here too
 * (grid-tables.ts, simple-tables.ts), and the `: ` of their captions dropped.
 */
import { asAsciiGrid, isGridBorder, readGridTable } from './grid-tables.ts';
import { pandocCaption, readPandocTable } from './simple-tables.ts';
import { readInlineLatex } from './latex.ts';
import { isBlankLine, joinCellLines } from './clean.ts';
import { lineList, quoteList } from './text-shapes.ts';
import { decodeHTML, decodeHTMLStrict } from 'entities';

/** What was dropped, by kind, for one report line. */
export interface DebrisCount {
  comments: number;
  /** Comments holding Chinese text, quoted in the report: 1-based line and text. */
  commentTexts: { line: number; text: string }[];
  /** The 1-based line of a `<!--` no `-->` closes (kept as text). */
  unclosedComment?: number;
  anchors: number;
  breaks: number;
  tables: number;
  /** pandoc's grid tables (grid-tables.ts), read as tables too. */
  gridTables: number;
  /** pandoc's simple and multiline tables (simple-tables.ts), read as tables too. */
  pandocTables: number;
  /** Inline LaTeX formulas read back into text (latex.ts: MinerU's `$\\geq 118$`). */
  formulas: number;
  /** Input lines (1-based) with a formula that could not be read, and the first such formula. */
  unreadFormulas: { lines: number[]; first?: string };
  /** Images (`![](images/x.jpg)`, `<img …>`): the import takes text only. */
  images: number;
  /** `<span …>` and `<font …>` tags around text: the text is kept. */
  spans: number;
  /** Lines with Markdown links to a bookmark in the same file (`[第一章 总则 1](#_Toc1001)`, a 目录 entry): their text kept. */
  links: number;
  /** Input lines (1-based) of grid tables that could not be read (merged cells, a broken border). */
  unreadGrids: number[];
  /** Texts of HTML table body cells merged over rows, and across columns: they stand in the first of the cells they cover. */
  mergedCells: MergedCells;
}

/** The input lines with debris removed, and the HTML tables found (by the index of their first line). */
export interface CleanedText {
  lines: string[];
  tables: Map<number, string[][]>;
  count: DebrisCount;
}

const ANCHOR = /`?<a\s+(?:id|name)\s*=\s*["'][^"']*["']\s*\/?>\s*(?:<\/a>)?`?/gi;
const BREAK = /<br\s*\/?>/gi;
/** `![alt](path "title")`: a converter's image (MinerU's `images/…jpg`). */
const MARKDOWN_IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const IMAGE_TAG = /<img\b[^>]*>/gi;
const SPAN_TAG = /<\/?(?:span|font)\b[^>]*>/gi;
const HAN = /\p{Script=Han}/u;

/**
 * Drop comments, anchors and `<br>`, read back what the converter wrote in its
 * own notation (links to bookmarks, LaTeX), and lift HTML, grid and pandoc
 * tables out of the text.
 */
export function removeConverterDebris(raw: string[], options: { markdown?: boolean } = {}): CleanedText {
  const count: DebrisCount = { comments: 0, commentTexts: [], anchors: 0, breaks: 0, tables: 0, gridTables: 0, pandocTables: 0, formulas: 0, unreadFormulas: { lines: [] }, links: 0, images: 0, spans: 0, unreadGrids: [], mergedCells: { down: [], across: [] } };
  const lines = [...raw];
  const tables = new Map<number, string[][]>();
  removeComments(lines, count);
  for (let i = 0; i < lines.length; i++) {
    const end = liftTextTableAt(lines, i, tables, count);
    if (end !== null) {
      i = end;
      continue;
    }
    lines[i] = readBack(lines[i]!, i, count, !!options.markdown);
    if (/<table[\s>]/i.test(lines[i]!)) {
      i = liftTable(lines, i, tables, count);
      continue;
    }
    lines[i] = dropTags(lines[i]!, count);
  }
  return { lines, tables, count };
}

/** The grid or pandoc table that starts at line i, lifted: its last index; null when none starts there. An unreadable grid is counted and passed over, kept as text. */
function liftTextTableAt(lines: string[], i: number, tables: Map<number, string[][]>, count: DebrisCount): number | null {
  const s = lines[i]!;
  const grid = asAsciiGrid(s).trimStart().startsWith('+') ? readGridTable(lines, i) : null;
  if (!grid && isGridBorder(s) && !isGridBorder(lines[i - 1] ?? '') && !asAsciiGrid(lines[i - 1] ?? '').trim().startsWith('|')) {
    // Kept whole as text: a border further down must not start a table of the lower rows alone.
    count.unreadGrids.push(i + 1);
    let end = i;
    while (/^\s*[+|]/.test(asAsciiGrid(lines[end + 1] ?? ''))) end++;
    return end;
  }
  const table = grid ?? readPandocTable(lines, i);
  if (!table) return null;
  if (grid) count.gridTables++;
  else count.pandocTables++;
  return liftTextTable(lines, i, table, tables);
}

/**
 * A line with what the converter wrote in its own notation read back: links
 * to bookmarks as their text; in Markdown (MinerU's), LaTeX as characters and
 * images dropped (in a plain text `$5` and `![图](x.png)` are text like any other).
 */
function readBack(line: string, i: number, count: DebrisCount, markdown: boolean): string {
  const unlinked = line.includes('](#') ? unlink(line, count) : line;
  if (!markdown) return unlinked;
  const read = unlinked.includes('$') ? readFormulas(unlinked, i, count) : unlinked;
  const shown = read.includes('![') ? read.replace(MARKDOWN_IMAGE, () => (count.images++, '')) : read;
  // Markdown reads &ldquo; and &#8805; as the characters they name (CommonMark, the semicolon required): so does the import.
  return shown.includes('&') ? decodeEntitiesStrict(shown) : shown;
}

/** A line without bookmark anchors, `<br>`, images, and span tags (their text kept). */
function dropTags(line: string, count: DebrisCount): string {
  if (!line.includes('<')) return line;
  return line
    .replace(ANCHOR, () => (count.anchors++, ''))
    .replace(BREAK, () => (count.breaks++, ''))
    .replace(IMAGE_TAG, () => (count.images++, ''))
    .replace(SPAN_TAG, (tag: string) => (tag.startsWith('</') ? '' : (count.spans++, '')));
}

/**
 * A table read from the text's own lines (pandoc's): its rows go to `tables`,
 * its lines are blanked, and a pandoc caption after it (`: 表1 规划指标`,
 * after a blank line) keeps its text without the `: `. Returns the last index.
 */
function liftTextTable(lines: string[], i: number, table: { rows: string[][]; end: number }, tables: Map<number, string[][]>): number {
  tables.set(i, table.rows);
  for (let k = i; k <= table.end; k++) lines[k] = '';
  const after = isBlankLine(lines[table.end + 1]) ? table.end + 2 : table.end + 1;
  const caption = pandocCaption(lines[after] ?? '');
  if (caption !== null) lines[after] = caption;
  return table.end;
}


/** A line with its inline LaTeX read back into text (latex.ts); what could not be read is counted by line. */
function readFormulas(line: string, i: number, count: DebrisCount): string {
  const { text, converted, unread } = readInlineLatex(line);
  count.formulas += converted;
  if (unread.length) {
    count.unreadFormulas.lines.push(i + 1);
    count.unreadFormulas.first ??= unread[0];
  }
  return text;
}

/** A link to a bookmark, innermost first: pandoc writes a 目录 entry as `[第一章 总则 [1](#_Toc1001)](#_Toc1001)`. */
const BOOKMARK_LINK = /\[([^[\]]*)\]\(#[^()\s]*\)/g;

/** A line with its links to bookmarks replaced by their text. */
function unlink(line: string, count: DebrisCount): string {
  let out = line;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(BOOKMARK_LINK, '$1');
  }
  // Counted by line: a 目录 entry is one link to its heading and one to its page.
  if (out !== line) count.links++;
  return out;
}

/**
 * `<!-- … -->`, on one line or across several: blanked, line count kept. A
 * `<!--` that no `-->` closes is kept as text: a converter always closes its
 * comments, and blanking to the end would drop the rest of the plan. A
 * comment holding Chinese text is quoted in the report (an editor's note, or
 * words someone hid).
 */
function removeComments(lines: string[], count: DebrisCount): void {
  for (let i = 0; i < lines.length; i++) {
    let from = 0;
    for (let start = lines[i]!.indexOf('<!--'); start >= 0; start = lines[i]!.indexOf('<!--', from)) {
      const close = closingOf(lines, i, start + 4);
      if (!close) {
        count.unclosedComment ??= i + 1;
        from = start + 4; // kept as text; a comment after it on the line may still close
        continue;
      }
      const removed = close.line === i ? lines[i]!.slice(start + 4, close.at) : [lines[i]!.slice(start + 4), ...lines.slice(i + 1, close.line), lines[close.line]!.slice(0, close.at)].join('');
      count.comments++;
      if (HAN.test(removed) && !PAGE_MARKER.test(removed)) count.commentTexts.push({ line: i + 1, text: removed.trim() });
      const after = lines[close.line]!.slice(close.at + 3);
      if (close.line === i) {
        lines[i] = lines[i]!.slice(0, start) + after;
        from = start;
      } else {
        lines[i] = lines[i]!.slice(0, start);
        for (let k = i + 1; k < close.line; k++) lines[k] = '';
        lines[close.line] = after;
        i = close.line;
        from = 0;
      }
    }
  }
}

/**
 * Where the `-->` closing a comment opened on line `i` before column `at` is,
 * or null when none does, or when another `<!--` opens first (the first was
 * left open: a later comment's `-->` does not close it; review of 2026-12-03).
 */
function closingOf(lines: string[], i: number, at: number): { line: number; at: number } | null {
  for (let k = i; k < lines.length; k++) {
    const from = k === i ? at : 0;
    const end = lines[k]!.indexOf('-->', from);
    const reopened = lines[k]!.indexOf('<!--', from);
    if (reopened >= 0 && (end < 0 || reopened < end)) return null;
    if (end >= 0) return { line: k, at: end };
  }
  return null;
}

/** A converter's page marker (`<!-- 第2页 -->`, `<!-- page 3 -->`): not worth quoting in the report. */
const PAGE_MARKER = /^\s*(?:第\s*[0-9０-９]+\s*页|page\s*[0-9]+|[0-9]+)\s*$/i;

/** From a `<table>` line to its `</table>`: the rows go to `tables`, the lines are blanked. Returns the last index. */
function liftTable(lines: string[], i: number, tables: Map<number, string[][]>, count: DebrisCount): number {
  let end = i;
  while (end < lines.length - 1 && !/<\/table>/i.test(lines[end]!)) end++;
  const html = lines.slice(i, end + 1).join('\n');
  const before = html.slice(0, html.search(/<table[\s>]/i));
  const after = html.slice(html.search(/<\/table>/i) + '</table>'.length);
  tables.set(i, tableRows(html, count.mergedCells));
  count.tables++;
  for (let k = i; k <= end; k++) lines[k] = '';
  // Text on the same line as the table's tags stays text.
  if (before.trim()) lines[i] = before.trim();
  if (after.trim() && end > i) lines[end] = after.trim();
  return end;
}

/**
 * The cells of an HTML table, row by row; a merged cell adds empty cells so
 * the columns stay aligned: to its right for a colspan, in the rows below for
 * a rowspan (MinerU's 类别 cell over two indicator rows), as in a Word table.
 * The texts of body cells so merged are added to `merged`, for the report
 * ({@link mergedCellsMessage}).
 */
export function tableRows(html: string, merged: MergedCells = { down: [], across: [] }): string[][] {
  const rows: string[][] = [];
  /** Per column, how many rows below a rowspan from above still covers. */
  const covered: number[] = [];
  for (const tr of html.matchAll(/<tr[^>]*>([\s\S]*?)(?=<tr[\s>]|<\/tr>|<\/table>|$)/gi)) {
    const cells: string[] = [];
    const skipCovered = () => {
      while ((covered[cells.length] ?? 0) > 0) {
        covered[cells.length]!--;
        cells.push('');
      }
    };
    for (const td of tr[1]!.matchAll(/<t([dh])([^>]*)>([\s\S]*?)(?=<t[dh][\s>]|<\/t[dh]>|<\/tr>|$)/gi)) {
      skipCovered();
      const cols = htmlSpan(td[2]!, 'colspan');
      const down = htmlSpan(td[2]!, 'rowspan');
      const text = cellText(td[3]!);
      // A header's merged cells read right; a body cell's text stands in the first of the cells it covers.
      if (rows.length > 0 && text && down > 1) merged.down.push(text);
      if (rows.length > 0 && text && cols > 1) merged.across.push(text);
      for (let k = 0; k < cols; k++) {
        if (down > 1) covered[cells.length] = down - 1;
        cells.push(k === 0 ? text : '');
      }
    }
    skipCovered();
    if (cells.length) rows.push(cells);
  }
  return rows;
}

/** A cell's text: a line break inside it joins as clean.ts joinCellLines says (耕地<br>保有量 → 耕地保有量). */
function cellText(html: string): string {
  const lines = html.split(/<br\s*\/?>/i).map((part) => decodeEntitiesStrict(part.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' '));
  return joinCellLines(lines);
}

/**
 * Every HTML character reference (&ldquo;, &ge;, &#8220;…) as its character,
 * a no-break space as a space: pages saved from a government site write the
 * plan's quotation marks and ≥ so (tester, 2026-12-03).
 */
export function decodeEntities(s: string): string {
  return decodeHTML(s).replace(/\u00a0/g, ' ');
}

/**
 * The same with the semicolon required (CommonMark's rule), for Markdown and
 * the HTML tables inside a text file: an address's `?id=12&notice=3` stays as
 * typed (the HTML rule reads `&not` as ¬; review of 2026-12-03).
 */
export function decodeEntitiesStrict(s: string): string {
  return decodeHTMLStrict(s).replace(/\u00a0/g, ' ');
}

/** A table cell's colspan or rowspan (1 when it has none), quoted or not: `colspan="2"`, `rowspan=2` as Word's HTML writes it. */
export function htmlSpan(attributes: string, name: 'colspan' | 'rowspan'): number {
  return Math.max(1, Number(new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes)?.[1] ?? 1));
}

/** Body cells of a table merged over rows (`down`) and across columns (`across`), by their text. */
export interface MergedCells {
  down: string[];
  across: string[];
}

/**
 * The report of merged body cells (a Word table, an HTML table in any input):
 * a Markdown table has no such cell, so the text stands in the first of them
 * and the others are empty (a 2035 value that reads blank). Null for none.
 */
export function mergedCellsMessage({ down, across }: { readonly down: readonly string[]; readonly across: readonly string[] }): string | null {
  const parts = [
    ...(down.length ? [`${down.length} table cell(s) merged over several rows stand in the first of those rows only: ${quoteList(down)}`] : []),
    ...(across.length ? [`${across.length} table cell(s) merged across several columns stand in the first of those columns only: ${quoteList(across)}`] : []),
  ];
  return parts.length ? `${parts.join('; ')}; check that each table still reads right, and say in the text what a merged cell covers if it does not` : null;
}

/** The report line for what was dropped, or null when nothing was. */
export function debrisMessage(c: DebrisCount): string | null {
  const parts = [
    c.comments && `${c.comments} HTML comment(s)`,
    c.anchors && `${c.anchors} bookmark anchor(s) such as <a id="_Toc…"></a>`,
    c.breaks && `${c.breaks} <br> line break(s)`,
    c.links && `links to bookmarks such as [第一章 总则 1](#_Toc…) on ${c.links} line(s), their text kept`,
    c.images && `${c.images} image(s) such as ![](images/….jpg) (the import takes the text; figures are drawn by the site)`,
    c.spans && `${c.spans} <span>/<font> tag(s), their text kept`,
  ].filter(Boolean);
  const dropped = parts.length ? `converter debris dropped (not the plan's words): ${parts.join(', ')}` : '';
  const tables = c.tables ? `${c.tables} HTML table(s) read as tables` : '';
  const grids = c.gridTables ? `${c.gridTables} grid table(s) (+---+ or ┌─┬─┐ borders) read as tables` : '';
  const simple = c.pandocTables ? `${c.pandocTables} pandoc table(s) (columns under lines of dashes) read as tables` : '';
  const unread = c.unreadGrids.length
    ? `a grid table (+---+ or ┌─┬─┐ borders) at line(s) ${lineList(c.unreadGrids)} could not be read (merged cells or a broken border): its lines are kept as text; convert it with pipe tables or rows of cells`
    : '';
  const formulas = c.formulas ? `${c.formulas} LaTeX formula(s) read back as text (such as $\\geq 118$ as ≥118)` : '';
  const { lines: unreadLines, first } = c.unreadFormulas;
  const unreadFormulas = unreadLines.length
    ? `a LaTeX formula at line(s) ${lineList(unreadLines)} could not be read as text (${first}): it is kept as written; write it out as the plan prints it`
    : '';
  const quoted = c.commentTexts.length
    ? `HTML comment(s) holding text were left out, as a converter's comments are, at line(s) ${lineList(c.commentTexts.map((t) => t.line))}: ${quoteList(c.commentTexts.map((t) => t.text))}; if any is the plan's text, remove its <!-- and --> and import again`
    : '';
  const unclosed = c.unclosedComment
    ? `line ${c.unclosedComment}: a <!-- that no --> closes is kept as text (a comment left open would hide the rest of the plan); delete it if it is not the plan's`
    : '';
  const merged = mergedCellsMessage(c.mergedCells) ?? '';
  const msg = [dropped, quoted, unclosed, tables, merged, grids, simple, formulas, unreadFormulas, unread].filter(Boolean).join('; ');
  return msg || null;
}
