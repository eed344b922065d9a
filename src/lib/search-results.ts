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
import { parseArticleHeadingText } from './provision-number.ts';

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
  /** An article, an editorial note on one (编者注), a heading of another page, or a page's own title and lead. */
  kind?: 'article' | 'note' | 'heading' | 'page' | undefined;
  /** Holds every typed term verbatim (生态保护红线, not just 生态 and 红线); shown as 完全匹配. */
  exact?: boolean | undefined;
  /** Plan text (a chapter or section page), as opposed to the drafting notes or the about page. */
  plan?: boolean | undefined;
}

/** The filter and meta keys the plan pages set (see the section and chapter pages). */
export const FILTER_VERSION = '版本';
export const FILTER_CHAPTER = '章';
/**
 * Set on the pages of every version but the newest (PlanLayout), so a search
 * of the newest text excludes them without knowing the versions' labels, and
 * without fetching the citation index first.
 */
export const FILTER_STATUS = '版本状态';
export const STATUS_SUPERSEDED = '旧版本';
export const META_LOCATION = 'location';

const ARTICLE_ANCHOR = /^a[1-9]\d*$/;
/** An editorial annotation's heading (`a125-n1`, see remark-annotations.ts). */
const NOTE_ANCHOR = /^a([1-9]\d*)-n[1-9]\d*$/;
/** The label a note carries in results, so it is never taken for the provision. */
export const NOTE_LABEL = '编者注';

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

/** Whether a term is Chinese, where pagefind matches character segments rather than words. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Punctuation a reader leaves out when typing a phrase (占多少垦多少 for 占多少，垦多少). */
const CJK_PUNCTUATION = /[，。、；：！？“”‘’《》（）【】—…·]/g;

/** Text to compare with typed terms: lower case, no spaces or punctuation between Chinese characters. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(CJK_PUNCTUATION, '')
    .replace(/\s+/g, (sp, at: number, all: string) => (CJK.test(all[at - 1] ?? '') || CJK.test(all[at + sp.length] ?? '') ? '' : ' '));
}

/** The length of the longest run of a term's characters found together in the text. */
function longestShared(term: string, text: string): number {
  const chars = [...term];
  let best = 0;
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + best + 1; j <= chars.length && text.includes(chars.slice(i, j).join('')); j++) best = j - i;
  }
  return best;
}

/**
 * How much of a Chinese term a partial match must hold together: two thirds,
 * and at least two characters (八卦 of 八卦城, 生态保护 of 生态保护红线, but not
 * 保护 alone of 耕地保护).
 */
function enough(term: string): number {
  return Math.max(2, Math.ceil(([...term].length * 2) / 3));
}

/**
 * How well a text matches the typed terms: `exact` holds every term verbatim
 * (punctuation and spaces aside); `partial` holds at least two thirds of each
 * Chinese term in one piece (八卦 of 八卦城); `weak` less than that, such as the
 * lone 城 of 八卦城 that pagefind's segmentation matches but a reader did not
 * ask for (issue 14).
 */
export function matchQuality(texts: string | readonly string[], terms: string[]): 'exact' | 'partial' | 'weak' {
  // Each text on its own: a title and the excerpt that follows it, joined, would make pieces of
  // neither (区位与行政区划 + 区位… holds 划区, two thirds of 规划区).
  const hays = (typeof texts === 'string' ? [texts] : texts).map(comparable);
  const wanted = terms.map((t) => comparable(t)).filter(Boolean);
  const inSome = (t: string) => hays.some((h) => h.includes(t));
  if (wanted.every(inSome)) return 'exact';
  // A term without Chinese is held only where a text has it (this index has no stemmer, and pagefind matches a
  // term as a word's start, publish of publishes): a nonsense word (asdfqwer) is not.
  const held = wanted.every((t) => inSome(t) || (CJK.test(t) && hays.some((h) => longestShared(t, h) >= enough(t))));
  return held ? 'partial' : 'weak';
}


/**
 * Tidy pagefind's excerpt for display: it joins a heading and the text after it
 * with ". " (标题. 正文) and leaves spaces after Chinese punctuation; and it
 * marks every segment it matched, so a lone 城 of 八卦城 would light up. Marks
 * are kept only on what is part of a typed term and two characters or more
 * long (or a whole one-character term). An excerpt window that begins on
 * closing punctuation loses it.
 */
