/**
 * Plain text → {@link SourceLine}s: line endings, page breaks and artefacts
 * handled, indentation measured (a PDF export marks new paragraphs by it), and
 * line numbers kept so every message can name the line of the input.
 */
import { collapseCjkSpaces, indentWidth, removeArtefacts } from './clean.ts';
import { debrisMessage, removeConverterDebris } from './debris.ts';
import { markMandatory } from '../mandatory.ts';
import { withoutLayoutBold } from './layout-bold.ts';
import { detectWrapWidth } from './paragraphs.ts';
import { GROUP_HEADING, TOC_HEADER, TOC_PAGE, isTerminated, isTitleLike, lineList, matchAppendixHeading, quoteList } from './text-shapes.ts';
import { PAGE_NUMBER, bareNumberValue, isBareNumber, isPageNumberLine, loosePageNumbers } from './page-numbers.ts';
import { pandocMarkdownLine, withoutFrontMatter } from './pandoc-markdown.ts';
import { twoColumnRun } from './two-columns.ts';
import { isCellText, isDataCell, isNumberHeader } from './cell-tables.ts';
import { SCHEMES, isSplitChapterNumber, pageTexts } from './numbering-schemes.ts';
import type { Diagnostic, SourceLine } from './types.ts';


/**
 * Split decoded text into lines. Blank lines are kept (as empty text) because
 * they separate paragraphs; page-number lines are dropped with one warning.
 * `markdown` strips Markdown heading markers (`## 第十八条`) from .md input.
 */
