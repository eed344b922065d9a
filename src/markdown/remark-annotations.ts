/**
 * Show a file's editorial annotations (编者注, frontmatter `annotations`) at the
 * end of the article they belong to, apart from the provision: an
 * `<aside class="annotation" role="note">` headed 编者注 (a word, not only a
 * colour, so print and screen readers mark it too), with the paragraph it
 * concerns and its sources. The notes come from frontmatter, never from the
 * body, so they are not part of the article's text, citation, canonical hash
 * or diff. Each heading has an id (`a125-n1`) so search indexes a note as its
 * own result and labels it as a note. Runs after remark-article-anchors.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { annotationAnchor, sourceUrl } from '../lib/ids.ts';
import { sourceName } from '../lib/citation.ts';
import { countedLabel } from '../lib/numerals.ts';
import type { Annotation } from '../lib/schemas.ts';

function element(tagName: string, properties: Record<string, unknown>, children: RootContent[] = []): RootContent {
  return { type: 'paragraph', data: { hName: tagName, hProperties: properties }, children } as unknown as RootContent;
}

const text = (value: string): RootContent => ({ type: 'text', value }) as RootContent;

/** The annotations of the file, as the processor exposes its frontmatter. */
function fileAnnotations(file: VFile): Annotation[] {
  const fm = (file.data as { astro?: { frontmatter?: { annotations?: unknown } } }).astro?.frontmatter;
  return Array.isArray(fm?.annotations) ? (fm.annotations as Annotation[]) : [];
}

/** `依据：起草说明·二、资料 F14`, each linked to the notes or the facts. */
function sourcesLine(sources: string[]): RootContent {
  const children: RootContent[] = [text('依据：')];
  sources.forEach((id, i) => {
    if (i > 0) children.push(text('、'));
    const url = sourceUrl(id);
    children.push(url ? ({ type: 'link', url, children: [text(sourceName(id))] } as RootContent) : text(sourceName(id)));
  });
  return element('p', { className: ['annotation-sources'] }, children);
}

/** One note as an `<aside>`. */
export function annotationNode(note: Annotation, index: number): RootContent {
  const id = annotationAnchor(note.article, index);
  const where = note.paragraph ? `（就本条${countedLabel(note.paragraph, '款')}）` : '';
  return element('aside', { className: ['annotation'], role: 'note', 'aria-labelledby': id }, [
    element('h3', { id, className: ['annotation-heading'] }, [element('span', { className: ['annotation-label'] }, [text('编者注')]), text(where)]),
    ...note.text.split(/\n+/).map((p) => element('p', {}, [text(p)])),
    sourcesLine(note.sources),
  ]);
}

/** The remark plugin: append each article's notes inside its `<section data-article>`. */
export default function remarkAnnotations() {
  return (tree: Root, file: VFile) => {
    const notes = fileAnnotations(file);
    if (notes.length === 0) return;
    visit(tree, (node) => {
      const props = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
      const n = Number(props?.['data-article']);
      if (!Number.isInteger(n) || n < 1 || !('children' in node)) return;
      const mine = notes.filter((a) => a.article === n);
      (node.children as RootContent[]).push(...mine.map((a, i) => annotationNode(a, i + 1)));
      return SKIP;
    });
  };
}
