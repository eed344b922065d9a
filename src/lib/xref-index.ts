/**
 * Who cites whom within one version: every cross-reference found in the
 * articles' texts, resolved as the Markdown transform resolves it. Article
 * pages list the articles that cite them ("cited by"), the references page
 * shows how the chapters refer to each other, and maps and section pages list
 * the articles that cite a figure (附图N, resolved against the plan's figures).
 *
 * Computed from a plan model and a figure list (by default the plan's own,
 * `content/geo/figures.yaml`), cached per model object.
 */
import type { PlanModel } from './plan-model.ts';
import { toPlainText } from './plan-model.ts';
import { FIGURES, figureHomes, type FigureDef } from './geo/figures.ts';
import {
  findFigureReferences,
  findReferences,
  resolveReference,
  xrefFigures,
  xrefPlanFromModel,
  type ResolvedReference,
  type XrefPlan,
} from './xref.ts';

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
  /** Every reference to a figure the plan defines (附图N), in reading order; kept apart so chapter counts stay chapter counts. */
  figureReferences: IndexedReference[];
  /** Figure number (附图N) → the articles whose text cites it, ascending. */
  figureCitedBy: ReadonlyMap<number, number[]>;
}

const cache = new WeakMap<PlanModel, XrefIndex>();

/**
 * Build (or reuse) the reference index of a version, with the plan's figures.
 * References that do not resolve are skipped here: the Markdown transform
 * fails the build on them (and leaves an unknown 附图N as plain text).
 */
export function xrefIndexFor(model: PlanModel): XrefIndex {
  let index = cache.get(model);
  if (!index) {
    index = buildXrefIndex(model);
    cache.set(model, index);
  }
  return index;
}

/**
 * Build the reference index of a version from its articles' texts; figures
 * default to the plan's own, each placed where this version's text cites it.
 */
export function buildXrefIndex(model: PlanModel, figures: readonly FigureDef[] = FIGURES): XrefIndex {
  const plan = xrefPlanFromModel(model, xrefFigures(figures, figureHomes(model.articles, figures)));
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

  const figureReferences = indexFigureReferences(model, plan);
  return {
    version: model.version.id,
    references,
    citedBy: sortedLists(citedBy),
    matrix,
    figureReferences,
    figureCitedBy: sortedLists(groupBy(figureReferences, (r) => r.to.figure!, (r) => r.from.article)),
  };
}

/** The references to the plan's figures (附图N) in the articles' texts, resolved; unknown figures left out. */
function indexFigureReferences(model: PlanModel, plan: XrefPlan): IndexedReference[] {
  return model.articles.flatMap((article) => {
    const from = { article: article.number, chapter: article.chapter, section: article.section };
    return findFigureReferences(toPlainText(article.body)).flatMap((ref) => {
      const to = resolveReference(ref, plan);
      return to.ok ? [{ from, text: ref.text, to, articles: [] }] : [];
    });
  });
}

function groupBy<T>(items: readonly T[], key: (t: T) => number, value: (t: T) => number): Map<number, Set<number>> {
  const groups = new Map<number, Set<number>>();
  for (const item of items) groups.set(key(item), (groups.get(key(item)) ?? new Set()).add(value(item)));
  return groups;
}

function sortedLists(sets: ReadonlyMap<number, ReadonlySet<number>>): Map<number, number[]> {
  return new Map([...sets].map(([n, set]) => [n, [...set].sort((a, b) => a - b)]));
}

/** The articles whose text cites figure n (附图n) in a version, ascending (empty when none). */
export function citingFigure(index: XrefIndex, n: number): number[] {
  return index.figureCitedBy.get(n) ?? [];
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
