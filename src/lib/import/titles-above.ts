/**
 * Article titles set on a line of their own above the number, as some plan
 * texts print them (a bold 规划目的 over 第一条 为落实……). Read one at a time
 * such a line is ambiguous: it may be a chapter or section heading whose
 * number a conversion lost (the tree builder warns about those). Read over
 * the whole text it is not: when most articles without a title of their own
 * stand under such a line, the lines are the articles' titles. The words stay
 * as written; only where they belong changes.
 */
import { splitArticleRest } from './article-title.ts';
import type { NumberingScheme } from './numbering-schemes.ts';
import { CAPTION, ENUMERATION, isTerminated, isTitleLike, matchAppendixHeading, matchBoxHeading } from './text-shapes.ts';
import type { SourceLine } from './types.ts';

/** A title set above an article: the article's line index, and the title's. */
export interface TitleAbove {
  article: number;
  title: number;
}

/** At most this many characters, as a title after the number (article-title.ts). */
const TITLE_MAX = 15;
/** Fewer than this many is an accident of two lost headings, not a way of printing titles. */
const MIN_TITLES = 2;
/** The share of all articles that must stand under such a line: a text that titles most articles after the number does not print titles above it. */
const MIN_SHARE = 2 / 3;

function previousNonBlank(lines: SourceLine[], i: number): number {
  let k = i - 1;
  while (k >= 0 && lines[k]!.text.trim() === '' && !lines[k]!.table) k--;
  return k;
}

/**
 * Whether line k reads as a title standing alone: short, unpunctuated, no
 * heading, table, enumeration, caption or appendix heading, and no part of
 * the paragraph before it (a blank line, a chapter or section heading or a
 * finished sentence comes first).
 */
function isStandingTitle(lines: SourceLine[], k: number, scheme: NumberingScheme, skip: ReadonlySet<number>): boolean {
  const l = lines[k]!;
  const text = l.text.trim();
  if (l.table || skip.has(k) || !isTitleLike(text, TITLE_MAX) || isTerminated(text) || scheme.match(l.text, l)) return false;
  if (ENUMERATION.test(text) || CAPTION.test(text) || /^[（(【〔［《“]/.test(text) || matchBoxHeading(text) || matchAppendixHeading(text)) return false;
  const b = previousNonBlank(lines, k);
  if (b < 0 || b < k - 1) return true;
  // Right under a chapter or section heading, or after a finished sentence; under an
  // article's number it is that article's title or text (article-title.ts).
  const before = lines[b]!;
  const heading = scheme.match(before.text, before);
  return heading ? heading.kind !== 'article' : isTerminated(before.text);
}

/**
 * The titles set above articles, when the text prints its titles that way:
 * at least two, and at least two thirds of all the articles (each without a
 * title after its number). Otherwise none (such a line stays text, and the tree
 * builder says what it may be).
 */
export function findTitlesAbove(lines: SourceLine[], scheme: NumberingScheme, skip: ReadonlySet<number>, end = lines.length): TitleAbove[] {
  const found: TitleAbove[] = [];
  let articles = 0;
  for (let i = 0; i < Math.min(end, lines.length); i++) {
    const l = lines[i]!;
    if (skip.has(i) || l.table) continue;
    const h = scheme.match(l.text, l);
    if (h?.kind !== 'article' || h.number === null) continue;
    articles++;
    if (splitArticleRest(h.rest, true).title) continue;
    const k = previousNonBlank(lines, i);
    if (k >= 0 && isStandingTitle(lines, k, scheme, skip)) found.push({ article: i, title: k });
  }
  return found.length >= MIN_TITLES && found.length >= articles * MIN_SHARE ? found : [];
}
