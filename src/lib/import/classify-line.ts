/**
 * Phase 2 of the parser: what one line could be, read without context. The
 * tree builder then decides from context (an open paragraph, the number
 * expected next) whether a candidate heading really is one.
 */
import { isBareNumbered, type HeadingMatch, type NumberingScheme } from './numbering-schemes.ts';
import { tableCells, type RowKind } from './text-tables.ts';
import { GROUP_HEADING, matchAppendixHeading, matchBoxHeading } from './text-shapes.ts';
import type { SourceLine } from './types.ts';

/** The readings a line allows. */
export interface LineCandidates {
  /** A heading of the scheme (only before the appendix). */
  heading: HeadingMatch | null;
  /** 第一篇 / 第一部分 / 第一编 (only before the appendix). */
  group: RegExpExecArray | null;
  /** 附表1 …, 名词解释 (only in the appendix). */
  appendix: { kind: string; title: string } | null;
  /** 专栏1 重点项目: a box heading in the body (only before the appendix). */
  box: string | null;
  /** The kind of table row it would be, if any (worked out only when asked: most lines are settled before). */
  row: () => RowKind | null;
}

/**
 * The kind of table row a line would be (null if none); a heading is not a
 * row unless tab-separated, or numbered with a bare number and space-aligned
 * with words in its cells (a 序号 1 before 耕地保有量  万亩  约束性, which a
 * decimal text would read as chapter 1; a letter-spaced title, 1  总  则, has
 * one character a cell; 第一条 with wide gaps stays a heading).
 */
export function rowKind(l: SourceLine | undefined, scheme: NumberingScheme): RowKind | null {
  if (!l) return null;
  const t = l.text;
  if (l.exact) return null;
  const heading = scheme.match(t, l);
  if (heading && !t.includes('\t') && !(isBareNumbered(heading) && isSpacedRow(t))) return null;
  if (tableCells(t, 'tab')) return 'tab';
  if (/^[|｜].*[|｜]$/.test(t) && tableCells(t, 'pipe')) return 'pipe';
  // Stryker disable next-line StringLiteral: tableCells reads every kind but tab and pipe as space-aligned, so any other string reads the same
  const spaced = tableCells(t, 'space');
  return spaced ? 'space' : null;
}

/** A space-aligned row of at least three cells, some of more than one character. */
function isSpacedRow(text: string): boolean {
  const cells = tableCells(text, 'space');
  return !!cells && cells.slice(1).some((c) => [...c].length > 1);
}

/** Every reading of one non-blank text line. */
export function classifyLine(l: SourceLine, scheme: NumberingScheme, inAppendix: boolean): LineCandidates {
  return {
    heading: inAppendix ? null : scheme.match(l.text, l),
    group: inAppendix ? null : GROUP_HEADING.exec(l.text),
    appendix: inAppendix ? matchAppendixHeading(l.text) : null,
    box: inAppendix ? null : matchBoxHeading(l.text),
    row: () => rowKind(l, scheme),
  };
}
