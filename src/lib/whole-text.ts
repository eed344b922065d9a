/**
 * On the whole-text page (`/<v>/all/`) every provision of the version is on
 * the page itself, so a link to a chapter, section, article or figure of the
 * same version can stay on the page (issue 14). Pure: the browser module
 * whole-text-links.client.ts applies it to the rendered links.
 */
import { articleAnchor, chapterAnchor, sectionAnchor } from './ids.ts';

/**
 * The in-page anchor on the whole-text page for a link into the same version
 * (`/ed2/4/2/#a18` → `a18`, `/ed2/4/2/` → `c4s2`, `/ed2/4/` → `c4`,
 * `/ed2/a/18/` → `a18`), or null for any other link. `versions` are the URL
 * segments that name this version (its id and, on the alias, `latest`).
 */
export function wholeTextAnchor(href: string, versions: string[]): string | null {
  let u: URL;
  try {
    u = new URL(href, 'https://x.invalid/');
  } catch {
    return null;
  }
  if (u.origin !== 'https://x.invalid') return null;
  const article = /^\/([a-z0-9-]+)\/a\/([1-9]\d*)\/$/.exec(u.pathname);
  if (article && versions.includes(article[1]!)) return u.hash.slice(1) || articleAnchor(Number(article[2]));
  const page = /^\/([a-z0-9-]+)\/([1-9]\d*)\/(?:([1-9]\d*)\/)?$/.exec(u.pathname);
  if (!page || !versions.includes(page[1]!)) return null;
  if (u.hash) return decodeURIComponent(u.hash.slice(1));
  const chapter = Number(page[2]);
  return page[3] ? sectionAnchor(chapter, Number(page[3])) : chapterAnchor(chapter);
}
