/**
 * `/search-index.json`: every version's chapters, sections and article numbers
 * (a few KB), so the search box can turn a citation query (第18条, 4.2, 第四章)
 * into a direct jump without loading pagefind's full-text index. URLs are made
 * in the browser by src/lib/ids.ts from these numbers.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/plan.ts';
import { buildCitationIndex, type CitationIndexFile } from '../lib/citation-query.ts';

export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const file: CitationIndexFile = {
    newest: data.newest?.version.id ?? '',
    versions: data.versions.map(buildCitationIndex),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
