/**
 * The version switcher's `data-by-article` attribute, written at build time
 * and read in the browser: for each version, where each article of the page
 * is in it. Only the articles that are not at the target's own URL with their
 * anchor are written (`/ed1/4/2/#a30` for 第三十一条 where ed1 numbered it 30),
 * so a version that numbers the page's articles alike costs `{}`.
 */

/** Per article of the page (by number), its URL in one version. */
export type ArticleUrls = Record<string, string>;

/** The attribute for a target at `url`: the moved articles as JSON; undefined on a page without articles. */
export function byArticleAttribute(url: string, byArticle: ArticleUrls): string | undefined {
  const entries = Object.entries(byArticle);
  if (!entries.length) return undefined;
  return JSON.stringify(Object.fromEntries(entries.filter(([n, to]) => to !== `${url}#a${n}`)));
}

/** Where article `n` of the page is in a target at `base`, from the attribute's moved articles. */
export function articleUrl(base: string, moved: ArticleUrls, n: string): string {
  return moved[n] ?? `${base}#a${n}`;
}
