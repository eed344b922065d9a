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

const BARE_NUMBER = /^[\s\u3000]*([0-9０-９]{1,4})[\s\u3000]*$/;

/** A line holding only a number (1–4 digits, ASCII or full-width: ５). */
export function isBareNumber(line: string): boolean {
  return BARE_NUMBER.test(line);
}

/** The value of a line holding only a number (NaN for another line): ５ is 5. */
export function bareNumberValue(line: string): number {
  const digits = BARE_NUMBER.exec(line)?.[1];
  return digits ? Number(digits.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))) : NaN;
}
/** A line this long is prose (a wrapped line of a paragraph), not a table cell. */
const PROSE = 16;
/** The fewest lines of text a printed page of plan text holds. */
export const PAGE_LINES = 15;

/**
 * Indices of `raw` lines that are page numbers by the rule above (lines next
 * to a form feed are judged by lines.ts); `isHeading` names bare numbers that
 * are headings (a split chapter number), which neither count nor join a run.
 */
export function loosePageNumbers(raw: readonly string[], isHeading: (i: number) => boolean = () => false): Set<number> {
  const candidates: { i: number; value: number; textBefore: number }[] = [];
  let text = 0;
  raw.forEach((line, i) => {
    const m = BARE_NUMBER.exec(line);
    if (m && !line.includes('\f')) {
      if (inProse(raw, i) && !isHeading(i)) candidates.push({ i, value: bareNumberValue(line), textBefore: text });
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