export function textToLines(text: string, options: { markdown?: boolean } = {}): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // Unicode's line and paragraph separators (U+2028, U+2029) end lines as a newline does; \r\r\n (a CRLF
  // file converted to CRLF again) is one line end, not a blank line after every line (tester, 2026-12-03).
  const input = text.replace(/^\uFEFF/, '').replace(/\r*\n|\r|[\u2028\u2029]/g, '\n').split('\n');
  // pandoc's Markdown opens with a YAML block: its title is the title line (pandoc-markdown.ts).
  const front = options.markdown ? withoutFrontMatter(input) : { lines: input };
  const original = front.lines;
  if (front.block) diagnostics.push({ severity: 'warning', line: front.block[0], message: `the YAML block at lines ${front.block[0]}–${front.block[1]} is pandoc's, not plan text: left out${front.title ? `, its title “${front.title}” read as the title line` : ''}` });
  let notation = 0; // Markdown lines with pandoc's notation read back
  const cleaned = removeConverterDebris(original, options);
  const twoColumns = twoColumnRun(cleaned.lines);
  if (twoColumns) {
    const { first, last, column } = twoColumns;
    diagnostics.push({ severity: 'error', line: first, message: `lines ${first}–${last} are a page set in two columns (the second starts at column ${column} on each): read line by line, the columns' sentences would be mixed. Convert the PDF without -layout (pdftotext reads each column in turn then), or put the columns one after the other` });
  }
  // A text with a blank line after every line (a PDF tool's, or CR CR LF line ends read twice) reads as if single-spaced.
  // Markdown's blank lines are its paragraph breaks.
  const spaced = withoutSpacingLines(cleaned.lines, cleaned.tables, !options.markdown);
  if (spaced.dropped) diagnostics.push({ severity: 'warning', line: null, message: `a blank line follows every line of the text: the ${spaced.dropped} blank lines between lines were read as line spacing, not as paragraph breaks` });
  const raw = spaced.lines;
  const tables = spaced.tables;
  const lineOf = (i: number) => spaced.lineOf[i]!;
  const lines: SourceLine[] = [];
  let pageBreak = false;
  const pageNumbers: number[] = []; // input lines of page numbers removed
  const loose = loosePageNumbers(raw, (i) => isSplitChapterNumber(raw, i));
  const lastText = raw.findLastIndex((l) => l.trim() !== '');
  let lastPage = -1; // the last bare page number removed
  const looseRemoved: number[] = []; // input lines of bare numbers removed with no page break beside them
  const boundaries: number[] = []; // indices in `lines` where a new page starts
  let frontOver = false; // a heading of the body (not a 目录 entry) has been read
  raw.forEach((rawLine, i) => {
    const table = tables.get(i);
    if (table) {
      lines.push({ line: lineOf(i), text: '', indent: 0, table });
      return;
    }
    // A line that held only debris goes, like a page number: it was never a paragraph break.
    if (!rawLine.trim() && original[lineOf(i) - 1]!.trim()) return;
    let s = rawLine;
    if (s.includes('\f')) {
      pageBreak = true;
      boundaries.push(lines.length);
      s = s.replace(/\f/g, '');
    }
    s = removeArtefacts(s);
    const indent = indentWidth(s);
    const leadingTabs = leadingTabCount(s);
    s = s.replace(/^[\s\u3000]+/, '').replace(/[\s\u3000]+$/, '');
    // Markdown input: heading markers and bold/italic markers around headings are layout, not text.
    const level = options.markdown ? /^(#{1,6})\s+/.exec(s)?.[1]!.length : undefined;
    if (options.markdown) {
      // Struck-through text is a deletion (a 修改稿's): neither kept as plan text nor dropped unsaid.
      if (/~~[^~]+~~/.test(s)) diagnostics.push({ severity: 'warning', line: lineOf(i), message: `struck-through text ${quoteList([...s.matchAll(/~~([^~]+)~~/g)].map((m) => m[1]!))} is kept with its ~~ marks: delete it if the approved text struck it out, or remove the marks` });
      // A page number (- 3 -) is judged below as it stands: read as a bullet, it would be text.
      const read = PAGE_NUMBER.test(s) ? s : pandocMarkdownLine(s);
      if (read !== s) notation++;
      s = markdownLine(read, !!level);
    }
    // A bare number is a page number next to a page break, or where it cannot be content (page-numbers.ts),
    // unless it is a chapter's number split from its title (1 / 总则 / 1.1).
    // The text's last line is the last page's number only where it counts on from the page number before it.
    const nearBreak = pageBreak || (raw[i + 1] ?? '').includes('\f') || (i === lastText && lastPage > 0 && bareNumberValue(s) === lastPage + 1);
    // Roman numerals number the front matter's pages only: in the body a Ⅲ alone may be a cell (水质 Ⅲ类).
    if (!frontOver && s && headingKind(s) === 'once' && !TOC_PAGE.test(s)) frontOver = true;
    const bare = isBareNumber(s) && !isSplitChapterNumber(raw, i) && !(pageBreak && countsRows(lines, bareNumberValue(s))) && (nearBreak || loose.has(i));
    if (isPageNumberLine(s, { nearBreak, frontMatter: !frontOver }) || bare) {
      if (!PAGE_NUMBER.test(s) && !nearBreak) looseRemoved.push(lineOf(i));
      if (isBareNumber(s)) lastPage = bareNumberValue(s);
      pageNumbers.push(lineOf(i));
      pageBreak = true;
      boundaries.push(lines.length);
      return;
    }
    lines.push({ line: lineOf(i), text: s, indent, ...(leadingTabs && s.includes('\t') ? { leadingTabs } : {}), ...(pageBreak && s ? { pageBreakBefore: true } : {}), ...(level && s ? { headingLevel: level } : {}) });
    if (s) pageBreak = false;
  });
  const debris = debrisMessage(cleaned.count);
  if (debris) diagnostics.push({ severity: 'warning', line: null, message: debris });
  if (options.markdown) diagnostics.push(...markdownFootnotes(lines), ...joinSplitHeadings(lines));
  if (notation) diagnostics.push({ severity: 'warning', line: null, message: `${notation} line(s) with pandoc's Markdown notation read back as text: heading attributes {#…}, spans [..]{.underline} (强制性内容), ^2^ and ~2~, --- and -- as — and –, ... as …, list markers, fences ::: and rules left out` });
  if (pageNumbers.length > 0) {
    const which = looseRemoved.length === pageNumbers.length ? 'all' : `${looseRemoved.length} of them, at line(s) ${lineList(looseRemoved)},`;
    const at = looseRemoved.length ? ` (${which} bare numbers without a page break: check they were page numbers)` : '';
    diagnostics.push({ severity: 'warning', line: null, message: `${pageNumbers.length} page-number line(s) of a PDF export removed, at line(s) ${lineList(pageNumbers)}${at}` });
  }
  const kept = removeHeadingFooters(removeRunningHeaders(lines, boundaries, diagnostics), diagnostics);
  // Judged again without the running headers: a page number followed by one and an N.1 heading is no chapter's.
  diagnostics.push(...keptNumbers(kept));
  return { lines: kept, diagnostics };
}

