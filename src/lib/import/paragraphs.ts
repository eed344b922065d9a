/**
 * Paragraphs from lines: a PDF export or a fixed-width text breaks paragraphs
 * into printed lines; these rules say when a line goes on with the paragraph
 * before it (wrap width, indentation, sentence ends) and join the lines back.
 */
import { collapseCjkSpaces, printedColumns } from './clean.ts';
import { CONTINUATION_START, DOCUMENT_NUMBER, DOCUMENT_TITLE, ENUMERATION, continuesAsReference, cutsQuantity, isTerminated, isTitleLike, matchAppendixHeading } from './text-shapes.ts';
import { isBareNumber } from './page-numbers.ts';
import type { SourceLine } from './types.ts';

/** What the page layout says about paragraphs: indented first lines, a fixed wrap width. */
export interface Layout {
  indentMeaningful: boolean;
  /** The width (in characters) the text was hard-wrapped at, or 0. */
  wrapWidth: number;
  /**
   * How the width is counted: every character as one (a text wrapped at a
   * character count), or Latin letters and digits as half (a PDF's printed
   * lines, where …2021年至2035年 fits more characters). Characters when absent.
   */
  measure?: Measure;
}

/** How a line's width is counted (see {@link Layout.measure}). */
export type Measure = 'chars' | 'printed';

/** A paragraph being read: its lines so far and what the last one looked like. */
export interface OpenParagraph {
  lines: string[];
  line: number;
  last: SourceLine;
  exact: boolean;
  /** Indentation of the paragraph's first line. */
  indent: number;
  /** The input line of each of `lines`. */
  lineNumbers: number[];
  /** The last input line filled the wrap width. */
  full?: boolean;
}

/**
 * Join the lines of one paragraph: Chinese lines without a space, Latin words
 * with one. Also returns where each line starts (in code points of the
 * result), so a message about the paragraph can name the exact line.
 */
export function joinWrapped(lines: string[]): { text: string; starts: number[] } {
  let out = '';
  let length = 0;
  const starts: number[] = [];
  for (const [i, raw] of lines.entries()) {
    // Justification stretches every line of a paragraph but its last: there, a wide gap between words is the author's.
    const l = collapseCjkSpaces(raw.replace(/\t/g, ' '), i === lines.length - 1 ? 'keep' : 'close');
    // Latin words are kept apart. Two digits are joined: a wrap at a fixed width
    // (or a narrow cell) may cut a number (12 / 345.6); two numbers a table
    // row's break separates are the table reader's (open-table.ts), not this.
    if (out && /[A-Za-z0-9,;:)]$/.test(out) && /^[A-Za-z(]/.test(l)) {
      out += ' ';
      length++;
    }
    starts.push(length);
    out += l;
    length += [...l].length;
  }
  return { text: out, starts };
}

/** The line holding a character of a joined paragraph. */
export function lineLookup(starts: number[], lineNumbers: number[]): (charIndex: number) => number {
  return (i) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= i) k++;
    return lineNumbers[k]!;
  };
}

/** 一是, 二是: a run-in heading's marker that ENUMERATION does not take (it is not a list marker elsewhere). */
const RUN_IN_MARKER = /^[一二三四五六七八九十]+是/;

/**
 * Two or three parallel phrases of three to eight characters each, their
 * lengths within two of each other (生态优先，绿色发展; 底线约束，集约高效): the
 * heading of an enumerated item, which a Word "save as text" puts on a line of
 * its own (tester, 2026-12-03: it was glued onto the sentence below).
 */
function isPhraseHeading(text: string): boolean {
  const phrases = text.trim().split(/[，,、]/);
  if (phrases.length < 2 || phrases.length > 3 || phrases.some((x) => !/^[\p{Script=Han}]{3,8}$/u.test(x))) return false;
  const lengths = phrases.map((x) => [...x].length);
  return Math.max(...lengths) - Math.min(...lengths) <= 2;
}

