/**
 * A table printed without a header row. A Markdown table must have one, so
 * the importer writes an empty header row for it (import/simple-tables.ts);
 * the site (markdown/remark-headerless-tables.ts) and the downloads
 * (downloads/blocks.ts) then show the table without a header, rather than its
 * first row of cells as one.
 */

/** Whether a table's header row, by its cells' text, stands for "no header": every cell empty. */
export function isHeaderless(headerCells: readonly string[]): boolean {
  return headerCells.length > 0 && headerCells.every((cell) => cell.trim() === '');
}