/**
 * The lines without the blank line a double-spaced text puts after every line
 * (tester, 2026-12-03: each printed line became a paragraph of its own, and
 * page numbers and running headers stayed in the text), with each line's
 * number in the input (`lineOf`, 1-based) and the tables moved with their
 * lines. Double-spaced: at least ten lines of text, nine in ten of them
 * followed by exactly one blank line, no two lines of text adjacent (a
 * paragraph break there would be lost), and a quarter of them cut inside a
 * sentence at one width (wrapped lines: a text of one paragraph a line, as
 * Word saves it with blank lines between, keeps its blank lines even where a
 * paragraph lacks its 。; review of 2026-12-03). Otherwise unchanged, as
 * when `enabled` is false (Markdown, whose blank lines end paragraphs).
 */
export function withoutSpacingLines(lines: readonly string[], tables: ReadonlyMap<number, string[][]>, enabled = true): { lines: string[]; tables: Map<number, string[][]>; lineOf: number[]; dropped: number } {
  const blank = (i: number) => i < lines.length && !tables.has(i) && !lines[i]!.trim();
  const text = lines.flatMap((_, i) => (blank(i) || tables.has(i) ? [] : [i]));
  const single = text.filter((i) => blank(i + 1) && !blank(i + 2) && i + 2 < lines.length);
  const isText = new Set(text);
  const adjacent = text.some((i) => isText.has(i + 1));
  // Cut inside a sentence: long, unfinished and not a title (a 目录 entry or a heading is unpunctuated, not cut).
  const cut = text.map((i) => lines[i]!.trim()).filter((t) => [...t].length >= 15 && !isTerminated(t) && !isTitleLike(t, 60));
  if (!enabled || text.length < 10 || single.length < (text.length - 1) * 0.9 || adjacent || cut.length < text.length / 4 || !wrapped(text.map((i) => lines[i]!))) {
    return { lines: [...lines], tables: new Map(tables), lineOf: lines.map((_, i) => i + 1), dropped: 0 };
  }
  const drop = new Set(single.map((i) => i + 1));
  const kept = lines.flatMap((l, i) => (drop.has(i) ? [] : [{ l, i }]));
  const moved = new Map<number, string[][]>();
  kept.forEach(({ i }, k) => {
    const t = tables.get(i);
    if (t) moved.set(k, t);
  });
  return { lines: kept.map((x) => x.l), tables: moved, lineOf: kept.map((x) => x.i + 1), dropped: drop.size };
}

/** Whether the lines were wrapped at one width (paragraphs.ts detectWrapWidth; titles, unpunctuated, are no width). */
function wrapped(texts: readonly string[]): boolean {
  const lines = texts.map((text, i) => ({ line: i + 1, text: text.trim(), indent: 0 }));
  const isTitle = (t: string) => isTitleLike(t, 60);
  return detectWrapWidth(lines, isTitle) > 0 || detectWrapWidth(lines, isTitle, 'printed') > 0;
}

/** A Markdown footnote's definition (`[^1]: 指……。`), its brackets escaped or not by the time it is read. */
const FOOTNOTE_DEFINITION = /^\\?\[\^[^\]\s]+\\?\]:/;

/**
 * Markdown footnotes (pandoc's `[^1]` and `[^1]: 指……。`) are not notes to
 * the importer: their definitions would be read as text of the article
 * before them. Said once, with the lines and the fix.
 */
