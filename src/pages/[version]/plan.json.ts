/**
 * `/<v>/plan.json` (and `/latest/plan.json`): the version as data — chapters,
 * sections, articles with keys and text, cross-references, and the sha256 of
 * the canonical text (src/lib/canonical-text.ts), so a citation can be checked
 * against the text it cited.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entryKey, getSiteData, versionStaticPaths, type VersionRoute } from '../../data/plan.ts';
import { planJson } from '../../lib/canonical-text.ts';
import { parseArticles } from '../../lib/plan-model.ts';

export const getStaticPaths: GetStaticPaths = versionStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { model } = (props as { route: VersionRoute }).route;
  const data = await getSiteData();
  // Lead text before the first article of a chapter or section is plan text too.
  const intros = new Map<string, string>();
  for (const c of model.chapters) {
    const lead = parseArticles(data.chapterEntries.get(entryKey(model.version.id, c.chapter))?.body ?? '').lead;
    if (lead) intros.set(`${c.chapter}`, lead);
    for (const s of c.sections) {
      const sLead = parseArticles(data.sectionEntries.get(entryKey(model.version.id, c.chapter, s.section))?.body ?? '').lead;
      if (sLead) intros.set(`${c.chapter}.${s.section}`, sLead);
    }
  }
  const appendices = (data.appendixEntries.get(model.version.id) ?? []).map((e) => ({
    part: e.data.part,
    kind: e.data.kind,
    title: e.data.title,
    markdown: e.body ?? '',
  }));
  return new Response(`${JSON.stringify(planJson(model, site!, intros, appendices), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
