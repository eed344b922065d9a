/**
 * Give every 款 and 项 of an article an anchor (`id="a18-2"`, `id="a18-2-3"`)
 * and a small permalink, so a reader can cite 第十八条第二款第（三）项 and land on
 * it (issue 14). Runs after remark-article-anchors, whose `<section
 * data-article>` wrappers it walks; the numbering is src/lib/paragraphs.ts.
 * The permalink's ¶ is drawn by CSS so copied text never carries it.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { numberParagraphs, paragraphAnchor, paragraphShape, placeLabel } from '../lib/paragraphs.ts';
import { articleLabel } from '../lib/citation.ts';

interface ElementData {
  hName?: string;
  hProperties?: Record<string, unknown>;
}

/** Plain text of a node, for telling an item （一） from a paragraph. */
function plainText(node: RootContent): string {
  if ('value' in node) return String(node.value);
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join('');
  return '';
}

/** A paragraph of plan text (not one of the generated elements, which also ride on paragraph nodes). */
function isPlanParagraph(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && !(node.data as ElementData | undefined)?.hName;
}

function articleOf(node: RootContent): number | null {
  const data = node.data as ElementData | undefined;
  const n = data?.hName === 'section' ? data.hProperties?.['data-article'] : undefined;
  return typeof n === 'number' ? n : null;
}

/**
 * The article's number as its heading prints it (3.2.1, 第十八条): the first
 * text of the `.article-number` span remark-article-anchors.ts put there.
 */
function printedNumber(article: number, blocks: RootContent[]): string {
  const heading = blocks.find((b) => b.type === 'heading');
  const span = heading && 'children' in heading ? (heading.children[0] as RootContent | undefined) : undefined;
  const label = span ? plainText(span) : '';
  return label || articleLabel(article);
}

function anchorParagraphs(article: number, blocks: RootContent[]): void {
  const places = numberParagraphs(blocks.map((b) => (isPlanParagraph(b) ? plainText(b) : null)));
  const count = paragraphShape(places).length;
  const label = printedNumber(article, blocks);
  blocks.forEach((block, i) => {
    const place = places[i];
    if (!place || !isPlanParagraph(block)) return;
    const id = paragraphAnchor(article, place);
    // Only the part below the 条: the copy button adds it to the article's citation.
    const suffix = placeLabel(place, count);
    block.data = { ...block.data, hProperties: { id, className: ['para'], 'data-cite': suffix } } as Paragraph['data'];
    const link = {
      type: 'paragraph',
      data: { hName: 'a', hProperties: { className: ['para-link'], href: `#${id}`, 'aria-label': `${label}${suffix}`, 'data-pagefind-ignore': '' } },
      children: [],
    } as unknown as Paragraph['children'][number];
    block.children.unshift(link);
  });
}

/** The remark plugin. Trees without article sections are left alone. */
export default function remarkParagraphAnchors() {
  return (tree: Root) => {
    for (const node of tree.children) {
      const article = articleOf(node);
      if (article === null || !('children' in node)) continue;
      anchorParagraphs(article, node.children as RootContent[]);
    }
  };
}
