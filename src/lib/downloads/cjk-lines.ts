/**
 * Breaking Chinese text into lines for the PDF download, with the rules of
 * Chinese typesetting (GB/T 15834 punctuation; 避头尾 as in W3C's
 * “Requirements for Chinese Text Layout” §3.1.7): closing punctuation never
 * starts a line, opening punctuation never ends one, and a run of Latin
 * letters or digits (2035, a six-digit code, a URL) is never split unless it is longer
 * than a whole line. A line that would break a rule gives up its last unit
 * to the next line; justification then spreads the shorter line.
 */

/** Characters that may not begin a line (closing and pausing punctuation). */
export const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉〗”’…—·％‰,.;:?!)]}%～']);
/** Characters that may not end a line (opening punctuation). */
export const NO_LINE_END = new Set([...'（《「『【〔〈〖“‘([{']);

/** A piece that is never split: a Latin/digit run, a doubled dash or ellipsis, or one character. */
const UNIT = /[A-Za-z0-9][A-Za-z0-9.,%\-/:_@#?=&+~]*|——|……|\s+|./gsu;

/** Split text into the units a line may break between. */
export function lineUnits(text: string): string[] {
  return text.match(UNIT) ?? [];
}

function breaksRule(units: string[], at: number): boolean {
  const next = units[at];
  const last = units[at - 1];
  return (next !== undefined && NO_LINE_START.has([...next][0]!)) || (last !== undefined && NO_LINE_END.has([...last].at(-1)!));
}

/**
 * Lines of `text` no wider than `width` (the first `firstWidth`, for an
 * indent), measured by `measure`. White space at a line's ends is dropped.
 */
export function breakLines(text: string, width: number, measure: (s: string) => number, firstWidth = width): string[] {
  const units = lineUnits(text);
  const lines: string[] = [];
  let start = 0;
  while (start < units.length) {
    const limit = lines.length === 0 ? firstWidth : width;
    let end = start;
    let used = 0;
    while (end < units.length && (end === start || used + measure(units[end]!) <= limit)) used += measure(units[end++]!);
    // 避头尾: move units down while the break falls between forbidden neighbours.
    let cut = end;
    while (cut < units.length && cut - start > 1 && breaksRule(units, cut)) cut--;
    if (cut - start <= 1 && breaksRule(units, end)) cut = end;
    const line = units.slice(start, cut).join('').trim();
    if (line) lines.push(line);
    start = cut;
  }
  return lines;
}
