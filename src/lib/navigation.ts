/**
 * Reading-order navigation over a plan model: breadcrumbs and previous/next
 * pages. Pages of the reading order are the sections, and chapters that hold
 * their articles themselves.
 */
import { labelledTitle, partPath } from './provision-number.ts';
import { chapterUrl, sectionUrl, versionUrl } from './ids.ts';
import type { PlanModel } from './plan-model.ts';

/** A link in a breadcrumb or pager. */
export interface NavLink {
  label: string;
  href: string;
}

/** Breadcrumb from the version's contents down to a chapter or section. */
export function breadcrumbs(model: PlanModel, segment: string, chapter?: number, section?: number): NavLink[] {
  const items: NavLink[] = [{ label: model.version.label, href: versionUrl(segment) }];
  const c = chapter === undefined ? undefined : model.chapters.find((x) => x.chapter === chapter);
  if (c) items.push({ label: labelledTitle(c.label, c.title), href: chapterUrl(segment, c.chapter) });
  const s = c && section !== undefined ? c.sections.find((x) => x.section === section) : undefined;
  if (c && s) items.push({ label: labelledTitle(s.label, s.title), href: sectionUrl(segment, c.chapter, s.section) });
  return items;
}

/**
 * A chapter or section as its version labels it: 第四章第二节, 4.2, 一、（二）;
 * '' for a chapter the version lacks or one without a label (a flat version).
 */
export function partName(model: Pick<PlanModel, 'chapters'>, chapter: number | undefined, section?: number): string {
  const c = model.chapters.find((x) => x.chapter === chapter);
  const s = section ? c?.sections.find((x) => x.section === section) : undefined;
  return c ? (s ? partPath(c.label, s.label) : c.label) : '';
}

/** Every page of the reading order, in order. */
export function readingOrder(model: PlanModel, segment: string): (NavLink & { chapter: number; section?: number })[] {
  return model.chapters.flatMap((c) =>
    c.sections.length
      ? c.sections.map((s) => ({
          chapter: c.chapter,
          section: s.section,
          label: labelledTitle(partPath(c.label, s.label), s.title),
          href: sectionUrl(segment, c.chapter, s.section),
        }))
      : [{ chapter: c.chapter, label: labelledTitle(c.label, c.title), href: chapterUrl(segment, c.chapter) }],
  );
}

/** The pages before and after a section (or a section-less chapter) in reading order. */
export function prevNext(model: PlanModel, segment: string, chapter: number, section?: number): { prev?: NavLink; next?: NavLink } {
  const order = readingOrder(model, segment);
  const i = order.findIndex((p) => p.chapter === chapter && p.section === section);
  if (i < 0) return {};
  const strip = (p: (typeof order)[number] | undefined) => (p ? { label: p.label, href: p.href } : undefined);
  const prev = strip(order[i - 1]);
  const next = strip(order[i + 1]);
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