function markdownFootnotes(lines: readonly SourceLine[]): Diagnostic[] {
  const at = lines.filter((l) => FOOTNOTE_DEFINITION.test(l.text)).map((l) => l.line);
  if (at.length === 0) return [];
  return [{
    severity: 'warning',
    line: at[0]!,
    message: `${at.length} Markdown footnote(s) ([^1]: …) at line(s) ${lineList(at)} are kept as text, of the article before them, and their references as [^1]: put the notes under a heading 注释 at the end of the text (a part of its own), or import the Word file, whose footnotes become a 注释 part`,
  }];
}

/** How many tabs the line's leading whitespace holds. */
function leadingTabCount(line: string): number {
  return (/^[\s\u3000]*/.exec(line)![0].match(/\t/g) ?? []).length;
}

/**
 * Whether a bare number n that opens a page goes on with a table's 序号 count
 * in the lines kept so far: then it is the row number, not the page's. It
 * does when the lines before it, back to a 序号 header, are all table cells
 * and the last bare number among them is n − 1 (none, for 1). A split
 * chapter number or a number closing a page never counts so.
 */
function countsRows(kept: readonly SourceLine[], n: number): boolean {
  let last: number | null = null;
  for (let k = kept.length - 1; k >= 0; k--) {
    const t = kept[k]!.text;
    if (!t) continue;
    if (isNumberHeader(t)) return last === null ? n === 1 : last === n - 1;
    if (!isCellText(t)) return false;
    if (last === null && isBareNumber(t)) last = bareNumberValue(t);
  }
  return false;
}

/**
 * Page numbers a PDF-to-Word conversion left as paragraphs of their own
 * (— 1 —, 第 3 页, 3/80, or bare numbers counting up a page of text apart, by
 * the rule of page-numbers.ts): the Word file has no page breaks to tell
 * them by, so only these shapes go; any other bare number stays, flagged as
 * in a text file. Returns the lines kept, how many went, and the flags.
 */
export function removePageNumberParagraphs(lines: readonly SourceLine[]): { lines: SourceLine[]; removed: number; diagnostics: Diagnostic[] } {
  const texts = lines.map((l) => (l.table ? '表' : l.text));
  const loose = loosePageNumbers(texts, (i) => isSplitChapterNumber(texts, i));
  const diagnostics: Diagnostic[] = [];
  // The paragraph after a page number opens a page, as after a form feed in a text.
  // A bare number beside a page break Word marked (its HTML's page-break-before) is that page's number.
  const besideBreak = (l: SourceLine, i: number) => isBareNumber(l.text) && (!!l.pageBreakBefore || !!lines[i + 1]?.pageBreakBefore);
  const numbersGone = withoutPageFurniture(lines, (l, i) => !l.table && (PAGE_NUMBER.test(l.text) || loose.has(i) || besideBreak(l, i))).kept;
  const kept = removeHeadingFooters(numbersGone, diagnostics);
  return { lines: kept, removed: lines.length - numbersGone.length, diagnostics: [...diagnostics, ...keptNumbers(kept)] };
}

/**
 * `lines` without the page furniture `isFurniture` names (asked of each line
 * in order), the next line with text after one marked as opening a page: it
 * stood at a page's edge, so a blank before it is no paragraph break and a
 * sentence cut there goes on (paragraphs.ts).
 */
function withoutPageFurniture(lines: readonly SourceLine[], isFurniture: (l: SourceLine, i: number) => boolean): { kept: SourceLine[]; removed: SourceLine[] } {
  const kept: SourceLine[] = [];
  const removed: SourceLine[] = [];
  let pageEdge = false;
  lines.forEach((l, i) => {
    if (isFurniture(l, i)) {
      removed.push(l);
      pageEdge = true;
      return;
    }
    kept.push(pageEdge && l.text ? { ...l, pageBreakBefore: true } : l);
    if (l.text) pageEdge = false;
  });
  return { kept, removed };
}

/** A heading's text, then a tab or spaces (or a dot leader) and a page number: `第一章 规划总则⇥3`. */
const HEADING_WITH_PAGE = /^(.*?[^\s\u3000.…·．])(?:\t|[\s\u3000]+|[\s\u3000]*[.…·．]{2,}[\s\u3000]*)[0-9０-９]{1,4}$/;