/**
 * A one-line paragraph that reads as a heading (三、工作目标; （一）生态优先，绿色发展): the next line does not continue it.
 * The heading of parallel phrases only in a text without a wrap width (`layout`): in a wrapped text, a narrow box's
 * line may end after two phrases in mid-sentence (review of 2026-12-03).
 */
export function isHeadingLikeParagraph(p: { lines: string[]; last: SourceLine }, layout?: Pick<Layout, 'wrapWidth'>): boolean {
  if (p.lines.length !== 1) return false;
  const marker = ENUMERATION.exec(p.last.text) ?? RUN_IN_MARKER.exec(p.last.text);
  const t = marker ? p.last.text.slice(marker[0].length) : p.last.text;
  if (isTitleLike(t, 25) && !/[，,、]/.test(t)) return true;
  return !!marker && (layout?.wrapWidth ?? 0) === 0 && isPhraseHeading(t);
}

/**
 * A line's width as laid out: its text plus its indent (a full-width space
 * is one character). Printed, Latin letters, digits and ASCII punctuation are
 * half as wide as a Chinese character (…规划期限为2021年至2035年 fills the
 * line with more characters than a line of Chinese alone).
 */
function layoutWidth(l: SourceLine, measure: Measure = 'chars'): number {
  if (measure === 'chars') return [...l.text].length + Math.round(l.indent / 2);
  let columns = 0;
  for (const ch of l.text) columns += printedColumns(ch);
  return Math.round((columns + l.indent) / 2);
}

/** Whether a line fills the wrap width: the text went on on the next line. */
export function isFull(l: SourceLine, layout: Layout): boolean {
  return layout.wrapWidth > 0 && layoutWidth(l, layout.measure) >= layout.wrapWidth - 1;
}

/**
 * The width a PDF export or fixed-width text wrapped its lines at: a line
 * length shared by at least a quarter of the longer body lines. 0 when the
 * text is not hard-wrapped (one paragraph per line). `isHeading` keeps
 * headings out: they have lengths of their own and would fake a width.
 */
export function detectWrapWidth(lines: SourceLine[], isHeading: (text: string) => boolean, measure: Measure = 'chars'): number {
  const width = (l: SourceLine) => layoutWidth(l, measure);
  const body = lines.filter((l) => !isHeading(l.text) && width(l) >= 12);
  const widths = body.map(width);
  if (widths.length < 6) return 0;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [w, c] of counts) {
    const near = c + (counts.get(w - 1) ?? 0);
    if (near > bestCount || (near === bestCount && w > best)) {
      best = w;
      bestCount = near;
    }
  }
  // Wrapped text: many lines at the width, none much longer, and most of
  // them broken mid-sentence (lines of equal length that all end a sentence
  // are a list, not a wrapped text).
  const longer = widths.filter((w) => w > best + 2).length;
  const atWidth = body.filter((l) => Math.abs(width(l) - best) <= 1);
  // Neighbours that open alike (某县…规划文本 / 某县…规划图集) are items of a list, not a sentence the width cut (the tester's list of 2026-12-03).
  const index = new Map(lines.map((l, i) => [l, i]));
  const midSentence = atWidth.filter((l) => {
    const i = index.get(l)!;
    return !isTerminated(l.text) && !opensAlike(l, [lines[i - 1], lines[i + 1]].filter((x) => x !== undefined));
  }).length;
  return bestCount >= Math.max(3, widths.length * 0.25) && longer <= widths.length * 0.05 && midSentence >= atWidth.length * 0.3 ? best : 0;
}

/** Whether one of `lines` (its neighbours) opens with the same eight characters as `l`: items of one list (某县…规划文本 / 某县…规划图集). */
function opensAlike(l: SourceLine, lines: readonly SourceLine[]): boolean {
  const opening = (x: SourceLine) => [...x.text.trim()].slice(0, 8).join('');
  return lines.some((x) => x !== l && opening(x) === opening(l));
}

