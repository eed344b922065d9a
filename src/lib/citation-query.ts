/**
 * A search query that is a citation: 第18条, 18条, 第十八条, 第四章第二节, 4.2,
 * 四章二节, 第四章, 第18条第二款, or a whole pasted citation
 * 《示例县国土空间总体规划（2021—2035年）》（整理稿第2版）第四章第二节第十八条.
 * The search box offers a direct jump to the provision as its first result
 * (issue 5), resolved against a small per-version index the site emits at build
 * time (`/search-index.json`). Pure: no DOM, no fetch.
 */
import { CHINESE_NUMERAL_CHARS, countedLabel, itemLabel, parseNumeral } from './numerals.ts';
import { articleLabel, chapterLabel, sectionLabel } from './citation.ts';
import { articleAnchor, chapterUrl, provisionUrl, sectionUrl } from './ids.ts';
import { parseArticleQuery } from './provision-number.ts';
import type { PlanModel } from './plan-model.ts';
import { paragraphAnchor } from './paragraphs.ts';

/** What a citation query asks for. Numbers are as typed; resolution checks they exist. */
export type CitationQuery =
  | {
      kind: 'article';
      article: number;
      /** 款 (paragraph) and 项 (item): the jump goes to their anchor (`#a18-2-3`). */
      paragraph?: number;
      item?: number;
      /** The chapter/section the user wrote, if any (the article's real place wins). */
      chapter?: number;
      section?: number;
      /** The version label of a pasted citation (整理稿第2版), if any. */
      versionLabel?: string;
    }
  /** A number as printed in a version that is not law-shaped: 3.2.1. */
  | { kind: 'printed'; printed: string; versionLabel?: string }
  | { kind: 'section'; chapter: number; section: number; versionLabel?: string }
  | { kind: 'chapter'; chapter: number; versionLabel?: string };

/** One article in the index: number, chapter, section (0 when the chapter has none), title, and the printed number when not 第X条. */
export type CitationIndexArticle = [number: number, chapter: number, section: number, title: string, printed?: string];

/** One version's provisions, as `/search-index.json` carries them. */
export interface CitationIndex {
  /** Version id (ed2). */
  version: string;
  /** Version label (整理稿第2版). */
  label: string;
  /** `label` is there only when the version does not print 第X章/第X节 (1.2, 一、, '' for a flat version). */
  chapters: { number: number; title: string; label?: string; sections: { number: number; title: string; label?: string }[] }[];
  articles: CitationIndexArticle[];
}

/** The whole `/search-index.json`: every version, and which one is newest. */
export interface CitationIndexFile {
  newest: string;
  /** Oldest first (orderVersions in plan-model.ts). */
  versions: CitationIndex[];
}

/** One version's citation index, built from its plan model at build time. */
export function buildCitationIndex(model: PlanModel): CitationIndex {
  return {
    version: model.version.id,
    label: model.version.label,
    chapters: model.chapters.map((c) => ({
      number: c.chapter,
      title: c.title,
      ...unlessLaw(c.label, chapterLabel(c.chapter)),
      sections: c.sections.map((s) => ({ number: s.section, title: s.title, ...unlessLaw(s.label, sectionLabel(s.section)) })),
    })),
    articles: model.articles.map((a): CitationIndexArticle => (a.printed ? [a.number, a.chapter, a.section ?? 0, a.title, a.printed] : [a.number, a.chapter, a.section ?? 0, a.title])),
  };
}

/** `{ label }` when a part's label is not the 第X章/第X节 the reader can derive, so law-shaped indexes stay as they were. */
function unlessLaw(label: string, law: string): { label?: string } {
  return label === law ? {} : { label };
}

/** The displayed labels of a chapter (and section) of an index: [第四章, 第二节], [1, 1.2], [] for a flat version. */
export function indexPartLabels(index: CitationIndex, chapter: number, section?: number): string[] {
  const c = index.chapters.find((x) => x.number === chapter);
  const s = section ? c?.sections.find((x) => x.number === section) : undefined;
  const labels = [c?.label ?? chapterLabel(chapter)];
  if (section) labels.push(s?.label ?? sectionLabel(section));
  return labels.filter(Boolean);
}

/** A resolved citation: where to go and how to show it. */
export interface CitationJump {
  /** 第四章 › 第二节 › 第十八条 as parts. */
  breadcrumb: string[];
  /** The provision's title (生态保护红线), or '' when it has none. */
  title: string;
  /** The page and anchor, from src/lib/ids.ts. */
  url: string;
  /** Version id the jump points into. */
  version: string;
}

const NUM = `(\\d{1,4}|[${CHINESE_NUMERAL_CHARS}]{1,8})`;
// 節, 條 and 項 as a text in Traditional characters writes them (第十八條).
const ARTICLE_RE = new RegExp(
  `^(?:第?${NUM}章)?(?:第?${NUM}[节節])?第?${NUM}[条條](?:第?${NUM}款)?(?:第?[（(]?${NUM}[）)]?[项項])?$`,
);
const SECTION_RE = new RegExp(`^第?${NUM}章第?${NUM}[节節]$`);
const DOTTED_SECTION_RE = /^(\d{1,2})\.(\d{1,2})$/; // NFKC has turned ． into .
const CHAPTER_RE = new RegExp(`^第?${NUM}章$`);
/** A pasted citation's lead: 《title》 and an optional （version label）. */
const CITATION_LEAD_RE = /^《[^》]*》(?:[（(]([^）)]*)[）)])?/;

