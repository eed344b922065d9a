/**
 * Tables typed into plan text: tab-, pipe- or space-aligned rows (Word's
 * "save as text", Markdown, `pdftotext -layout`). Only the cells are read;
 * whether a run of rows is a table is the tree builder's decision.
 */

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
    const inner = text.replace(/^[|｜]/, '').replace(/[|｜]$/, '');
    const cells = inner.split(/[|｜]/).map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  // Space-aligned (a PDF export's table): short cells, no sentences — a
  // justified line of running text has wide gaps too, but reads as sentences.
  const cells = text.split(/[ \u3000]{2,}/).map((c) => c.trim());
  if (cells.length < 3 || cells.some((c) => /[。；，,;]/.test(c))) return null;
  const average = cells.reduce((n, c) => n + [...c].length, 0) / cells.length;
  return average <= 15 ? cells : null;
}
