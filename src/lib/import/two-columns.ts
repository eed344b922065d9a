/**
 * A page set in two columns, as `pdftotext -layout` writes it: each line holds
 * a line of the left column and, after a wide gap, a line of the right one,
 * the right always starting at the same column. Read line by line, the two
 * columns' sentences are mixed into each other, so the importer stops and
 * says how to convert the page instead.
 */
import { columnsOf } from './clean.ts';

/** Consecutive lines of two columns at least this many: fewer may be a table or a running head. */
const MIN_LINES = 4;
/** Both columns' lines this long on average (characters): a term and its definition are a table, not a page. */
const MIN_AVERAGE = 10;
/** Chinese punctuation inside a line: a column of prose, wrapped mid-sentence, has it on many lines; a table's cells seldom. */
const CLAUSE = /[，。；、：]/;

/** A line split at a gap of three spaces or more into exactly two pieces, and the display column the second starts at. */
function split(line: string): { left: string; right: string; column: number } | null {
  const m = /^([\s\u3000]*)(\S.*?)([ \u3000]{3,})(\S.*)$/.exec(line);
  if (!m || /[ \u3000]{3,}/.test(m[4]!)) return null;
  const column = columnsOf(m[1]! + m[2]! + m[3]!);
  return { left: m[2]!.trim(), right: m[4]!.trim(), column };
}

/** The first run of lines set in two columns: the first and last line (1-based) and the second column's start; null when none. */
export function twoColumnRun(lines: readonly string[]): { first: number; last: number; column: number } | null {
  let run: { start: number; column: number; pieces: { left: string; right: string }[] } | null = null;
  const done = (end: number) => {
    if (!run || run.pieces.length < MIN_LINES) return null;
    const average = (side: 'left' | 'right') => run!.pieces.reduce((n, p) => n + [...p[side]].length, 0) / run!.pieces.length;
    // Prose on both sides: a third of each side's lines or more hold a clause mark (某河谷生态修复工程 | 修复退化草地…，… is a table's row).
    const prose = (side: 'left' | 'right') => run!.pieces.filter((p) => CLAUSE.test(p[side])).length * 3 >= run!.pieces.length;
    const pageLike = average('left') >= MIN_AVERAGE && average('right') >= MIN_AVERAGE && prose('left') && prose('right');
    return pageLike ? { first: run.start + 1, last: end, column: run.column } : null;
  };
  for (let i = 0; i <= lines.length; i++) {
    const s = i < lines.length ? split(lines[i]!) : null;
    if (s && run && Math.abs(s.column - run.column) <= 1) {
      run.pieces.push(s);
      continue;
    }
    const found = done(i);
    if (found) return found;
    run = s ? { start: i, column: s.column, pieces: [s] } : null;
  }
  return null;
}