/**
 * Running footers (or headers) that print the chapter's heading beside the
 * page number, `第一章 规划总则⇥3`, where the export kept no page break to
 * tell them by: a line that is the text of a heading read earlier in the body
 * followed by a page number is no heading of its own (it would read as the
 * chapter starting again) and goes, with one warning naming each line. A
 * 目录 entry has the same shape, so only lines after the 目录 are judged, and
 * only against headings that stand there.
 */
function removeHeadingFooters(lines: SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  const body = afterContents(lines);
  const headings = new Set<string>();
  const { kept, removed } = withoutPageFurniture(lines, (l, k) => {
    const footer = k >= body && !l.table ? HEADING_WITH_PAGE.exec(l.text) : null;
    if (footer && headings.has(footer[1]!)) return true;
    if (k >= body && headingKind(l.text) !== 'none') headings.add(l.text);
    return false;
  });
  if (removed.length) {
    const list = removed.map((l) => `line ${l.line} “${l.text}”`).join(', ');
    diagnostics.push({ severity: 'warning', line: null, message: `${removed.length} running footer line(s) removed: the heading read earlier, with a page number (${list}); if one is plan text, put its words back` });
  }
  return removed.length ? kept : lines;
}

/** A flag for each bare number kept as text (not a split chapter's number): it may be a page number (withdrawable: a table's 序号). */
function keptNumbers(kept: readonly SourceLine[]): Diagnostic[] {
  const texts = pageTexts(kept);
  return kept.flatMap((l, i): Diagnostic[] =>
    isBareNumber(l.text) && !isSplitChapterNumber(texts, i)
      ? [{ severity: 'warning', line: l.line, message: `a line holding only the number ${l.text} is kept as a paragraph of its own; if it is a page number of the export, delete it`, code: 'bare-number' }]
      : [],
  );
}

/**
 * One Markdown line as plan text: heading and quote markers dropped; bold
 * that is layout (around a whole heading or short title line, or a heading's
 * number and title opening a line: layout-bold.ts) dropped; bold, `__…__`
 * and `<u>` inside the text mark 强制性内容 and are kept as marks.
 */
function markdownLine(line: string, heading: boolean): string {
  const s = line.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '');
  // A backslash escape (1\.3, \*注\*, 附表\_1: pandoc and PDF converters write them) is the character itself, never a mark.
  const held = s.replace(MARKDOWN_ESCAPE, (_, ch: string) => String.fromCharCode(ESCAPE_BASE + ch.charCodeAt(0)));
  // Italic (*斜体*, and the outer * of ***粗斜体***) is layout: its text stays, unmarked. Not in a table row
  // (GFM splits cells first: |指标*|属性*| marks columns), nor across a clause (带*号…，不带*号 marks figures).
  const bold = withoutLayoutBold(markMandatory(held), heading);
  const text = bold.includes('|') ? bold : bold.replace(ITALIC, '$1');
  // In a pipe table's row (a line with a | not escaped) an escaped | stays escaped: the table reader splits at the others (text-tables.ts).
  const row = text.includes('|');
  return text.replace(HELD_ESCAPE, (ch) => (row && ch === HELD_PIPE ? '\\|' : String.fromCharCode(ch.charCodeAt(0) - ESCAPE_BASE)));
}

/** A Markdown heading holding only a chapter's or section's number (MinerU's `# 第一章` over `# 总则`). */
const NUMBER_ONLY_HEADING = /^第[〇零一二三四五六七八九十百0-9０-９]+[章节節]$/;

/**
 * A chapter's or section's number and its title set as two headings of one
 * level (`# 第一章` / `# 总则`, as MinerU splits a heading printed on two
 * lines) made one heading (`第一章 总则`), the title's line left empty; said
 * in a warning.
 */
