/**
 * What the 404 page offers: the same place in the newest version, but only a
 * page that exists, shown by its title. The path is read with the route table
 * (src/lib/routes.ts); a page that is gone falls back to its chapter, then to
 * the newest contents. Pure and browser-safe: the 404 page runs it.
 */
import { LATEST, parseRoute, routeUrl, type Route } from './routes.ts';

/** The newest version's pages under `/latest/`: path → title. */
export type PageTitles = Record<string, string>;

/** The places to try in the newest version, most specific first. */
function candidates(route: Route & { version: string }): Route[] {
  const version = LATEST;
  const contents: Route = { kind: 'version', version };
  switch (route.kind) {
    case 'section':
      return [{ ...route, version }, { kind: 'chapter', version, chapter: route.chapter }, contents];
    case 'chapter':
    case 'article':
    case 'all':
    case 'references':
    case 'mandatory':
      return [{ ...route, version }, contents];
    default:
      return [contents];
  }
}

/**
 * The page of the newest version to offer for a path that was not found, with
 * its title and whether it is the same page (not a fallback); null for a
 * path outside the versions or when nothing fits.
 */
export function suggestPage(pathname: string, titles: PageTitles): { url: string; title: string; exact: boolean } | null {
  const route = parseRoute(pathname);
  if (!route || !('version' in route)) return null;
  const tries = candidates(route);
  for (const candidate of tries) {
    const url = routeUrl(candidate);
    // `exact`: the same kind of page was found, so an #anchor still applies.
    if (titles[url]) return { url, title: titles[url], exact: candidate.kind === route.kind };
  }
  return null;
}
