/**
 * A table printed without a header (src/lib/headerless-table.ts) is written
 * with an empty header row; its `<tr>` is rendered `hidden`, so a reader and
 * a screen reader meet the table's first row of cells first, not an empty
 * header. (Markdown gives every table a `<thead>`; an empty one is left.)
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isHeaderless } from '../lib/headerless-table.ts';

/** The remark plugin. */
export default function remarkHeaderlessTables() {
  return (tree: Root) => {
    visit(tree, 'table', (table) => {
      const header = table.children[0];
      if (!header || !isHeaderless(header.children.map((cell) => toString(cell)))) return;
      header.data = { ...header.data, hProperties: { ...(header.data?.hProperties as object), hidden: true } };
    });
  };
}
