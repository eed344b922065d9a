/**
 * Page numbers of a PDF export that kept no page breaks (copied text, many
 * PDF-to-text tools): a line holding only a number. lines.ts drops such a line
 * next to a form feed; without one a bare number may be content (a figure
 * wrapped onto its own line, 不低于 / 120 / 万亩; a 序号 cell of a table copied
 * one cell per line), so it is taken for a page number only as part of a
 * sequence that can only be pages: two or more bare numbers counting up by
 * one, a page apart (at least {@link PAGE_LINES} lines of text between them),
 * each beside a line of prose. One alone, or numbers a few lines apart, stay
 * text, and lines.ts flags them.
 */

import { isTitleLike } from './text-shapes.ts';

const BARE_NUMBER = /^[\s\u3000]*(\d{1,4})[\s\u3000]*$/;

/** A line holding only a number (1–4 digits). */
export function isBareNumber(line: string): boolean {
  return BARE_NUMBER.test(line);
}
/** A heading of another kind standing where a split chapter's title would (第一章 总则, 第一节, 第一条…). */
const OTHER_HEADING = /^第[\s\u3000]*[0-9０-９一二三四五六七八九十百零〇两]+[\s\u3000]*(?:章|节|條|条|篇|编|部分)/;

/**
 * Whether line `i` of `texts` is the number of a decimal chapter that a
 * conversion split from its title (`1` / `总则` / `1.1 规划目的`): it holds only
 * N, the next line with text is a short title on the same page (a line that
 * opens a page, `\f…`, follows a page number) and no heading of its own, and
 * the one after opens N.1. Such a line is a heading, never a page number.
 * `texts` mark the lines that open a page with a leading form feed.
 */
export function isSplitChapterNumber(texts: readonly string[], i: number): boolean {
  const n = BARE_NUMBER.exec(texts[i] ?? '')?.[1];
  if (n === undefined) return false;
  const [title = '\f', first = ''] = nextTexts(texts, i, 2);
  if (title.includes('\f')) return false;
  return isTitleLike(title, 25) && !/^[0-9０-９]/.test(title) && !OTHER_HEADING.test(title) && new RegExp(`^${Number(n)}[.．]1(?![0-9０-９])`).test(first.replace(/\f/g, ''));
}

/** The next `count` lines with text after line `i`, trimmed of spaces but not of page breaks. */
function nextTexts(texts: readonly string[], i: number, count: number): string[] {
  const found: string[] = [];
  for (let k = i + 1; k < texts.length && found.length < count; k++) {
    const t = texts[k]!.replace(/^[ \t\u3000]+|[\s\u3000]+$/g, '');
    if (t.replace(/\f/g, '')) found.push(t);
  }
  return found;
}

/** A line this long is prose (a wrapped line of a paragraph), not a table cell. */
const PROSE = 16;
/** The fewest lines of text a printed page of plan text holds. */
export const PAGE_LINES = 15;

/** Indices of `raw` lines that are page numbers by the rule above (lines next to a form feed are judged by lines.ts). */
export function loosePageNumbers(raw: readonly string[]): Set<number> {
  const candidates: { i: number; value: number; textBefore: number }[] = [];
  let text = 0;
  raw.forEach((line, i) => {
    const m = BARE_NUMBER.exec(line);
    if (m && !line.includes('\f')) {
      if (inProse(raw, i) && !isSplitChapterNumber(raw, i)) candidates.push({ i, value: Number(m[1]), textBefore: text });
    } else if (line.trim()) text++;
  });
  const pages = new Set<number>();
  for (const run of pageRuns(candidates)) if (run.length >= 2) for (const c of run) pages.add(c.i);
  return pages;
}

/** A line of prose stands right before or after line `i` (blank lines skipped). */
function inProse(raw: readonly string[], i: number): boolean {
  return [-1, 1].some((step) => {
    for (let k = i + step; k >= 0 && k < raw.length; k += step) {
      const t = raw[k]!.replace(/\f/g, '').trim();
      if (t) return [...t].length >= PROSE; // a bare number is never this long
    }
    return false;
  });
}

/**
 * The candidates gathered into runs that count up by one with a page of text
 * between each two, in text order; a number that fits no run (a figure on
 * its own line between two pages) starts its own and does not break another.
 */
function pageRuns<T extends { value: number; textBefore: number }>(list: T[]): T[][] {
  const runs: T[][] = [];
  for (const c of list) {
    const run = runs.find((r) => c.value === r.at(-1)!.value + 1 && c.textBefore - r.at(-1)!.textBefore >= PAGE_LINES);
    if (run) run.push(c);
    else runs.push([c]);
  }
  return runs;
}
