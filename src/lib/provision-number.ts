/**
 * The provision number, one concept (issue 11). A provision has:
 * - its number **as printed** in the plan: 第十八条, 第18条, 3.2.1, 2., or none;
 * - its **ordinal** through the plan, 1…N, which the `#a<n>` anchor and the
 *   `/<v>/a/<n>/` URL use, so the published contract and the URL lock stand;
 * - the version's **numbering scheme** (`numbering` in `_version.yaml`).
 * Displayed text always uses the printed form; ids use the ordinal. Every
 * other module reads and writes 第X条 through here.
 */
import { CHINESE_NUMERAL_CHARS, countedLabel, parseNumeral, toChineseNumeral } from './numerals.ts';

/** How a version numbers its provisions (the importer's `--numbering`). */
export const NUMBERING_SCHEMES = ['law', 'flat', 'decimal', 'outline', 'headings'] as const;
export type NumberingSchemeId = (typeof NUMBERING_SCHEMES)[number];

/** A provision's number: as printed, and its ordinal through the plan. */
export interface ProvisionNumber {
  /** 第十八条, 3.2.1, 2.; for law-shaped versions derived from the ordinal. */
  printed: string;
  /** 1…N in reading order. */
  ordinal: number;
}

/** 第十八条 — the law-shaped printed form of article n. */
export function lawArticleNumber(n: number): string {
  return countedLabel(n, '条');
}

/** The article a numeral names (十八, 18, １８), or null for 零 or a malformed numeral. */
function articleOrdinal(numeral: string): number | null {
  const n = parseNumeral(numeral) ?? 0;
  return n >= 1 ? n : null;
}

/** A provision's number, from its ordinal and the number printed in a non-law-shaped text. */
export function provisionNumber(ordinal: number, printed?: string): ProvisionNumber {
  return { ordinal, printed: printed || lawArticleNumber(ordinal) };
}

/** How an article number reads in one version: its printed number (3.2.1, 第18条), by ordinal. */
export type ArticleNamer = (ordinal: number) => string;

/** The printed number of each article of a version (第X条 of the ordinal where it records none). */
export function articleNamer(model: { articles: ReadonlyArray<{ number: number; printed?: string | undefined }> }): ArticleNamer {
  const printed = new Map(model.articles.map((a) => [a.number, a.printed]));
  return (n) => provisionNumber(n, printed.get(n)).printed;
}

/** 第十八条 / 第18条 / 十八条 (第十八條 in Traditional characters) at the start of a text, with the rest. */
const LAW_ARTICLE = new RegExp(`^第?([${CHINESE_NUMERAL_CHARS}]+|\\d+|[０-９]+)[条條]`);
/** `第十八条 标题` as a whole heading text (第十八條 in Traditional characters): the numeral, the unit, then the title after a space. */
const LAW_HEADING_TEXT = new RegExp(`^第([${CHINESE_NUMERAL_CHARS}]+|[0-9]+|[０-９]+)(条|條)(?:[\\s\\u3000]+(.*))?$`);
/** 3.2.1 / 1.1 (decimal, in ASCII or full-width digits and dots as printed: ３．２．１, 1．1), or 2. / ２． / （三） / 三、 (outline: 三、 are the provisions under 第X章 / 第X节) at the start of a heading, followed by a space. */
const OTHER_ARTICLE = /^([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){1,3}|(?:\d{1,2}|[０-９]{1,2})[.、．]|[（(][一二三四五六七八九十百]+[）)]|[一二三四五六七八九十百]+、)(?=[\s\u3000]|$)/;

/** An article heading as written in a plan file: its printed number, the ordinal when the number says it, the title. */
export interface ArticleHeadingText {
  printed: string;
  /** The number a law-shaped heading carries; null for 3.2.1 (the ordinal comes from the file's `articles`). */
  ordinal: number | null;
  title: string;
}

/** Read `第十八条 生态保护红线` or `3.2.1 规划目的`; null when the text is not an article heading. */
export function parseArticleHeadingText(text: string): ArticleHeadingText | null {
  const t = text.trim();
  const law = LAW_HEADING_TEXT.exec(t);
  if (law) {
    const n = articleOrdinal(law[1]!);
    // The whole text is trimmed and the spaces before the title are in the pattern: the title needs no trim.
    return n !== null ? { printed: `第${law[1]}${law[2]}`, ordinal: n, title: law[3] ?? '' } : null;
  }
  const other = OTHER_ARTICLE.exec(t);
  if (!other) return null;
  return { printed: other[1]!, ordinal: null, title: t.slice(other[1]!.length).trim() };
}

/** The heading text the importer writes and {@link parseArticleHeadingText} reads. */
export function formatArticleHeadingText(n: ProvisionNumber, title: string): string {
  return `${n.printed}${title ? ` ${title}` : ''}`;
}

/**
 * An alias anchor from a URL-safe printed number (3.2.1 → `p3.2.1`), so a
 * citation by the printed number can be linked; null for 第十八条, whose
 * anchor is the ordinal's `a18`.
 */
export function printedAnchor(printed: string): string | null {
  return /^\d{1,3}(?:\.\d{1,3}){1,3}$/.test(printed) ? `p${printed}` : null;
}

/** What a typed query names: a law number (第18条, 十八条) or a printed decimal number (3.2.1). */
export function parseArticleQuery(query: string): { ordinal: number } | { printed: string } | null {
  const q = query.replace(/\s/g, '');
  if (/^\d{1,3}(?:\.\d{1,3}){2,3}$/.test(q)) return { printed: q };
  const law = LAW_ARTICLE.exec(q);
  if (law && law[0].length === q.length) {
    const n = articleOrdinal(law[1]!);
    return n !== null ? { ordinal: n } : null;
  }
  return null;
}

/** What a chapter or section label needs: the scheme, its numbers, and the number as printed when recorded. */
export interface PartNumber {
  scheme: NumberingSchemeId;
  chapter: number;
  /** Absent for a chapter. */
  section?: number | undefined;
  /** The number as printed in the text (1.2, 三、, （二）), recorded by the importer as `printed`. */
  printed?: string | undefined;
}

/**
 * The displayed number of a chapter or section in its version's scheme:
 * 第四章 / 第二节 (law, headings), 4 / 4.2 (decimal), 四、 / （二） (outline),
 * '' for the one chapter of a flat version, which has no number to show.
 * The number as printed wins when the importer recorded it.
 */
export function partLabel(p: PartNumber): string {
  if (p.printed) return p.printed;
  const isSection = p.section !== undefined;
  switch (p.scheme) {
    case 'flat':
      return '';
    case 'decimal':
      return isSection ? `${p.chapter}.${p.section}` : String(p.chapter);
    case 'outline':
      return isSection ? `（${toChineseNumeral(p.section!)}）` : `${toChineseNumeral(p.chapter)}、`;
    default:
      return isSection ? countedLabel(p.section!, '节') : countedLabel(p.chapter, '章');
  }
}

/** `第四章 总则`, `1 总则`, `一、总体要求`, or just the title when the label is empty (a flat version). */
export function labelledTitle(label: string, title: string): string {
  if (!label || !title) return label || title;
  // 一、 and （一） end in punctuation that already parts number from title.
  return /[、）)]$/.test(label) ? `${label}${title}` : `${label} ${title}`;
}

/** 第四章第二节, 一、（二）; a decimal 1.2 already names its chapter, so it stands alone. */
export function partPath(chapterLabel: string, sectionLabel: string): string {
  return sectionLabel.startsWith(`${chapterLabel}.`) ? sectionLabel : `${chapterLabel}${sectionLabel}`;
}
