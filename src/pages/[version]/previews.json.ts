/**
 * `/<v>/previews.json`: what a reference link of the version shows on hover
 * or focus (the opening of the article it cites, a chapter's or section's
 * title), by the link's `data-xref` id. Pages carry only the id; the tooltip
 * fetches this once per visit (issue #17: the texts in every link weighed
 * 0.3 KB gzip on a section page and 1.2 KB on the whole text; the file is
 * 9 KB gzip for ed3, fetched once by a reader who reaches for a reference).
 * Links are versioned, so no `/latest/` copy is made.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData, versionRoutes, type VersionRoute } from '../../data/plan.ts';
import { xrefPlanWithCitations } from '../../lib/xref-index.ts';
import { xrefPreviews } from '../../lib/xref.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  versionRoutes(await getSiteData())
    .filter((route) => !route.isAlias)
    .map((route) => ({ params: { version: route.segment }, props: { route } }));

export const GET: APIRoute = ({ props }) => {
  const { model } = (props as { route: VersionRoute }).route;
  return new Response(JSON.stringify(xrefPreviews(xrefPlanWithCitations(model))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
