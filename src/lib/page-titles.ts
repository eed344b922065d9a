/**
 * The titles the 404 page embeds: every page of the newest version under
 * `/latest/`, by path. Build-side only; it is kept apart from
 * src/lib/not-found.ts so that the 404 page's script ships the route table
 * alone, not the citation and numbering code these titles are made with.
 */
import { articleLabel } from './citation.ts';
import { labelledTitle, partPath } from './provision-number.ts';
import type { PageTitles } from './not-found.ts';
import type { PlanModel } from './plan-model.ts';
import { LATEST, routeUrl, type Route } from './routes.ts';

/** Titles of every page of the newest version, keyed by its `/latest/` path (embedded in the 404 page). */
export function latestPageTitles(model: PlanModel): PageTitles {
  const v = model.version;
  const at = (route: Route) => routeUrl(route);
  const titles: PageTitles = {
    [at({ kind: 'version', version: LATEST })]: `${v.label} 目录`,
    [at({ kind: 'all', version: LATEST })]: `${v.label} 全文`,
    [at({ kind: 'references', version: LATEST })]: `${v.label} 条文间引用`,
    [at({ kind: 'mandatory', version: LATEST })]: `${v.label} 强制性内容`,
  };
  for (const c of model.chapters) {
    titles[at({ kind: 'chapter', version: LATEST, chapter: c.chapter })] = labelledTitle(c.label, c.title);
    for (const s of c.sections) titles[at({ kind: 'section', version: LATEST, chapter: c.chapter, section: s.section })] = labelledTitle(partPath(c.label, s.label), s.title);
  }
  for (const a of model.articles) titles[at({ kind: 'article', version: LATEST, article: a.number })] = `${articleLabel(a.number, a.printed)}${a.title ? ` ${a.title}` : ''}`;
  return titles;
}
