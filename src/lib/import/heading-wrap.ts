/**
 * A chapter's or section's title that a PDF export wrapped onto the next line
 * (第二章 构建安全韧性……国土空间开发保护 / 新格局, 第一节 统筹划定……城镇开发边 /
 * 界三条控制线): without this the title was cut short and its end became the
 * chapter's opening paragraph, or was taken for a title set above an article.
 */
import { isFull, type Layout } from './paragraphs.ts';
import { isLoneTitle, isTitleLike, matchBoxHeading } from './text-shapes.ts';
import type { SourceLine } from './types.ts';
import { titleKey } from './numbering-schemes.ts';

/** A heading line at least this long (characters, number included) is long enough to have wrapped where no wrap width is known. */
export const LONG_HEADING = 22;

/** What {@link headingContinuation} needs to know about the text around a heading. */
export interface HeadingWrapContext {
  lines: readonly SourceLine[];
  layout: Layout;
  /** Whether a line is a heading, a part heading or a 专栏 of the text's scheme (never the rest of a title). */
  isHeading: (l: SourceLine) => boolean;
  /** Lines that are something else already: skipped (running headers) or titles set above articles. */
  taken: (k: number) => boolean;
  /** Index of the first appendix line (lines.length when there is none). */
  end: number;
  /** The 目录's entries by {@link titleKey} (第三章国土空间开发保护格局), when the text has one. */
  listed?: ReadonlySet<string>;
}

/** Whether the heading line filled the wrap width (or, where the text has none, is long and longer than the next). */
function wrapped(l: SourceLine, next: SourceLine, layout: Layout): boolean {
  const width = [...l.text].length;
  return layout.wrapWidth > 0 ? isFull(l, layout) : width >= LONG_HEADING && [...next.text].length < width;
}

/**
 * Whether the 目录 lists the heading with the next line as the end of its
 * title and not without it: a heading set in a larger font wraps short of the
 * text's wrap width (第三章 国土空间开发保护格 / 局; tester, 2026-12-03).
 */
export function listedWhole(listed: ReadonlySet<string> | undefined, l: SourceLine, next: SourceLine): boolean {
  return !!listed?.has(titleKey(`${l.text}${next.text}`)) && !listed.has(titleKey(l.text));
}

/**
 * The index of the line that ends the title of the heading at `i`, whose
 * title on its own line is `title`, or -1. It is the very next line, short and
 * unpunctuated, that stands alone (a blank line, a heading or the end after
 * it), under a heading line that filled the wrap width (or, where the text has
 * none, is at least {@link LONG_HEADING} long and longer than it), or whose
 * whole title the 目录 lists ({@link listedWhole}). Word
 * paragraphs never wrap; a blank line between the two keeps them apart.
 */
export function headingContinuation(ctx: HeadingWrapContext, i: number, title: string): number {
  const { lines, layout } = ctx;
  const l = lines[i]!;
  const k = i + 1;
  const next = lines[k];
  if (!title || !next || k >= ctx.end || l.exact || next.exact || next.table || next.text === '' || next.pageBreakBefore || ctx.taken(k)) return -1;
  if (ctx.isHeading(next) || matchBoxHeading(next.text) || !isLoneTitle(next.text, 15) || !isTitleLike(`${title}${next.text}`, 60)) return -1;
  if (!wrapped(l, next, layout) && !listedWhole(ctx.listed, l, next)) return -1;
  const after = lines[k + 1];
  const alone = !after || k + 1 >= ctx.end || after.text === '' || !!after.table || ctx.isHeading(after);
  return alone ? k : -1;
}
