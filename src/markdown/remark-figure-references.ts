/**
 * Turn 附图N in plan text into a link to the figure on the section page that
 * shows it (`/ed2/4/4/#fig3`), so a reader can go from “见附图3” to the map.
 * In the imported 附图 list (an appendix part of kind 附图, read on
 * `/<v>/all/`) each `附图N 标题` heading becomes the figure's anchor there
 * (`#fig3`) and links to the figure's home section.
 * Which section shows which figure is the figure registry's business, per
 * version (`figureHomes` in `src/lib/geo/figures.ts`: a new layout moves its
 * figures with the text); the URL comes from `src/lib/ids.ts`. Files
 * outside the plan (no version in frontmatter or path) and figure numbers
 * the registry does not know are left as plain text.
 */
import { join } from 'node:path';
import type { Heading, Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import type { FigureDef, FigureSection } from '../lib/geo/figures';
import { FIGURES, figureHomes } from '../lib/geo/figures';
import { loadPlanModel } from '../lib/plan-files.ts';
import { figureAnchor, figureUrl } from '../lib/ids';
import { findFigureReferences } from '../lib/xref';
import { fileContext } from './remark-article-anchors.ts';
import { versionStamp } from './remark-cross-references.ts';

export interface FigureReferenceOptions {
  /** The figures to link (default: the site's registry). */
  figures?: readonly FigureDef[];
  /**
   * Where each figure sits in a version (see `figureHomes`). Without it, the
   * registry's first section is used for every version.
   */
  homesOf?: (version: string) => ReadonlyMap<number, FigureSection>;
}

/** Node types whose text is never linked. */
const SKIP_TYPES = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'definition', 'html']);

/**
 * The homes the site uses: each version's figures placed by its own text
 * (read from `<contentDir>/plan/<v>/`), cached until a file of it changes.
 */
export function figureHomesLoader(contentDir: string): (version: string) => ReadonlyMap<number, FigureSection> {
  const cache = new Map<string, { stamp: string; homes: ReadonlyMap<number, FigureSection> }>();
  return (version) => {
    const stamp = versionStamp(join(contentDir, 'plan', version));
    const hit = cache.get(version);
    if (hit && hit.stamp === stamp) return hit.homes;
    const homes = figureHomes(loadPlanModel(contentDir, version).articles);
    cache.set(version, { stamp, homes });
    return homes;
  };
}

/** The remark plugin. */
export default function remarkFigureReferences(options: FigureReferenceOptions = {}) {
  const figures = options.figures ?? FIGURES;
  return (tree: Root, file: VFile) => {
    const list = figureListContext(file);
    const homeOf = (version: string, n: number): FigureSection | undefined =>
      options.homesOf ? options.homesOf(version).get(n) : figures.find((f) => f.number === n)?.sections[0];
    if (list) return anchorFigureList(tree, list.version, (n) => homeOf(list.version, n));
    const here = fileContext(file);
    if (!here) return;
    const replacements: { parent: Parent; node: Text; parts: PhrasingContent[] }[] = [];
    visit(tree, (node, _index, parent) => {
      const hName = (node.data as { hName?: string } | undefined)?.hName;
      if (SKIP_TYPES.has(node.type) || hName === 'a') return SKIP;
      if (node.type !== 'text' || !parent) return;
      const text = node as Text;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const m of findFigureReferences(text.value)) {
        const n = m.figure;
        const figure = figures.find((f) => f.number === n);
        const home = homeOf(here.version, n);
        if (!figure || !home) continue;
        if (m.index > at) parts.push({ type: 'text', value: text.value.slice(at, m.index) });
        const link: Link = {
          type: 'link',
          url: figureUrl(here.version, home.chapter, home.section, n),
          title: `附图${n} ${figure.title}`,
          children: [{ type: 'text', value: m.text }],
          data: { hProperties: { className: ['figref'], dataFigure: n } },
        };
        parts.push(link);
        at = m.index + m.text.length;
      }
      if (parts.length === 0) return;
      if (at < text.value.length) parts.push({ type: 'text', value: text.value.slice(at) });
      replacements.push({ parent: parent as Parent, node: text, parts });
    });
    // Replace after the walk, so the visitor never walks into the links it made.
    for (const { parent, node, parts } of replacements) {
      parent.children.splice(parent.children.indexOf(node as never), 1, ...(parts as never[]));
    }
  };
}

/** The version of an imported 附图 list (frontmatter `kind: 附图`), or null for any other file. */
function figureListContext(file: VFile): { version: string } | null {
  const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
  return fm.kind === '附图' && typeof fm.version === 'string' ? { version: fm.version } : null;
}

/** Give each `附图N 标题` heading of a 附图 list the figure's anchor and a link to its home section. */
function anchorFigureList(tree: Root, version: string, homeOf: (n: number) => FigureSection | undefined): void {
  visit(tree, 'heading', (heading: Heading) => {
    const first = heading.children[0];
    const ref = first?.type === 'text' ? findFigureReferences(first.value)[0] : undefined;
    const home = ref && ref.index === 0 ? homeOf(ref.figure) : undefined;
    if (!ref || !home) return SKIP;
    heading.data = { ...heading.data, hProperties: { ...(heading.data?.hProperties ?? {}), id: figureAnchor(ref.figure) } };
    heading.children = [{ type: 'link', url: figureUrl(version, home.chapter, home.section, ref.figure), children: heading.children }];
    return SKIP;
  });
}
