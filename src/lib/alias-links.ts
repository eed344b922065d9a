/**
 * The plan's own links on a `/latest/…` page. Plan text is rendered once per
 * version, its cross-references, "cited by" lists and figure references
 * naming the version (`/ed3/4/2/#a32`); on the `/latest/` twin of a page
 * they lead to the `/latest/` address of the same target, as the sidebar and
 * the pager there do. A reader who follows 第三十二条 then stays on
 * `/latest/`, and a reference to the same page scrolls to it instead of
 * loading its versioned twin. Other links keep naming their version: an
 * article's history, plan.json and the downloads (which have no `/latest/`
 * address).
 */

/** The classes of the plan's links (remark-cross-references.ts, remark-figure-references.ts). */
const PLAN_LINK = /<a href="\/([^/"]+)\/([^"]*)"(?=[^>]*\bclass="(?:xref|figref)")/g;

/** `html` as the page at `segment` shows it: the plan's links into `versionId` moved to `segment` (nothing changes when they are the same). */
export function withAliasLinks(html: string, versionId: string, segment: string): string {
  if (segment === versionId) return html;
  return html.replace(PLAN_LINK, (link, version: string, rest: string) => (version === versionId ? `<a href="${aliasPath(`/${version}/${rest}`, versionId, segment)}"` : link));
}

/** One link of the plan's (a reference listed beside an article) as the page at `segment` gives it: `/ed3/4/2/#a32` → `/latest/4/2/#a32`. */
export function aliasPath(path: string, versionId: string, segment: string): string {
  return path.startsWith(`/${versionId}/`) ? `/${segment}/${path.slice(versionId.length + 2)}` : path;
}