function joinSplitHeadings(lines: SourceLine[]): Diagnostic[] {
  const joined: number[] = [];
  lines.forEach((l, i) => {
    if (!l.headingLevel || !NUMBER_ONLY_HEADING.test(l.text)) return;
    const next = lines.slice(i + 1).find((x) => x.text || x.table);
    if (!next || next.headingLevel !== l.headingLevel || headingKind(next.text) !== 'none' || !isTitleLike(next.text, 30)) return;
    l.text = `${l.text} ${next.text}`;
    next.text = '';
    delete next.headingLevel;
    joined.push(l.line);
  });
  return joined.length ? [{ severity: 'warning', line: joined[0]!, message: `${joined.length} heading(s) split in two, the number over its title (# 第一章 / # 总则), read as one, at line(s) ${lineList(joined)}` }] : [];
}

/** `*斜体*`: one asterisk each side, the text not opening or closing with a space. */
const ITALIC = /(?<!\*)\*(?!\s)([^*，。；：、！？]+?)(?<!\s)\*(?!\*)/g;

/** CommonMark's backslash escapes: a backslash before ASCII punctuation. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;
/** Escaped characters are held as private-use characters (U+F021…U+F07E) while marks are read. */
const ESCAPE_BASE = 0xf000;
const HELD_ESCAPE = /[\uf021-\uf07e]/g;
const HELD_PIPE = String.fromCharCode(ESCAPE_BASE + '|'.charCodeAt(0));

/** A wide gap between the two halves of a running line, one set left and one right. */
const RUNNING_GAP = /[ \u3000]{4,}/;

/**
 * Running lines in two halves, one set left and one right, whose text
 * changes from page to page (`某县国土空间总体规划·规划文本        — 1 —`,
 * `某县自然资源局编制        第一章 总则`), at the edges `edgeLines` of pages:
 * furniture where one half, of four characters or more, stands on the same
 * side of two such lines or more. Never a heading (第一章    总则, 附    则:
 * letter-spaced), a sentence, or a table row (more than two cells; a half
 * that is a figure, a unit or 约束性 is too short or a data cell).
 */
function twoPartFurniture(lines: SourceLine[], edgeLines: number[]): number[] {
  const halves = (k: number) => lines[k]!.text.split(RUNNING_GAP);
  const candidates = [...new Set(edgeLines)].filter((k) => {
    const t = lines[k]?.text;
    if (!t || headingKind(t) !== 'none' || matchAppendixHeading(collapseCjkSpaces(t))) return false;
    const h = halves(k);
    return h.length === 2 && h.every((x) => x && !isTerminated(x) && [...x].length <= 40);
  });
  const seen = new Map<string, number>();
  const key = (side: number, half: string) => `${side}:${half}`;
  for (const k of candidates) halves(k).forEach((h, side) => seen.set(key(side, h), (seen.get(key(side, h)) ?? 0) + 1));
  const recurs = (side: number, h: string) => [...h].length >= 4 && !isDataCell(h) && (seen.get(key(side, h)) ?? 0) >= 2;
  return candidates.filter((k) => halves(k).some((h, side) => recurs(side, h)));
}

/** How a line reads as a heading of any numbering scheme, before the text's own is known: none, recurring (第一节, 一、, （二）, 1.2) or once (第二章, 第十条, 第一篇, a decimal chapter 1 总则). */
function headingKind(text: string): 'none' | 'recurring' | 'once' {
  const law = SCHEMES.law.match(text);
  if (GROUP_HEADING.test(text) || (law && law.kind !== 'section')) return 'once';
  const decimal = SCHEMES.decimal.match(text);
  if (decimal?.kind === 'chapter' && decimal.rest.trim()) return 'once';
  return law || SCHEMES.outline.match(text) || decimal ? 'recurring' : 'none';
}

/**
 * Running headers and footers of a PDF export: a short line that stands next
 * to two or more page breaks (the first line after a break, or the last
 * before one) is page furniture, removed there. A heading is the exception,
 * its first occurrence after the 目录 (the heading itself) always stays: a
 * heading whose number occurs once (第二章, 第十条) is furniture wherever else
 * it stands at a page edge; one whose number recurs (第一节, 一、, （二）, 1.2:
 * two sections may each open a page with （二）管控要求) only at three page
 * edges or more.
 */