export function tidyExcerpt(excerpt: string, terms: string[]): string {
  const typed = terms.map((t) => t.toLowerCase()).filter(Boolean);
  return excerpt
    .replace(/<\/mark>(\s*)<mark>/g, '$1')
    .replace(/<mark>([^<]*)<\/mark>/g, (_, inner: string) => remark(inner, typed))
    .replace(/([\u3400-\u9fff）》」”]|[\u3400-\u9fff）》」”]<\/mark>)\.\s+/g, '$1 ')
    .replace(/([。，；：！？、])\s+/g, '$1')
    // A window that starts just after an opening quote or mid-clause must not open with its closing mark (”划定要求，…).
    .replace(/^[”’」』》）)，。；：、！？]+\s*/, '');
}

/**
 * The excerpt without the heading pagefind puts before a provision's text
 * (八卦城格局 八卦城于1938年…): the entry shows that heading as its title
 * already. A window that starts inside the heading loses the heading's end
 * too (控制线 落实… under 三条控制线), when it is two characters or more.
 * Unchanged when the excerpt does not begin with the heading (a window from
 * further into the text). Tags are kept; a mark open across the cut is reopened.
 */
export function withoutLeadingHeading(excerpt: string, heading: string): string {
  const text = excerptText(excerpt);
  const chars = [...heading];
  const from = chars.findIndex((_, k) => chars.length - k >= 2 && text.startsWith(`${chars.slice(k).join('')} `));
  if (!heading || (from < 0 && !text.startsWith(`${heading} `))) return excerpt;
  let left = (from < 0 ? chars.length : chars.length - from) + 1;
  let i = 0;
  let marked = false;
  while (i < excerpt.length && left > 0) {
    if (excerpt[i] === '<') {
      const end = excerpt.indexOf('>', i) + 1;
      const tag = excerpt.slice(i, end);
      marked = tag === '<mark>' ? true : tag === '</mark>' ? false : marked;
      i = end;
      continue;
    }
    // An entity (&amp;) is one character of text; a character beyond the BMP is two code units.
    i = excerpt[i] === '&' ? excerpt.indexOf(';', i) + 1 : i + String.fromCodePoint(excerpt.codePointAt(i)!).length;
    left--;
  }
  let rest = excerpt.slice(i);
  if (rest.startsWith('</mark>')) [rest, marked] = [rest.slice('</mark>'.length), false];
  return marked ? `<mark>${rest}` : rest;
}

/**
 * The marks one run of matched text keeps: the typed terms inside it (八卦城 of
 * a run 八卦城中), else the whole run when it is enough of a term (八卦 of 八卦城),
 * else none.
 */
