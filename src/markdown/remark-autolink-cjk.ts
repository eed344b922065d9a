/**
 * GFM turns bare addresses (https://…, www.…) into links, and its rule for
 * where an address ends is made for English: in `见 https://example.com>。以及`
 * the link swallows `>。以及` (issue 15). A Chinese sentence goes straight on
 * after an address, so an automatic link here ends before the first CJK
 * character or punctuation, full-width form or angle bracket; the rest goes
 * back to the text. Links written as [text](url) are left alone.
 */
import type { Link, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** What ends an automatic link: CJK ideographs and punctuation, full-width forms, `<` and `>`. */
const STOP = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF<>]/;

/** Whether a link is GFM's automatic link: its only child is the address itself. */
function isAutolink(link: Link): link is Link & { children: [Text] } {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  if (only?.type !== 'text') return false;
  return link.url === only.value || link.url === `http://${only.value}` || link.url === `mailto:${only.value}`;
}

/** The remark plugin. */
export default function remarkAutolinkCjk() {
  return (tree: Root) => {
    visit(tree, 'link', (link: Link, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !isAutolink(link)) return;
      const text = link.children[0].value;
      const cut = text.search(STOP);
      if (cut < 0) return;
      const kept = text.slice(0, cut);
      const rest: Text = { type: 'text', value: text.slice(cut) };
      // Nothing left but a scheme or www: not an address after all.
      if (!/[a-z0-9]\.[a-z]/i.test(kept)) {
        parent.children.splice(index, 1, { type: 'text', value: text } as Text);
        return;
      }
      link.url = link.url.slice(0, link.url.length - text.length) + kept;
      link.children = [{ type: 'text', value: kept }];
      parent.children.splice(index + 1, 0, rest);
    });
  };
}