/** The layout cues of a whole text: whether indents mark paragraphs, and the wrap width. */
export function detectLayout(textLines: SourceLine[], isHeading: (text: string) => boolean): Layout {
  // Only when some lines are indented and others are not; a uniformly indented text says nothing.
  const indented = textLines.filter((l) => l.indent > 0).length;
  const indentMeaningful = textLines.length > 0 && indented >= textLines.length * 0.05 && indented <= textLines.length * 0.9;
  // Counted in characters first (as before); a PDF's printed lines, where digits are narrow, only where that finds no width.
  const chars = detectWrapWidth(textLines, isHeading);
  if (chars > 0) return { indentMeaningful, wrapWidth: chars, measure: 'chars' };
  return { indentMeaningful, wrapWidth: detectWrapWidth(textLines, isHeading, 'printed'), measure: 'printed' };
}

/** Below this share of the wrap width, a line of a hard-wrapped text may have ended where its author ended it. */
const SHORT_LINE = 0.75;
/** A line that opens with a short label and a colon: an item of a list (城关镇：…, 重点镇：…). */
const LABEL_START = /^[^，。；：:、,;\s\u3000]{1,10}[：:]/;

/** A character no title or list item ends with: the sentence goes on (…严格遵守本, …确定的, …和). */
const LEADS_ON_END = /[本的之和与及或为在对将把被从以向于至到等、，]$/;

