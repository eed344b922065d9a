/**
 * Turn 附图N in plan text into a link to the figure on the section page that
 * shows it (`/ed2/4/4/#fig3`), so a reader can go from “见附图3” to the map.
 * In the imported 附图 list (an appendix part of kind 附图, read on
 * `/<v>/all/`) each `附图N 标题` heading becomes the figure's anchor there
 * (`#fig3`) and links to the figure's home section.
 * A 附图N resolves as every other reference does: `resolveReference` in
 * `src/lib/xref.ts`, against the plan's figures (`content/geo/figures.yaml`)
 * placed in each version by the text that cites them (`figureHomes` in
 * `src/lib/geo/figures.ts`: a new layout moves its figures with the text),
 * the same resolution the cross-reference index uses. Files
 * outside the plan (no version in frontmatter or path) and figure numbers
 * the plan does not define are left as plain text.
 */
import type { Heading, Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import type { FigureDef, FigureHome } from '../lib/geo/figures';
import { FIGURES, figureHomes } from '../lib/geo/figures';
import { figureAnchor } from '../lib/ids';
import { cachedModelLoader } from '../lib/plan-files.ts';
import type { PlanModel } from '../lib/plan-model.ts';
import { findFigureReferences, resolveReference, xrefFigures, type ResolvedReference, type XrefPlan } from '../lib/xref';
import { fileContext } from './remark-article-anchors.ts';

export interface FigureReferenceOptions {
  /** The figures to link (default: the site's registry). */
  figures?: readonly FigureDef[];
  /**
   * Where each figure sits in a version (see `figureHomes`). Without it, the
   * registry's first section is used for every version.
   */
  homesOf?: (version: string) => ReadonlyMap<number, FigureHome>;
}

/** Node types whose text is never linked. */
const SKIP_TYPES = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'definition', 'html']);

/**
 * The homes the site uses: each version's figures placed by its own text,
 * derived once per model from a stamp-cached model loader (shared with the
 * cross-references).
 */
export function figureHomesLoader(contentDir: string, models: (version: string) => PlanModel = cachedModelLoader(contentDir)): (version: string) => ReadonlyMap<number, FigureHome> {
  const homes = new WeakMap<PlanModel, ReadonlyMap<number, FigureHome>>();
  return (version) => {
    const model = models(version);
    let found = homes.get(model);
    if (!found) homes.set(model, (found = figureHomes(model.articles)));
    return found;
  };
}

/** The remark plugin. */
export default function remarkFigureReferences(options: FigureReferenceOptions = {}) {
  const figures = options.figures ?? FIGURES;
  const planOf = (version: string) => figurePlan(version, xrefFigures(figures, options.homesOf?.(version)));
  return (tree: Root, file: VFile) => {
    const list = figureListContext(file);
    if (list) return anchorFigureList(tree, planOf(list.version), figures);
    const here = fileContext(file);
    if (!here) return;
    const plan = planOf(here.version);
    const replacements: { parent: Parent; node: Text; parts: PhrasingContent[] }[] = [];
    visit(tree, (node, _index, parent) => {
      const hName = (node.data as { hName?: string } | undefined)?.hName;
      if (SKIP_TYPES.has(node.type) || hName === 'a') return SKIP;
      if (node.type !== 'text' || !parent) return;
      const text = node as Text;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const m of findFigureReferences(text.value)) {
        const to = resolveReference(m, plan);
        if (!to.ok) continue;
        if (m.start > at) parts.push({ type: 'text', value: text.value.slice(at, m.start) });
        parts.push(figureLink(to, m.text));
        at = m.end;
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

/** The resolver's view of a version that only knows its figures: all a 附图N needs. */
function figurePlan(version: string, figures: XrefPlan['figures']): XrefPlan {
  return { version, articles: new Map(), chapters: new Map(), figures };
}

/** The link a resolved 附图N becomes. */
function figureLink(to: ResolvedReference, text: string): Link {
  return {
    type: 'link',
    url: to.url,
    title: to.preview,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['figref'], dataFigure: to.figure } },
  };
}

/** The version of an imported 附图 list (frontmatter `kind: 附图`), or null for any other file. */
function figureListContext(file: VFile): { version: string } | null {
  const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
  return fm.kind === '附图' && typeof fm.version === 'string' ? { version: fm.version } : null;
}

/**
 * Give each `附图N 标题` heading of a 附图 list the figure's anchor, and a link
 * to its home section where the version's text cites it. A listed figure that
 * no article cites keeps its anchor, so the whole text still draws it
 * (FigurePart.astro) instead of leaving an empty heading.
 */
function anchorFigureList(tree: Root, plan: XrefPlan, figures: readonly FigureDef[]): void {
  visit(tree, 'heading', (heading: Heading) => {
    const first = heading.children[0];
    const ref = first?.type === 'text' ? findFigureReferences(first.value)[0] : undefined;
    if (!ref || ref.start !== 0) return SKIP;
    const to = resolveReference(ref, plan);
    const known = figures.some((f) => f.number === ref.target.figure);
    if (!to.ok && !known) return SKIP;
    const id = to.ok ? to.id : figureAnchor(ref.target.figure);
    heading.data = { ...heading.data, hProperties: { ...(heading.data?.hProperties ?? {}), id } };
    if (to.ok) heading.children = [{ type: 'link', url: to.url, children: heading.children }];
    return SKIP;
  });
}
