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

/** A page number's digits (ASCII or full-width). */
const PAGE_DIGITS = '[0-9０-９]{1,4}';
/**
 * Page-number lines of PDF exports: `- 12 -`, `— 3 —`, `·1·`, `～2～`, `［3］`,
 * `第 3 页`, `第3页 共80页`, `第1页/共9页`, `共80页 第3页`, `3/80`, `- 3 / 80 -`,
 * `Page 3 of 80`, `P5`, `p. 5`, `第五页`.
 */
export const PAGE_NUMBER = new RegExp(
  `^(?:${[
    `[-—–－~～·•・]\\s*${PAGE_DIGITS}(?:\\s*[/／]\\s*${PAGE_DIGITS})?\\s*[-—–－~～·•・]`,
    `[［\\[]\\s*${PAGE_DIGITS}\\s*[］\\]]`,
    `第\\s*${PAGE_DIGITS}\\s*页(?:\\s*[,，/／]?\\s*共\\s*${PAGE_DIGITS}\\s*页)?`,
    `共\\s*${PAGE_DIGITS}\\s*页\\s*[,，/／]?\\s*第\\s*${PAGE_DIGITS}\\s*页`,
    `${PAGE_DIGITS}\\s*[/／]\\s*${PAGE_DIGITS}`,
    `page\\s*${PAGE_DIGITS}(?:\\s*(?:of|/)\\s*${PAGE_DIGITS})?`,
    `p\\.?\\s*${PAGE_DIGITS}`,
    `第\\s*[一二三四五六七八九十百零〇]{1,6}\\s*页`,
  ].join('|')})$`,
  'i',
);
/**
 * Shapes that are page numbers only beside a page break: elsewhere `（5）` may
 * be an item's number and `5页` a count (`(5)`, `| 5`, `5 |`, `5页`).
 */
const PAGE_NUMBER_AT_BREAK = new RegExp(`^(?:[（(]\\s*${PAGE_DIGITS}\\s*[）)]|[|｜]\\s*${PAGE_DIGITS}|${PAGE_DIGITS}\\s*[|｜]|${PAGE_DIGITS}\\s*页)$`);

/** A front-matter page number in Roman numerals (I, ii, Ⅳ, — Ⅱ —): one only beside a page break, before the body's first heading. */
const ROMAN_PAGE = /^(?:[-—–－·•]\s*)?(?:[IVXivx]{1,5}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ]{1,3})(?:\s*[-—–－·•])?$/;

/**
 * Whether a line is a page number by its shape: one of {@link PAGE_NUMBER}'s
 * anywhere; `(5)`, `| 5`, `5页` beside a page break; a Roman numeral beside a
 * page break in the front matter. (A bare number is judged by the caller,
 * which knows the text around it.)
 */
export function isPageNumberLine(text: string, at: { nearBreak: boolean; frontMatter: boolean }): boolean {
  return PAGE_NUMBER.test(text) || (at.nearBreak && PAGE_NUMBER_AT_BREAK.test(text)) || (at.nearBreak && at.frontMatter && ROMAN_PAGE.test(text));
}
