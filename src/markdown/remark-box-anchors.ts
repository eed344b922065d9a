/**
 * 专栏 boxes (issue 11): the importer writes a box's title as a `###` heading
 * (`### 专栏3-1 重点项目`). This transform gives it a stable anchor from its
 * number (`#box-3-1`), so a box can be linked and cited like an article.
 * Headings that are not boxes are left alone.
 */
import type { Heading, Root } from 'mdast';
import { boxAnchor } from '../lib/box-title.ts';

function headingText(node: Heading): string {
  return node.children.map((c) => ('value' in c ? String(c.value) : '')).join('');
}

/** The remark plugin. A repeated box number keeps only its first anchor, so ids stay unique. */
export default function remarkBoxAnchors() {
  return (tree: Root) => {
    const seen = new Set<string>();
    for (const node of tree.children) {
      if (node.type !== 'heading' || node.depth !== 3) continue;
      const id = boxAnchor(headingText(node));
      if (!id || seen.has(id)) continue;
      seen.add(id);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties as object), id, className: ['box-heading'] } };
    }
  };
}