function remark(inner: string, typed: string[]): string {
  const lower = inner.toLowerCase();
  const inside = typed.filter((t) => lower.includes(t));
  if (inside.length) {
    const pattern = new RegExp(`(${inside.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
    return inner.replace(pattern, '<mark>$1</mark>');
  }
  const p = comparable(excerptText(inner));
  const part = typed.some((t) => CJK.test(t) ? [...p].length >= enough(t) && comparable(t).includes(p) : false);
  return part ? `<mark>${inner}</mark>` : inner;
}

/**
 * The entries of one page result. Plan pages give one entry per article that
 * matched (plus one for the page itself when its title or lead matched);
 * other pages (drafting notes, about) one per matching heading. For a query
 * with Chinese terms, entries that hold too little of them are dropped.
 */
export function entriesFromResult(data: PagefindResultData, query: string): SearchEntry[] {
  const terms = queryTerms(query);
  const chinese = terms.some((t) => CJK.test(t) && [...t].length >= 2);
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
    const quality = matchQuality([sub.title, excerptText(sub.excerpt)], terms);
    // Weak entries go, but for a query of single Chinese characters (城), whose excerpt window may miss it.
    if (quality === 'weak' && (chinese || !terms.some((t) => CJK.test(t)))) continue;
    const article = isArticle(sub) ? Number(sub.anchor!.id.slice(1)) : null;
    const noteOf = location && sub.anchor ? NOTE_ANCHOR.exec(sub.anchor.id) : null;
    // A note is labelled as one: 第二章 › 第一节 › 第十二条 › 编者注.
    const { crumbs, title } = noteOf
      ? { crumbs: [...location!.split(' › '), articleHeading(data, Number(noteOf[1])).label, NOTE_LABEL], title: NOTE_LABEL }
      : describeSub(sub, article ? articleHeading(data, article, sub) : null, location, pageTitle);
    const exact = quality === 'exact';
    // Entries holding every typed term come first; the rest stay in pagefind's order below them.
    const score = locationScore(sub) + (exact ? EXACT_BONUS : 0);
    const excerpt = withoutLeadingHeading(tidyExcerpt(sub.excerpt, terms), sub.title);
    const kind = noteOf ? 'note' : article ? 'article' : sub.anchor ? 'heading' : 'page';
    // Plan text is a version's page (its 版本 filter): the drafting notes carry a location too (起草说明).
    entries.push({ url: withHighlight(sub.url, highlightTerms(terms, sub.excerpt)), crumbs, title, excerpt, version, score, kind, exact, plan: !!location && !!version });
  }
  return entries;
}

/** Added to an exact entry's score: more than any sum of pagefind's balanced scores. */
const EXACT_BONUS = 1e9;

/**
 * An article's number as printed and its title, from its heading's sub-result
 * (`sub`, or the page's sub-result anchored `a<n>`): a number printed as 3.2.1
 * or 第18条 is indexed with the heading; one derived from the ordinal
 * (第十八条) is kept out of the index, so it is made from the anchor.
 */
function articleHeading(data: PagefindResultData, n: number, sub?: PagefindSubResult): { label: string; title: string } {
  const heading = sub ?? data.sub_results.find((s) => s.anchor?.id === `a${n}`);
  const title = heading?.title.trim() ?? '';
  const parsed = parseArticleHeadingText(title);
  return parsed ? { label: parsed.printed, title: parsed.title } : { label: articleLabel(n), title };
}

/** Breadcrumb and title of a sub-result. */
function describeSub(sub: PagefindSubResult, article: { label: string; title: string } | null, location: string | undefined, pageTitle: string): { crumbs: string[]; title: string } {
  if (article && location) return { crumbs: [...location.split(' › '), article.label], title: article.title };
  if (location) return { crumbs: location.split(' › '), title: sub.anchor ? sub.title : pageTitle };
  return { crumbs: [pageTitle || sub.title], title: sub.anchor && sub.title !== pageTitle ? sub.title : '' };
}

/**
 * What the opened page highlights: what was typed, and the parts of it pagefind
 * matched (生态保护 of 生态保护红线), never a stray neighbour or a single character.
 */
function highlightTerms(terms: string[], excerpt: string): string[] {
  const typed = terms.filter((t) => [...t].length >= 2);
  const compact = typed.join('').toLowerCase();
  return [...new Set([...typed, ...markedPhrases(excerpt).filter((p) => compact.includes(p.toLowerCase()))])];
}

/**
 * Entries of several page results, best first: plan text before other pages,
 * exact matches before partial ones, and, where several versions are searched,
 * the newer version's before an older one's (`versions`: labels, newest
 * first; the 第2版 hit came before the 第3版 one). Ties keep pagefind's page
 * order, so its page ranking still decides between equal articles.
 */
export function rankEntries(results: PagefindResultData[], query: string, versions: readonly string[] = []): SearchEntry[] {
  const all = results.flatMap((r, page) => entriesFromResult(r, query).map((e) => ({ e, page })));
  const age = (e: SearchEntry) => (e.version && versions.includes(e.version) ? versions.indexOf(e.version) : versions.length);
  const exact = (e: SearchEntry) => Number(e.score >= EXACT_BONUS);
  all.sort(
    (a, b) =>
      Number(b.e.plan ?? false) - Number(a.e.plan ?? false) || exact(b.e) - exact(a.e) || age(a.e) - age(b.e) || b.e.score - a.e.score || a.page - b.page,
  );
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
