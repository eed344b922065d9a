/**
 * An article rendered for its section (the same HTML, rendered once) as its
 * own page, `/<v>/a/<n>/`, shows it: the article's heading is the page's
 * <h1>, so every heading goes one level up (an editor's note's <h3> an <h2>,
 * as the page's 引用本条 is, with no level skipped); and the cite buttons,
 * which the section's HTML points at the section's anchor (/ed3/3/1/#a18),
 * copy the address the page itself shows and prints (/ed3/a/18/).
 */

/** `html` with its headings one level up and its cite paths from `sectionPath` moved to `pagePath`. */
export function asArticlePage(html: string, sectionPath: string, pagePath: string): string {
  return html
    .replace(/<(\/?)h([2-6])(?=[\s>])/g, (_, slash: string, n: string) => `<${slash}h${Number(n) - 1}`)
    .replaceAll(`data-path="${sectionPath}"`, `data-path="${pagePath}"`);
}
