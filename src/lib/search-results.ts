/**
 * Turn pagefind's page results into the list the search box shows: one entry
 * per article (pagefind's sub-results, split at the `id="a<n>"` headings), each
 * with its breadcrumb 第四章 › 第二节 › 第十八条, title and excerpt, ranked across
 * pages. Pure: the browser code feeds it what `result.data()` returns.
 *
 * Why rank articles ourselves: pagefind ranks pages (sections), and a section
 * that mentions a term once in each of five articles would otherwise push the
 * one article that is about the term out of the first five.
 */
import { articleLabel } from './citation.ts';

/** The parts of a pagefind sub-result that ranking and display need. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element?: string } | undefined;
  weighted_locations?: { weight: number; balanced_score: number; location: number }[] | undefined;
  locations?: number[] | undefined;
}

/** The parts of a pagefind result's data that ranking and display need. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]> | undefined;
  sub_results: PagefindSubResult[];
}

/** One line in the results. */
export interface SearchEntry {
  /** Where the link goes (page and anchor, with `?highlight=` terms). */
  url: string;
  /** 第四章 › 第二节 › 第十八条 as parts; for other pages their title. */
  crumbs: string[];
  /** The article or heading title ('' when it has none). */
  title: string;
  /** Pagefind's excerpt: text HTML-escaped by pagefind, matches in `<mark>`. */
  excerpt: string;
  /** The version label (整理稿第2版) for plan text, from the 版本 filter. */
  version?: string | undefined;
  /** Higher is better; only meaningful within one query. */
  score: number;
  /** An article, a heading of another page, or a page's own title and lead. */
  kind?: 'article' | 'heading' | 'page' | undefined;
}

/** The filter and meta keys the plan pages set (see the section and chapter pages). */
export const FILTER_VERSION = '版本';
export const FILTER_CHAPTER = '章';
export const META_LOCATION = 'location';

/** A heading that still starts with its number (第十八条 生态保护红线). */
const ARTICLE_HEADING = /^(第[零〇一二两三四五六七八九十百千]+条)\s*(.*)$/;
const ARTICLE_ANCHOR = /^a[1-9]\d*$/;

/** Split a query into the terms a reader typed (whitespace-separated, NFKC, at most 8). */
export function queryTerms(query: string): string[] {
  return query.normalize('NFKC').split(/\s+/).filter(Boolean).slice(0, 8);
}

/** Strip tags and decode the few entities pagefind writes, for matching and for aria text. */
export function excerptText(excerpt: string): string {
  return excerpt
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The phrases pagefind matched, from an excerpt: adjacent `<mark>`s merged
 * (pagefind marks 生态|保护|红|线 separately after segmenting), so the page can
 * highlight 生态保护红线 rather than every 线. Only phrases of two or more
 * characters are kept; single characters would light up the whole page.
 */
export function markedPhrases(excerpt: string): string[] {
  const merged = excerpt.replace(/<\/mark>\s*<mark>/g, '');
  const found = new Set<string>();
  for (const m of merged.matchAll(/<mark>([^<]*)<\/mark>/g)) {
    const phrase = excerptText(m[1] ?? '').trim();
    if ([...phrase].length >= 2) found.add(phrase);
  }
  return [...found];
}

/**
 * Add `highlight` parameters to a result URL (before its `#anchor`), which
 * pagefind's highlight script reads on the page the result opens.
 */
export function withHighlight(url: string, terms: string[]): string {
  if (terms.length === 0) return url;
  const u = new URL(url, 'https://x.invalid');
  u.searchParams.delete('highlight');
  for (const t of terms) u.searchParams.append('highlight', t);
  return u.pathname + u.search + u.hash;
}

function locationScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

/**
 * The entries of one page result. Plan pages give one entry per article that
 * matched (plus one for the page itself when its title or lead matched);
 * other pages (drafting notes, about) one per matching heading.
 */
export function entriesFromResult(data: PagefindResultData, query: string): SearchEntry[] {
  const terms = queryTerms(query).map((t) => t.toLowerCase());
  const location = data.meta[META_LOCATION];
  const version = data.filters?.[FILTER_VERSION]?.[0];
  const pageTitle = data.meta.title ?? '';
  const entries: SearchEntry[] = [];
  const isArticle = (sub: PagefindSubResult) => !!sub.anchor && ARTICLE_ANCHOR.test(sub.anchor.id);
  // On a plan page the page-level hit (its heading and lead) only matters when
  // no article matched: otherwise the articles are the answer.
  const hasArticles = !!location && data.sub_results.some(isArticle);
  for (const sub of data.sub_results) {
    if (hasArticles && !isArticle(sub) && !sub.anchor) continue;
    const article = isArticle(sub) ? Number(sub.anchor!.id.slice(1)) : null;
    let crumbs: string[];
    let title: string;
    if (article && location) {
      // The heading's 第十八条 is kept out of the index, so its number comes from the anchor.
      crumbs = [...location.split(' › '), articleLabel(article)];
      title = sub.title.trim().replace(ARTICLE_HEADING, '$2');
    } else if (location) {
      crumbs = location.split(' › ');
      title = sub.anchor ? sub.title : pageTitle;
    } else {
      crumbs = [pageTitle || sub.title];
      title = sub.anchor && sub.title !== pageTitle ? sub.title : '';
    }
    // A sub-result that holds every typed term verbatim is about the query,
    // not just near its segments: rank it well above partial matches.
    const haystack = `${sub.title} ${excerptText(sub.excerpt)}`.toLowerCase();
    const whole = terms.length > 0 && terms.every((t) => haystack.includes(t));
    const score = locationScore(sub) * (whole ? 10 : 1);
    // Highlight what was typed, and the parts of it pagefind matched (生态保护 of
    // 生态保护红线), never a stray neighbour of a match.
    const typed = queryTerms(query).filter((t) => [...t].length >= 2);
    const compact = typed.join('').toLowerCase();
    const highlight = [...new Set([...typed, ...markedPhrases(sub.excerpt).filter((p) => compact.includes(p.toLowerCase()))])];
    const kind = article ? 'article' : sub.anchor ? 'heading' : 'page';
    entries.push({ url: withHighlight(sub.url, highlight), crumbs, title, excerpt: sub.excerpt, version, score, kind });
  }
  return entries;
}

/**
 * Entries of several page results, best first. Ties keep pagefind's page
 * order, so its page ranking still decides between equal articles.
 */
export function rankEntries(results: PagefindResultData[], query: string): SearchEntry[] {
  const all = results.flatMap((r, page) => entriesFromResult(r, query).map((e) => ({ e, page })));
  all.sort((a, b) => b.e.score - a.e.score || a.page - b.page);
  return all.map(({ e }) => e);
}

/**
 * Only the entries whose title or excerpt contains `text` verbatim: for a
 * citation query, the places that refer to the provision (依照第三十三条执行),
 * not every excerpt that happens to hold 第, 十八 and 条.
 */
export function entriesMentioning(entries: SearchEntry[], text: string): SearchEntry[] {
  // A page's own title and lead (第四章 国土空间开发保护格局) name it; they do not refer to it.
  return entries.filter((e) => e.kind !== 'page' && `${e.title} ${excerptText(e.excerpt)}`.includes(text));
}