function removeRunningHeaders(lines: SourceLine[], boundaries: number[], diagnostics: Diagnostic[]): SourceLine[] {
  if (boundaries.length < 2) return lines;
  const edges = new Map<string, Set<number>>();
  const note = (k: number) => {
    const t = lines[k]?.text;
    if (!t || [...t].length > 40) return;
    if (!edges.has(t)) edges.set(t, new Set());
    edges.get(t)!.add(k);
  };
  const edgeLines: number[] = [];
  for (const b of new Set(boundaries)) {
    let after = b;
    while (after < lines.length && !lines[after]!.text) after++;
    let before = b - 1;
    while (before >= 0 && !lines[before]!.text) before--;
    note(after);
    note(before);
    edgeLines.push(after, before);
  }
  // The text's end is the last page's foot.
  edgeLines.push(lines.findLastIndex((l) => !!l.text));
  const drop = new Set<number>(twoPartFurniture(lines, edgeLines));
  const body = afterContents(lines);
  const atEdge = new Set([...edges.values()].flatMap((at) => [...at]));
  for (const [text, at] of edges) {
    const kind = headingKind(text);
    if (kind === 'none') {
      // Furniture is a title or a page number, never a finished sentence (具体以批复文本为准。 may end a paragraph at two page tops).
      if (isTerminated(text)) continue;
      // A table's value (约束性, a figure) may end many pages; it also stands inside them, where furniture never does.
      const inBody = isDataCell(text) && lines.some((l, j) => l.text === text && !atEdge.has(j));
      const furniture = [...at].filter((k) => !(inBody && betweenCells(lines, k)));
      if (furniture.length >= 2) for (const k of furniture) drop.add(k);
      continue;
    }
    if (kind === 'recurring' && at.size < 3) continue;
    const first = lines.findIndex((l, k) => k >= body && l.text === text);
    for (const k of at) if (k !== first && k >= body) drop.add(k);
  }
  if (drop.size === 0) return lines;
  const texts = [...new Set([...drop].map((k) => lines[k]!.text))];
  diagnostics.push({
    severity: 'warning',
    line: null,
    message: `${drop.size} running header/footer line(s) of a PDF export removed, at line(s) ${lineList([...drop].map((k) => lines[k]!.line).sort((a, b) => a - b))} (${quoteList(texts, 5, 80)})`,
  });
  const out: SourceLine[] = [];
  let carryBreak = false;
  lines.forEach((l, k) => {
    if (drop.has(k)) {
      carryBreak ||= !!l.pageBreakBefore;
      return;
    }
    out.push(carryBreak && l.text ? { ...l, pageBreakBefore: true } : l);
    if (l.text) carryBreak = false;
  });
  return out;
}

/** A short line with table cells on both sides (a table pasted one cell per line that runs over a page). */
function betweenCells(lines: SourceLine[], k: number): boolean {
  const cell = (j: number) => j >= 0 && j < lines.length && isCellText(lines[j]!.text) && headingKind(lines[j]!.text) === 'none';
  let before = k - 1;
  while (before >= 0 && !lines[before]!.text) before--;
  let after = k + 1;
  while (after < lines.length && !lines[after]!.text) after++;
  return cell(before) && cell(k) && cell(after);
}

/**
 * Where the body starts after a 目录 whose entries are headings without page
 * numbers (0 without a 目录): at the first entry that repeats, the body's own
 * first heading. Copies of a heading in the 目录 are no occurrence of it.
 */
function afterContents(lines: SourceLine[]): number {
  const at = lines.findIndex((l) => TOC_HEADER.test(collapseCjkSpaces(l.text)));
  if (at < 0) return 0;
  const seen = new Set<string>();
  for (let k = at + 1; k < lines.length; k++) {
    const t = lines[k]!.text.replace(TOC_PAGE, '');
    if (!t) continue;
    if (seen.has(t) || headingKind(t) === 'none') return k;
    seen.add(t);
  }
  return lines.length;
}
