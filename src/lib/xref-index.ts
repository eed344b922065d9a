/**
 * Who cites whom within one version: every cross-reference found in the
 * articles' texts, resolved as the Markdown transform resolves it. Article
 * pages list the articles that cite them ("cited by"), and the references page
 * shows how the chapters refer to each other.
 *
 * Pure: computed from a plan model, cached per model object.
 */
import type { PlanModel } from './plan-model.ts';
import { toPlainText } from './plan-model.ts';
import { findFigureReferences, findReferences, resolveReference, xrefPlanFromModel, type ResolvedReference, type XrefPlan } from './xref.ts';

/** One reference found in an article, with where it is and where it leads. */
export interface IndexedReference {
  /** The citing article and its place. */
  from: { article: number; chapter: number; section?: number | undefined };
  /** The link text as written: 第十八条, 第四章第二节. */
  text: string;
  /** Where it leads. */
  to: ResolvedReference;
  /** The articles it refers to: one, every article of a range (第十八条至第二十条), none for a chapter or section. */
  articles: number[];
}

/** The references of one version, ready for pages. */
export interface XrefIndex {
  version: string;
  /** Every resolvable reference, in reading order. 本章 and 本节 are left out: they point at their own place. */
  references: IndexedReference[];
  /** Article number → the other articles that cite it, ascending. */
  citedBy: ReadonlyMap<number, number[]>;
  /** Counts of references from the articles of one chapter to another: `matrix.get(from)?.get(to)`. */
  matrix: ReadonlyMap<number, ReadonlyMap<number, number>>;
  /** Figure number (附图N) → the articles whose text cites it, ascending. */
  figureCitedBy: ReadonlyMap<number, number[]>;
}

const cache = new WeakMap<PlanModel, XrefIndex>();

/**
 * Build (or reuse) the reference index of a version. References that do not
 * resolve are skipped here: the Markdown transform fails the build on them.
 */
export function xrefIndexFor(model: PlanModel): XrefIndex {
  let index = cache.get(model);
  if (!index) {
    index = buildXrefIndex(model);
    cache.set(model, index);
  }
  return index;
}

/** Build the reference index of a version from its articles' texts. */
export function buildXrefIndex(model: PlanModel): XrefIndex {
  const plan = xrefPlanFromModel(model);
  const references: IndexedReference[] = [];
  const citedBy = new Map<number, Set<number>>();
  const matrix = new Map<number, Map<number, number>>();

  for (const article of model.articles) {
    const here = { chapter: article.chapter, section: article.section };
    for (const ref of findReferences(toPlainText(article.body))) {
      if (ref.target.kind === 'current-chapter' || ref.target.kind === 'current-section') continue;
      const to = resolveReference(ref, plan, here);
      if (!to.ok) continue;
      const articles =
        to.article === undefined
          ? []
          : ref.range
            ? range(ref.range.from, ref.range.to).filter((n) => plan.articles.has(n))
            : [to.article];
      references.push({ from: { article: article.number, ...here }, text: ref.text, to, articles });
      for (const n of articles) {
        if (n === article.number) continue;
        const set = citedBy.get(n) ?? new Set<number>();
        set.add(article.number);
        citedBy.set(n, set);
      }
      const row = matrix.get(article.chapter) ?? new Map<number, number>();
      row.set(to.chapter, (row.get(to.chapter) ?? 0) + 1);
      matrix.set(article.chapter, row);
    }
  }

  return {
    version: model.version.id,
    references,
    citedBy: new Map([...citedBy].map(([n, set]) => [n, [...set].sort((a, b) => a - b)])),
    matrix,
    figureCitedBy: figureCitations(model.articles),
  };
}

/** The articles that cite an article's text, only what figure citations need. */
type CitingText = { number: number; body: string };

const figureCache = new WeakMap<readonly CitingText[], ReadonlyMap<number, number[]>>();

/**
 * Figure number → the articles that cite it (附图N in their text), ascending;
 * the index's `figureCitedBy`, also usable on a bare list of articles.
 */
export function figureCitations(articles: readonly CitingText[]): ReadonlyMap<number, number[]> {
  let map = figureCache.get(articles);
  if (!map) {
    const found = new Map<number, Set<number>>();
    for (const a of articles) {
      for (const ref of findFigureReferences(toPlainText(a.body))) found.set(ref.figure, (found.get(ref.figure) ?? new Set()).add(a.number));
    }
    map = new Map([...found].map(([n, set]) => [n, [...set].sort((x, y) => x - y)]));
    figureCache.set(articles, map);
  }
  return map;
}

/** The resolver's view of a version with its "cited by" lists: what the Markdown transform and CitedBy use. */
export function xrefPlanWithCitations(model: PlanModel): XrefPlan {
  return { ...xrefPlanFromModel(model), citedBy: xrefIndexFor(model).citedBy };
}

/** The articles that cite article n in a version, ascending (empty when none). */
export function citingArticles(index: XrefIndex, n: number): number[] {
  return index.citedBy.get(n) ?? [];
}

/** The references from chapter `from` to chapter `to`, in reading order. */
export function referencesBetween(index: XrefIndex, from: number, to: number): IndexedReference[] {
  return index.references.filter((r) => r.from.chapter === from && r.to.chapter === to);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