/** Whether a line continues the open paragraph (a hard line break inside it). */
export function shouldJoin(p: OpenParagraph, l: SourceLine, layout: Layout): boolean {
  // A sentence a page break cut (a page number or running header stood there) goes on on the next page,
  // a Word paragraph of a PDF conversion too; a short line such as a list item only where it leads on (…遵守本).
  const cutAtPage = !!l.pageBreakBefore && !isTerminated(p.last.text) && (!isHeadingLikeParagraph(p, layout) || LEADS_ON_END.test(p.last.text));
  if (p.exact || l.exact) return cutAtPage;
  // A number alone on a line (a page number the export left, kept with a warning) is a paragraph of its own, never glued into a figure (至 / 2 / 2050年).
  if (isBareNumber(l.text) || isBareNumber(p.last.text)) return false;
  // A document's number (某政函〔2023〕45号) and its title (关于……的批复) stand on lines of their own, and so do lines of
  // labels, each a paragraph of one line (项目名称：… / 委托单位：…, as a title page sets them); a line the wrap width
  // filled goes on whatever it ends with (…监督实施的意见 / 》等法律法规, …落实上级 / 要求：…).
  if (DOCUMENT_NUMBER.test(l.text.trim()) || DOCUMENT_NUMBER.test(p.last.text.trim())) return false;
  if (!(p.full ?? isFull(p.last, layout))) {
    if (DOCUMENT_TITLE.test(p.last.text.trim())) return false;
    if (p.lines.length === 1 && LABEL_START.test(p.last.text.trim()) && LABEL_START.test(l.text.trim()) && !/[，、]$/.test(p.last.text.trim())) return false;
  }
  if (CONTINUATION_START.test(l.text)) return true;
  // A marker that a sentence goes on from (…按照二、（二）和 / （三）的规定执行, …确定的 / 一、二类工业用地) is part of it, not an item.
  const marker = ENUMERATION.exec(l.text);
  if (marker) return !isTerminated(p.last.text) && continuesAsReference(l.text.slice(marker[0].length));
  // …集中建设区面积为 / 1.5平方千米，: a quantity the break cut goes on, even after a line that reads like a title.
  if (!isTerminated(p.last.text) && cutsQuantity(p.last.text, l.text)) return true;
  const full = p.full ?? isFull(p.last, layout);
  if (layout.indentMeaningful && !l.pageBreakBefore) {
    // A PDF export indents the first line of each paragraph only, so an
    // unindented line goes on with the paragraph, even after a full stop
    // that happened to fall at the end of a full line.
    if (l.indent > 0) return false;
    if (p.indent > 0 && (!isTerminated(p.last.text) || full)) return true;
  }
  // Without indents, a full line ending in ； or ： goes on (the next item
  // of a list would start with its marker); after 。 a new paragraph is as
  // likely, and splitting is the safer mistake.
  const clause = /[；;：:]$/.test(p.last.text.replace(/[”’」』）)】〕》\]"'\s]+$/, ''));
  if (isTerminated(p.last.text) && !(full && clause && !layout.indentMeaningful)) return false;
  // A line that fills the wrap width goes on on the next line.
  if (full) return true;
  if (cutAtPage) return true;
  // A line that stopped well short of the wrap width, before a line that opens with a label (河东镇：…), ended an item
  // of a list there, sentence end or not; a narrower box's lines (…实施废弃矿 / 山综合治理，…) go on.
  if (layout.wrapWidth > 0 && layoutWidth(p.last, layout.measure) < layout.wrapWidth * SHORT_LINE && LABEL_START.test(l.text)) return false;
  if (isHeadingLikeParagraph(p, layout)) return false;
  if (matchAppendixHeading(l.text) && isTitleLike(l.text)) return false;
  return true;
}

/**
 * Group lines into paragraphs with the same wrapped-line rules as plan text
 * (for texts without chapters, such as the drafting notes). `startsParagraph`
 * marks lines that always begin a new paragraph (a dated timeline entry).
 */
export function buildParagraphs(
  lines: SourceLine[],
  startsParagraph: (text: string) => boolean = () => false,
): { text: string; line: number; lineAt: (charIndex: number) => number }[] {
  const out: { text: string; line: number; lineAt: (charIndex: number) => number }[] = [];
  let open: OpenParagraph | null = null;
  let blank = false;
  const flush = () => {
    const o = open as OpenParagraph | null;
    if (o) {
      const { text, starts } = joinWrapped(o.lines);
      out.push({ text, line: o.line, lineAt: lineLookup(starts, o.lineNumbers) });
    }
    open = null;
  };
  for (const l of lines) {
    if (!l.text) {
      blank = true;
      continue;
    }
    const o = open as OpenParagraph | null;
    if (o && !blank && !startsParagraph(l.text) && shouldJoin(o, l, { indentMeaningful: false, wrapWidth: 0 })) {
      o.lines.push(l.text);
      o.lineNumbers.push(l.line);
      o.last = l;
    } else {
      flush();
      open = { lines: [l.text], line: l.line, last: l, exact: !!l.exact, indent: l.indent, lineNumbers: [l.line] };
    }
    blank = false;
  }
  flush();
  return out;
}

/**
 * Word paragraphs that end inside a sentence which the next paragraph goes on
 * with (…开发保护格 / 局，制定本规划。): a PDF converted to Word with one
 * paragraph per printed line, too short for its wrap width to show. Word
 * paragraphs are never joined, so the importer only names them: the index of
 * each such paragraph's first line. A paragraph of a title's length, one
 * before a colon's list, and a heading or list item after it do not count.
 */
export function midSentenceBreaks(lines: readonly SourceLine[], isHeading: (l: SourceLine) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]!];
    if (!a.exact || !b.exact || a.table || b.table || !a.text || !b.text || isHeading(a) || isHeading(b)) continue;
    if ([...a.text].length < 15 || isTerminated(a.text) || /[：:；;，,、]$/.test(a.text)) continue;
    if (ENUMERATION.test(b.text) || !/^[\p{Script=Han}，、。；：）》”]/u.test(b.text) || isTitleLike(b.text, 15)) continue;
    // Two lines that open alike are items of a list, each ending where it should.
    if (opensAlike(a, [b])) continue;
    out.push(i);
  }
  return out;
}
