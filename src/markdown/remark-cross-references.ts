/**
 * Turn a plan file's references to its own plan (按照第十八条, 第四章第二节, 本章)
 * into links to the article, chapter or section in the same version (issue 8).
 * Readers follow a plan by its references; resolving them at build time means
 * a link never dangles: a reference that leads nowhere fails the build, naming
 * the file, the line and the text. Each link carries its target's id in
 * `data-xref`, by which `xref-preview.client.ts` shows the target's opening
 * (from `/<v>/previews.json`) on hover and focus; without JavaScript it is a
 * plain link.
 *
 * The grammar (what counts as a reference, what must not be linked) lives in
 * `src/lib/xref.ts`; this file only walks the Markdown tree.
 */
import { relative } from 'node:path';
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { citedByLinks, findReferences, resolveReference, type XrefPlan } from '../lib/xref.ts';
import { xrefPlanWithCitations } from '../lib/xref-index.ts';
import { cachedModelLoader } from '../lib/plan-files.ts';
import type { PlanModel } from '../lib/plan-model.ts';
import { fileContext } from './remark-article-anchors.ts';

export interface CrossReferenceOptions {
  /** The resolver's view of a version by id (see `planLoader` for the one the site uses). */
  loadPlan: (version: string) => XrefPlan;
}

/** Node types whose text is never linked: existing links, headings (article titles), code. */
const SKIP_TYPES = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'definition', 'html']);

/** Thrown when references lead nowhere; lists every one in the file. */
export class UnresolvedReferenceError extends Error {
  /** The first problem's place, which Astro's error overlay and build log show as the location. */
  readonly line: number;
  readonly column: number;
  constructor(public readonly problems: { file: string; line: number; column: number; text: string; why: string }[]) {
    super(
      `${problems.length} cross-reference(s) lead nowhere:\n` +
        problems.map((p) => `  ${p.file}:${p.line}: “${p.text}”: ${p.why}`).join('\n') +
        '\n  fix: correct the reference in the plan text; if it cites another law or plan, put that title 《…》 right before it',
    );
    this.name = 'UnresolvedReferenceError';
    this.line = problems[0]?.line ?? 0;
    this.column = problems[0]?.column ?? 0;
  }
}

/**
 * The loader the site uses: each version's resolver view, derived once per
 * model from a stamp-cached model loader (shared with the figure links, so a
 * version is read once however many transforms need it).
 */
export function planLoader(contentDir: string, models: (version: string) => PlanModel = cachedModelLoader(contentDir)): (version: string) => XrefPlan {
  const plans = new WeakMap<PlanModel, XrefPlan>();
  return (version) => {
    const model = models(version);
    let plan = plans.get(model);
    if (!plan) plans.set(model, (plan = xrefPlanWithCitations(model)));
    return plan;
  };
}


/** The remark plugin. Files outside the plan (no version and chapter) are left alone. */
export default function remarkCrossReferences(options: CrossReferenceOptions) {
  return (tree: Root, file: VFile) => {
    const here = fileContext(file);
    if (!here) return;
    const plan = options.loadPlan(here.version);
    const path = file.path ? relative(process.cwd(), file.path).replace(/\\/g, '/') : '(unnamed file)';
    const problems: UnresolvedReferenceError['problems'] = [];
    const replacements: { parent: Parent; node: Text; parts: PhrasingContent[] }[] = [];

    visit(tree, (node, _index, parent) => {
      const hName = (node.data as { hName?: string } | undefined)?.hName;
      if (SKIP_TYPES.has(node.type) || hName === 'a') return SKIP;
      if (node.type !== 'text') return;
      const text = node as Text;
      const refs = findReferences(text.value);
      if (refs.length === 0) return;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const ref of refs) {
        const resolved = resolveReference(ref, plan, here);
        if (!resolved.ok) {
          const before = text.value.slice(0, ref.start);
          const lineBreaks = before.match(/\n/g)?.length ?? 0;
          const line = (text.position?.start.line ?? 0) + lineBreaks;
          // Columns count from the node's start on its first line, from the line start after a break.
          const column = lineBreaks ? ref.start - before.lastIndexOf('\n') : (text.position?.start.column ?? 1) + ref.start;
          problems.push({ file: path, line, column, text: ref.text, why: resolved.error.replace(/^“[^”]*”: /, '') });
          continue;
        }
        if (ref.start > at) parts.push({ type: 'text', value: text.value.slice(at, ref.start) });
        const link: Link = {
          type: 'link',
          url: resolved.url,
          children: [{ type: 'text', value: ref.text }],
          data: { hProperties: { className: ['xref'], dataXref: resolved.id } },
        };
        parts.push(link);
        at = ref.end;
      }
      if (at < text.value.length) parts.push({ type: 'text', value: text.value.slice(at) });
      if (parent) replacements.push({ parent: parent as Parent, node: text, parts });
    });

    if (problems.length) throw new UnresolvedReferenceError(problems);
    // Replace after the walk, so the visitor never walks into the links it made.
    for (const { parent, node, parts } of replacements) {
      parent.children.splice(parent.children.indexOf(node as never), 1, ...(parts as never[]));
    }
    addCitedBy(tree, plan);
  };
}

/**
 * Close each article (the `<section data-article>` wrappers made by
 * remark-article-anchors) with the articles that cite it, so readers can
 * follow references backwards. Same markup as `CitedBy.astro`.
 */
function addCitedBy(tree: Root, plan: XrefPlan): void {
  visit(tree, (node) => {
    const props = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
    const n = Number(props?.['data-article']);
    if (!Number.isInteger(n) || n < 1 || !('children' in node)) return;
    const links = citedByLinks(plan, n);
    if (links.length === 0) return SKIP;
    const children: PhrasingContent[] = [{ type: 'text', value: '被引用：' }];
    links.forEach((l, i) => {
      if (i > 0) children.push({ type: 'text', value: '、' });
      children.push({
        type: 'link',
        url: l.url,
        children: [{ type: 'text', value: l.label }],
        data: { hProperties: { className: ['xref'], dataXref: l.id } },
      });
    });
    (node as Parent).children.push({
      type: 'paragraph',
      children,
      data: { hProperties: { className: ['cited-by'], 'data-pagefind-ignore': 'all' } },
    } as never);
    return SKIP;
  });
}
