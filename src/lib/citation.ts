/**
 * Citation strings, in the form the design contract fixes:
 * 《示例县国土空间总体规划（2021—2035年）》（整理稿第2版）第四章第二节第十八条
 * and the GB/T 7714-2015 form for online documents ([EB/OL], with the access date).
 */
import { partLabel, partPath, printedAnchor, provisionNumber, type NumberingSchemeId } from './provision-number.ts';

/** What a citation needs to know about the cited provision. */
export interface CitationTarget {
  /** Plan title without book-title marks: 示例县国土空间总体规划（2021—2035年）. */
  title: string;
  /** Version label: 整理稿第2版. */
  label: string;
  chapter?: number | undefined;
  section?: number | undefined;
  article?: number | undefined;
  /** The article's number as printed when the version is not law-shaped (3.2.1). */
  articlePrinted?: string | undefined;
  /** The version's numbering scheme (law when absent): how its chapters and sections are named. */
  scheme?: NumberingSchemeId | undefined;
  /** The version's chapter and section labels as printed (第一部分, 一、), keyed "1" and "1.2" (`partLabels` of the plan model); derived from `scheme` where absent. */
  partLabels?: Readonly<Record<string, string>> | undefined;
}

/** 第四章第二节第十八条 — the provision part of a citation (empty for the whole plan). */
export function provisionLabel(t: Pick<CitationTarget, 'chapter' | 'section' | 'article' | 'articlePrinted' | 'scheme' | 'partLabels'>): string {
  // A printed 3.2.1 already names its chapter and section.
  if (t.article && t.articlePrinted && printedAnchor(t.articlePrinted)) return t.articlePrinted;
  const scheme = t.scheme ?? 'law';
  // A flat version's one chapter has no number: its articles are cited alone (第三条).
  const printed = t.partLabels ?? {};
  let s = t.chapter ? partLabel({ scheme, chapter: t.chapter, printed: printed[t.chapter] }) : '';
  if (t.chapter && t.section) s = partPath(s, partLabel({ scheme, chapter: t.chapter, section: t.section, printed: printed[`${t.chapter}.${t.section}`] }));
  if (t.article) s += articleLabel(t.article, t.articlePrinted);
  return s;
}

/** 第十八条 — an article's own label (the printed form, through src/lib/provision-number.ts). */
export function articleLabel(n: number, printed?: string): string {
  return provisionNumber(n, printed).printed;
}

/**
 * 第一条—第五条: the first and last of a list of articles as printed, for a
 * contents page; one article stands alone (not 1.2.1—1.2.1); '' for none.
 */
export function articleRange(list: ReadonlyArray<{ number: number; printed?: string | undefined }>): string {
  const [first, last] = [list[0], list.at(-1)];
  if (!first || !last) return '';
  const from = articleLabel(first.number, first.printed);
  return first === last ? from : `${from}—${articleLabel(last.number, last.printed)}`;
}

const NOTE_PARTS: Record<string, string> = { N1: '起草说明·一', N2: '起草说明·二', N3: '起草说明·三', N4: '起草说明·四' };

/**
 * How a source id reads to a reader: N2 → 起草说明·二, T2019-09 → 编制过程 2019-09,
 * T2023-01-2 → 编制过程 2023-01（当月第2项）, F14 → 资料 F14. The `-k` suffix is an id
 * detail; shown bare, "2023-01-2" would read as a date.
 */
export function sourceName(id: string): string {
  if (NOTE_PARTS[id]) return NOTE_PARTS[id];
  if (!id.startsWith('T')) return `资料 ${id}`;
  const [, month, nth] = /^T(\d{4}-\d{2})(?:-(\d+))?$/.exec(id) ?? [];
  if (!month) return `编制过程 ${id.slice(1)}`;
  return nth ? `编制过程 ${month}（当月第${nth}项）` : `编制过程 ${month}`;
}

/** 第四章 — a chapter's label in the law scheme (through {@link partLabel}). */
export function chapterLabel(n: number): string {
  return partLabel({ scheme: 'law', chapter: n });
}

/** 第二节 — a section's label in the law scheme (through {@link partLabel}). */
export function sectionLabel(n: number): string {
  return partLabel({ scheme: 'law', chapter: 0, section: n });
}

/** The plain citation: 《title》（label）第四章第二节第十八条. */
export function citationText(t: CitationTarget): string {
  return `《${t.title}》（${t.label}）${provisionLabel(t)}`;
}

/** The plain citation followed by the URL, as the copy button copies it. */
export function citationWithUrl(t: CitationTarget, url: string): string {
  return `${citationText(t)} ${url}`;
}

/** YYYY-MM-DD in UTC, as GB/T 7714 writes dates. */
function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** GB/T 7714-2015 §8.1.1: what the 主要责任者 reads when the responsible party is unknown. */
export const UNKNOWN_RESPONSIBLE = '佚名';

/**
 * The GB/T 7714 主要责任者 of a version: its own `responsible` (e.g. the
 * government that issued an official text), else the site's `compiler` (the
 * body that compiles the 整理稿), else 佚名 — never a guessed name.
 */
export function responsibleParty(versionResponsible?: string, siteCompiler?: string): string {
  return versionResponsible?.trim() || siteCompiler?.trim() || UNKNOWN_RESPONSIBLE;
}

/**
 * GB/T 7714-2015 reference for an online document (4.1, 8.8):
 * 主要责任者. title[EB/OL]. (publication date)[access date]. URL.
 * `responsible` is the 主要责任者 as `responsibleParty` works it out; absent, it
 * is 佚名, as §8.1.1 prescribes for an unknown responsible party.
 */
export function gbtCitation(t: CitationTarget & { published: string; url: string; accessed: Date; responsible?: string | undefined }): string {
  const provision = provisionLabel(t);
  const title = `${t.title}（${t.label}）${provision ? `：${provision}` : ''}`;
  const author = responsibleParty(t.responsible);
  return `${author}. ${title}[EB/OL]. (${t.published})[${isoDate(t.accessed)}]. ${t.url}.`;
}