/** A positive whole number from a numeral capture, or null. */
function positive(text: string | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  const n = parseNumeral(text);
  return n !== null && n >= 1 ? n : null;
}

/**
 * Parse a search query as a citation. Returns null when the query is not one
 * (ordinary words, a bare number, a section without its chapter, a zero).
 * Full-width digits and spaces are accepted; 款 and 项 are kept but only
 * narrow the label, never the target.
 */
export function parseCitationQuery(query: string): CitationQuery | null {
  if (query.length > 200) return null; // a citation is short; don't regex-scan essays
  let s = query.normalize('NFKC').replace(/\s+/g, '');
  let versionLabel: string | undefined;
  const lead = CITATION_LEAD_RE.exec(s);
  if (lead) {
    versionLabel = lead[1] || undefined;
    s = s.slice(lead[0].length);
  }
  if (s === '') return null;
  const withLabel = <T extends object>(q: T): T => (versionLabel ? { ...q, versionLabel } : q);
  // 3.2.1: a provision numbered as printed in a decimal-numbered version.
  const printed = parseArticleQuery(s);
  if (printed && 'printed' in printed) return withLabel({ kind: 'printed' as const, printed: printed.printed });

  const a = ARTICLE_RE.exec(s);
  if (a) {
    const [chapter, section, article, paragraph, item] = a.slice(1).map(positive);
    if (article == null || [chapter, section, paragraph, item].includes(null)) return null;
    return withLabel({
      kind: 'article' as const,
      article,
      ...(paragraph ? { paragraph } : {}),
      ...(item ? { item } : {}),
      ...(chapter ? { chapter } : {}),
      ...(section ? { section } : {}),
    });
  }
  const sec = SECTION_RE.exec(s) ?? DOTTED_SECTION_RE.exec(s);
  if (sec) {
    const chapter = positive(sec[1]);
    const section = positive(sec[2]);
    if (!chapter || !section) return null;
    return withLabel({ kind: 'section' as const, chapter, section });
  }
  const ch = CHAPTER_RE.exec(s);
  if (ch) {
    const chapter = positive(ch[1]);
    return chapter ? withLabel({ kind: 'chapter' as const, chapter }) : null;
  }
  return null;
}

/**
 * The index a citation query should be resolved against: the version named by
 * a pasted citation's label when the site has it, else the newest.
 */
export function pickCitationIndex(query: CitationQuery, file: CitationIndexFile): CitationIndex | null {
  const byLabel = query.versionLabel ? file.versions.find((v) => v.label === query.versionLabel) : undefined;
  return byLabel ?? file.versions.find((v) => v.version === file.newest) ?? null;
}

/**
 * Resolve a citation query against one version's index. Null when the
 * provision does not exist in that version (第999条, 第四章第九节).
 * An article is found by its number alone: if the user also wrote a chapter
 * or section that disagrees, the article's real place is shown instead.
 */
export function resolveCitation(query: CitationQuery, index: CitationIndex): CitationJump | null {
  const { version } = index;
  if (query.kind === 'article' || query.kind === 'printed') {
    const found = query.kind === 'printed' ? index.articles.find((a) => a[4] === query.printed) : index.articles.find(([n]) => n === query.article);
    if (!found) return null;
    const [n, chapter, section, title, printed] = found;
    const breadcrumb = indexPartLabels(index, chapter, section || undefined);
    let last = articleLabel(n, printed);
    if (query.kind === 'printed') return { breadcrumb: [...breadcrumb, last], title, url: provisionUrl({ version, chapter, section: section || undefined, article: n }), version };
    if (query.paragraph) last += countedLabel(query.paragraph, '款');
    if (query.item) last += itemLabel(query.item);
    breadcrumb.push(last);
    const page = provisionUrl({ version, chapter, section: section || undefined });
    // 第三条第（一）项 names the 项 of an article's only 款. An anchor the article
    // lacks is answered on the page (provision-arrival.client.ts) with the article.
    const place = query.paragraph || query.item ? { paragraph: query.paragraph ?? 1, item: query.item } : null;
    return { breadcrumb, title, url: `${page}#${place ? paragraphAnchor(n, place) : articleAnchor(n)}`, version };
  }
  const chapter = index.chapters.find((c) => c.number === query.chapter);
  if (!chapter) return null;
  if (query.kind === 'chapter') {
    return { breadcrumb: indexPartLabels(index, chapter.number), title: chapter.title, url: chapterUrl(version, chapter.number), version };
  }
  const section = chapter.sections.find((s) => s.number === query.section);
  if (!section) return null;
  return {
    breadcrumb: indexPartLabels(index, chapter.number, section.number),
    title: section.title,
    url: sectionUrl(version, chapter.number, section.number),
    version,
  };
}

/**
 * How the plan's own text writes the cited provision (第十八条, 第四章第二节,
 * 第四章), to find where it is referred to: the text spells numbers in Chinese
 * even when the reader typed 第18条 or 4.2.
 */
export function citationSearchText(query: CitationQuery): string {
  if (query.kind === 'printed') return query.printed;
  if (query.kind === 'article') return articleLabel(query.article);
  if (query.kind === 'section') return chapterLabel(query.chapter) + sectionLabel(query.section);
  return chapterLabel(query.chapter);
}
