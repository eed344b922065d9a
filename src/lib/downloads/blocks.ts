/**
 * The plan's Markdown (as the importer wrote it into the content files) read
 * back into plain blocks — paragraphs, sub-headings, tables — for the
 * downloads. Parsing with remark (not regular expressions) decodes exactly the
 * escapes the importer wrote (`\{`, `&lt;`, `&#105;mport`), so the words in a
 * download are the words of the plan.
 *
 * Annotations (编者注, #13) and 强制性内容 marks (#11) will arrive as their own
 * Markdown; a node this module does not know is kept as a paragraph of its
 * text, so nothing the plan says is ever dropped from a download.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isHeaderless } from '../headerless-table.ts';

/** One block of plan text, in reading order. */
export type TextBlock =
  | { kind: 'paragraph'; text: string }
  /** A heading inside a part or lead, e.g. 附图1 区位图 under 附图. */
  | { kind: 'subheading'; text: string }
  /**
   * Rows of cells, the first the header row. `header` is false for a table
   * printed without one (src/lib/headerless-table.ts): its first row is then
   * the empty row Markdown needs, which Word and PDF leave out.
   */
  | { kind: 'table'; rows: string[][]; header: boolean };

/** A table block. */
export type TableBlock = Extract<TextBlock, { kind: 'table' }>;

/** The rows Word and PDF show: without the empty header row of a table printed without one. */
export function shownRows(block: TableBlock): string[][] {
  return block.header ? block.rows : block.rows.slice(1);
}

const parser = unified().use(remarkParse).use(remarkGfm);

function nodeBlocks(node: RootContent): TextBlock[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'subheading', text: toString(node) }];
    case 'table': {
      const rows = node.children.map((row) => row.children.map((cell) => toString(cell)));
      return [{ kind: 'table', rows, header: !isHeaderless(rows[0] ?? []) }];
    }
    case 'list':
      return node.children.flatMap((item) => item.children.flatMap(nodeBlocks));
    case 'blockquote':
      return node.children.flatMap(nodeBlocks);
    case 'thematicBreak':
    case 'definition':
      return [];
    default: {
      const text = toString(node);
      return text ? text.split('\n').map((line) => ({ kind: 'paragraph' as const, text: line })) : [];
    }
  }
}

/** The blocks of a Markdown body (an article's, a lead's or an appendix part's). */
export function markdownBlocks(markdown: string): TextBlock[] {
  if (!markdown.trim()) return [];
  const tree = parser.parse(markdown) as Root;
  return tree.children.flatMap(nodeBlocks);
}
