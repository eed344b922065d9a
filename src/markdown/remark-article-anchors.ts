/**
 * Turn each `## 第十八条 标题` heading of a plan file into a citable article:
 * the heading gets `id="a18"` (search sub-results and links land on it), the
 * article's blocks are wrapped in `<section class="article">`, and a toolbar
 * carries the visible § permalink and the copy-citation button. The citation is
 * computed here, at build time, from the file's version, chapter and section,
 * so the browser only copies it.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { articleAnchor, provisionUrl } from '../lib/ids.ts';
import { articleLabel, citationText, type CitationTarget } from '../lib/citation.ts';
import { locationFromPath, parseArticleHeading } from '../lib/plan-model.ts';
import { printedAnchor } from '../lib/provision-number.ts';

/** What the transform needs to know about the version a file belongs to: what a citation names of it. */
export type VersionInfo = Pick<CitationTarget, 'title' | 'label' | 'scheme' | 'partLabels'>;

export interface ArticleAnchorOptions {
  /** Look up a version's title and label (the plugin reads `_version.yaml` through this). */
  versionInfo: (versionId: string) => VersionInfo | undefined;
}

interface FileContext {
  version: string;
  chapter: number;
  section?: number | undefined;
}

/** Where the file sits: from its frontmatter when the processor exposes it, else from its path. */
export function fileContext(file: VFile): FileContext | null {
  const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
  const fromPath = locationFromPath(file.path ?? '');
  const version = typeof fm.version === 'string' ? fm.version : fromPath.version;
  const chapter = typeof fm.chapter === 'number' ? fm.chapter : fromPath.chapter;
  const section = typeof fm.section === 'number' ? fm.section : fromPath.section;
  if (!version || !chapter) return null;
  return { version, chapter, section };
}

/** The article ordinals the file's frontmatter lists, in order (empty when the processor exposes none). */
function listedOrdinals(file: VFile): number[] {
  const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
  const list = Array.isArray(fm.articles) ? (fm.articles as unknown[]) : [];
  return list.map((a) => (a && typeof a === 'object' && typeof (a as { number?: unknown }).number === 'number' ? (a as { number: number }).number : 0));
}

/** The heading's text, descending into emphasis, links and the like so no words are lost. */
function headingText(node: { children: Heading['children'] }): string {
  return node.children.map((c) => ('value' in c ? String(c.value) : 'children' in c ? headingText(c) : '')).join('');
}

function element(tagName: string, properties: Record<string, unknown>, children: RootContent[] = []): RootContent {
  // A generic mdast node rendered through `data.hName`: works for Markdown and MDX alike.
  return { type: 'paragraph', data: { hName: tagName, hProperties: properties }, children } as unknown as RootContent;
}

function text(value: string): RootContent {
  return { type: 'text', value } as RootContent;
}

/** The remark plugin. Files outside the plan (no version/chapter) are left alone. */
export default function remarkArticleAnchors(options: ArticleAnchorOptions) {
  return (tree: Root, file: VFile) => {
    const ctx = fileContext(file);
    if (!ctx) return;
    const info = options.versionInfo(ctx.version);
    const out: RootContent[] = [];
    let current: RootContent[] | null = null;
    const ordinals = listedOrdinals(file);
    let index = 0;
    for (const node of tree.children) {
      const heading = node.type === 'heading' && node.depth === 2 ? parseArticleHeading(headingText(node)) : null;
      if (!heading) {
        (current ?? out).push(node);
        continue;
      }
      // A 3.2.1 heading carries no ordinal: the file's `articles` list gives it, in order.
      const number = heading.number || ordinals[index] || 0;
      index++;
      if (!number) {
        (current ?? out).push(node);
        continue;
      }
      heading.number = number;
      const id = articleAnchor(heading.number);
      const label = heading.printed ?? articleLabel(heading.number);
      const alias = heading.printed ? printedAnchor(heading.printed) : null;
      const h = node as Heading;
      h.data = { ...h.data, hProperties: { id, className: ['article-heading'] } };
      h.children = [
        // A 第五十五条 derived from the ordinal stays out of the search index (it would
        // match a search for 十四五; the search box resolves such citations itself);
        // a number printed otherwise (3.2.1, 第18条) is indexed so a search for it finds it.
        element('span', { className: ['article-number'], ...(heading.printed ? {} : { 'data-pagefind-ignore': '' }) }, [text(label)]),
        ...(heading.title ? [text(' '), element('span', { className: ['article-title'] }, [text(heading.title)])] : []),
      ] as Heading['children'];
      const path = provisionUrl({ ...ctx, article: heading.number });
      const citation = info ? citationText({ ...info, ...ctx, article: heading.number, ...(heading.printed ? { articlePrinted: heading.printed } : {}) }) : label;
      const tools = element('div', { className: ['article-tools'], 'data-pagefind-ignore': 'all' }, [
        element('a', { className: ['permalink'], href: `#${id}`, 'aria-label': `${label}的固定链接` }, [text('§')]),
        element('plan-cite', { 'data-citation': citation, 'data-path': path }, [
          element('button', { type: 'button', className: ['cite-button'], hidden: true }, [text('复制引用')]),
        ]),
      ]);
      // The printed number as a second anchor (#p3.2.1), so a citation by it can be linked.
      current = alias ? [element('span', { id: alias, className: ['article-alias'] }), node, tools] : [node, tools];
      out.push(element('section', { className: ['article'], 'data-article': heading.number, 'aria-labelledby': id }, current));
    }
    tree.children = out;
  };
}
