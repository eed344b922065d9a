/**
 * Article titles set on a line of their own above the number, as some plan
 * texts print them (a bold 规划目的 over 第一条 为落实……). Read one at a time
 * such a line is ambiguous: it may be a chapter or section heading whose
 * number a conversion lost (the tree builder warns about those). Read over
 * the whole text it is not: when most articles without a title of their own
 * stand under such a line, set out alike, the lines are the articles'
 * titles. The words stay as written; only where they belong changes.
 */
import { splitArticleRest } from './article-title.ts';
import type { NumberingScheme } from './numbering-schemes.ts';
import { isLoneTitle, isTerminated, isTitleLike, matchBoxHeading } from './text-shapes.ts';
import type { SourceLine } from './types.ts';

/** A title set above an article: the article's line index, and the title's. */
export interface TitleAbove {
  article: number;
  title: number;
}

/** At most this many characters: a title is a phrase (the lost-heading warning's limit too). */
const TITLE_MAX = 20;
/** Fewer than this many is an accident of two lost headings, not a way of printing titles. */
const MIN_TITLES = 2;
/** The share of all articles that must stand under such a line: a text that titles most articles after the number does not print titles above it. */
const MIN_SHARE = 2 / 3;

function previousNonBlank(lines: SourceLine[], i: number): number {
  let k = i - 1;
  while (k >= 0 && lines[k]!.text.trim() === '' && !lines[k]!.table) k--;
  return k;
}

/** An article line that may carry a title above it: 第X条 with a readable number, not 第X条之一. */
function untitledArticle(l: SourceLine, scheme: NumberingScheme): 'titled' | 'untitled' | null {
  const h = l.table ? null : scheme.match(l.text, l);
  if (h?.kind !== 'article' || h.number === null || /^之[一二三四五六七八九十]/.test(h.rest)) return null;
  return splitArticleRest(h.rest, true).title ? 'titled' : 'untitled';
}

/**
 * Whether line k reads as a title standing alone above the article at line i:
 * short, unpunctuated, no heading, table, enumeration, caption or appendix
 * heading; not the title of a bare 第一章 above it; set apart from what comes
 * before (a blank line, a chapter or section heading, or a finished sentence
 * with the number directly below: a line that ends a paragraph with a blank
 * line after it is that paragraph's).
 */
function isStandingTitle(lines: SourceLine[], k: number, i: number, scheme: NumberingScheme, skip: ReadonlySet<number>): boolean {
  const l = lines[k]!;
  const text = l.text.trim();
  if (l.table || skip.has(k) || !isLoneTitle(text, TITLE_MAX) || matchBoxHeading(text) || scheme.match(l.text, l)) return false;
  const b = previousNonBlank(lines, k);
  if (b < 0) return true;
  const before = lines[b]!;
  const heading = scheme.match(before.text, before);
  // 第一章 alone on its line: the next line is the chapter's title (tree-builder headingTitle).
  if (heading && heading.kind !== 'article' && !heading.rest.trim()) return false;
  if (b < k - 1 || (heading && heading.kind !== 'article')) return true;
  // Right under a chapter title that stands on the line after its bare 第一章.
  const c = previousNonBlank(lines, b);
  const chapter = c >= 0 ? scheme.match(lines[c]!.text, lines[c]) : null;
  if (chapter && chapter.kind !== 'article' && !chapter.rest.trim() && isTitleLike(before.text, 25)) return true;
  // Right after text: only after a finished sentence, and directly above the number.
  return isTerminated(before.text) && i === k + 1;
}

/** Whether a 专栏 box is open at line i: a box heading since the last article line. */
function boxesOpen(lines: SourceLine[], scheme: NumberingScheme, end: number): boolean[] {
  const open: boolean[] = [];
  let inBox = false;
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    if (!l.table && matchBoxHeading(l.text)) inBox = true;
    else if (!l.table && scheme.match(l.text, l)) inBox = false;
    open.push(inBox);
  }
  return open;
}

/**
 * The titles set above articles, when the text prints its titles that way:
 * at least two, and at least two thirds of all the articles, each without a
 * title after its number, and set out alike (a blank line between title and
 * number, or none, as most of them). Otherwise none (such a line stays
 * text, and the tree builder says what it may be).
 */
export function findTitlesAbove(lines: SourceLine[], scheme: NumberingScheme, skip: ReadonlySet<number>, end = lines.length): TitleAbove[] {
  const last = Math.min(end, lines.length);
  const inBox = boxesOpen(lines, scheme, last);
  const found: (TitleAbove & { gap: boolean })[] = [];
  let articles = 0;
  for (let i = 0; i < last; i++) {
    if (skip.has(i)) continue;
    const kind = untitledArticle(lines[i]!, scheme);
    if (!kind) continue;
    articles++;
    if (kind === 'titled') continue;
    const k = previousNonBlank(lines, i);
    if (k >= 0 && !inBox[k] && isStandingTitle(lines, k, i, scheme, skip)) found.push({ article: i, title: k, gap: k < i - 1 });
  }
  // Titles are set out one way through a text: keep those set out as most are.
  const gapped = found.filter((t) => t.gap).length;
  const alike = found.filter((t) => t.gap === gapped * 2 > found.length);
  if (alike.length < MIN_TITLES || alike.length < articles * MIN_SHARE) return [];
  return alike.map(({ article, title }) => ({ article, title }));
}
