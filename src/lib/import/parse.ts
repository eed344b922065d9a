/**
 * The plan-text parser: {@link SourceLine}s → chapters, sections, articles and
 * the parts outside them (前言, 附表/附图/附录/名词解释). It reads texts as they
 * come from Word and PDF exports: a table of contents at the top, headings in
 * Chinese, Arabic or full-width numerals, article titles present or not, hard
 * line breaks inside paragraphs (a wrapped line may even begin with 第十条),
 * tables, and numbering mistakes, which are reported with their line.
 *
 * It runs in phases that can each be read and tested alone:
 * 1. title and contents ({@link readFrontMatter}), then tables pasted one
 *    cell per line ({@link readCellTables}),
 * 2. line classification ({@link classifyLine}),
 * 3. the tree builder ({@link TreeBuilder}), which decides from context whether
 *    a candidate heading is one (a 第X条 at a line start is a heading when it
 *    starts a new paragraph or is the number expected next with a separator),
 * 4. the numbering checks ({@link checkNumber}, {@link checkTree}).
 * Headings are read through a {@link NumberingScheme}, never matched here.
 */
import { readCellTables } from './cell-tables.ts';
import { classifyLine } from './classify-line.ts';
import { checkNumber, checkTree } from './numbering-checks.ts';
import { detectScheme, type SchemeChoice } from './detect-scheme.ts';
import { SCHEMES, outlineOneUp, type HeadingMatch, type NumberingScheme, type SchemeId } from './numbering-schemes.ts';
import { detectLayout, detectWrapWidth, midSentenceBreaks } from './paragraphs.ts';
import { PREAMBLE_HEADING, REFERENCE_TAIL, matchAppendixHeading, matchBoxHeading, quoteList, excerpt, lineList } from './text-shapes.ts';
import { readFrontMatter, unnumberedContentsEntries } from './title-and-contents.ts';
import { TreeBuilder } from './tree-builder.ts';
import type { Diagnostic, ParsedArticle, ParsedPlan, SourceLine } from './types.ts';

export { splitArticleRest } from './article-title.ts';
export { buildParagraphs } from './paragraphs.ts';
export { isTerminated, matchAppendixHeading } from './text-shapes.ts';
export { classifyLine, checkNumber, readFrontMatter, TreeBuilder };

/** Read a 第X章/节/条 heading at the start of a line; null when the line does not start with one. */
export function matchHeading(text: string): HeadingMatch | null {
  return SCHEMES.law.match(text);
}

/** Options of {@link parsePlan}. */
export interface ParseOptions {
  /** The numbering scheme (tests); detected from the text when not given. */
  scheme?: NumberingScheme;
  /** `--numbering`: the scheme to use instead of the detected one. */
  numbering?: SchemeId;
}

/** Fewer Word paragraphs than a PDF of a plan converted one line a paragraph ever gives. */
const MIN_PRINTED_LINES = 20;

/**
 * A Word file converted from a PDF has one paragraph per printed line: when
 * its paragraphs share a wrap width, read them like wrapped text.
 */
function unwrapPdfParagraphs(input: SourceLine[], scheme: NumberingScheme): { lines: SourceLine[]; converted: boolean } {
  const wordLines = input.filter((l) => l.exact && !l.table && l.text);
  const isHeading = (t: string) => !!scheme.match(t);
  // A PDF's printed lines run to many paragraphs; a short Word file's few lines of equal length say nothing (the tester's list of 2026-12-03).
  const converted = wordLines.length >= MIN_PRINTED_LINES && detectWrapWidth(wordLines.map((l) => ({ ...l, exact: false })), isHeading) > 0;
  return { lines: converted ? input.map((l) => (l.exact ? { ...l, exact: false } : l)) : input, converted };
}

/** Word paragraphs that stop inside a sentence the next one goes on with: named, with how to fix them (they are never joined). */
function cutWordParagraphs(lines: SourceLine[], scheme: NumberingScheme): Diagnostic[] {
  const cut = midSentenceBreaks(lines, (l) => isHeadingLine(l, scheme));
  if (!cut.length) return [];
  const shown = cut.slice(0, 3).map((i) => `line ${lines[i]!.line} “…${[...lines[i]!.text].slice(-8).join('')}” / “${excerpt(lines[i + 1]!.text, 8)}”`);
  return [{
    severity: 'warning',
    line: lines[cut[0]!]!.line,
    message: `${cut.length} Word paragraph(s) end inside a sentence that the next one goes on with (${shown.join(', ')}${cut.length > 3 ? ', …' : ''}): they are kept apart, as Word paragraphs always are; if the file has a paragraph per printed line (a PDF converted to Word), join them in Word, or import the PDF's text`,
  }];
}

/** A heading of any kind the text has: the scheme's, a Word or Markdown heading, an appendix or 专栏 heading. */
function isHeadingLine(l: SourceLine, scheme: NumberingScheme): boolean {
  return !!l.headingLevel || !!scheme.match(l.text, l) || !!matchAppendixHeading(l.text) || !!matchBoxHeading(l.text);
}

/**
 * Where the appendix starts: the first appendix heading after the last
 * structural heading; or an earlier 附录 / 附件 that opens a document of its
 * own, whose articles or chapters number from one again (附录 某县生态保护红线
 * 管理办法 / 第一条 …): its 第X条 are that document's words, not the plan's.
 */
function findAppendixStart(lines: SourceLine[], skip: Set<number>, scheme: NumberingScheme): number {
  let lastStructural = -1;
  let seenStructure = false;
  let document = -1;
  lines.forEach((l, i) => {
    if (skip.has(i)) return;
    const h = scheme.match(l.text, l);
    const structural = !!h && h.number !== null && (h.separated || !REFERENCE_TAIL.test(h.rest));
    if (structural) {
      if (document < 0) lastStructural = i;
      seenStructure = true;
    } else if (seenStructure && document < 0 && /^(附录|附件)$/.test(matchAppendixHeading(l.text)?.kind ?? '') && nextStructureRestarts(lines, i, skip, scheme)) {
      document = i;
    }
  });
  if (document >= 0) return document;
  for (let i = lastStructural + 1; i < lines.length; i++) {
    if (!skip.has(i) && matchAppendixHeading(lines[i]!.text)) return i;
  }
  return lines.length;
}

/** A warning when the appendix opens with a document of its own (its 第一条… are kept as the appendix's text). */
function appendixDocument(lines: SourceLine[], start: number, skip: Set<number>, scheme: NumberingScheme): Diagnostic[] {
  const l = lines[start];
  if (!l || !nextStructureRestarts(lines, start, skip, scheme)) return [];
  return [{ severity: 'warning', line: l.line, message: `“${l.text.trim()}” opens a document of its own, whose articles or chapters number from one again: they are kept as the text of that appendix part, not read as the plan's; references in it are not linked`, text: l.text }];
}

/** Whether the first structural heading after line `i` is numbered one (第一条, 第一章): a document's own start. */
function nextStructureRestarts(lines: SourceLine[], i: number, skip: Set<number>, scheme: NumberingScheme): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    if (skip.has(k)) continue;
    const h = scheme.match(lines[k]!.text, lines[k]);
    if (h && h.number !== null) return h.number === 1;
  }
  return false;
}

/** A preamble's own heading (前言) becomes its title; a preamble before chapters is reported. */
function settlePreamble(plan: ParsedPlan): void {
  const preamble = plan.parts.find((p) => p.kind === '前言');
  if (!preamble) return;
  const head = preamble.blocks[0];
  if (head && head.kind === 'paragraph' && PREAMBLE_HEADING.test(head.text)) {
    preamble.title = head.text;
    preamble.line = head.line;
    preamble.blocks.shift();
  } else {
    preamble.line = head?.line ?? 0;
  }
  if (plan.chapters.length > 0) {
    plan.diagnostics.push({ severity: 'warning', line: preamble.line || null, message: `text before the first chapter kept as a preamble part (${preamble.blocks.length} block(s))` });
  }
}

/** Every article of a parsed plan in text order, with the chapter and section it stands in. */
export function allArticles(plan: ParsedPlan): { article: ParsedArticle; chapter: number; section?: number }[] {
  return plan.chapters.flatMap((c) => [
    ...c.articles.map((a) => ({ article: a, chapter: c.number })),
    ...c.sections.flatMap((s) => s.articles.map((a) => ({ article: a, chapter: c.number, section: s.number }))),
  ]);
}

/** Phases 1–4 with one scheme: the plan as read by it, with its diagnostics. */
function readWith(input: SourceLine[], choice: SchemeChoice): ParsedPlan {
  const plan: ParsedPlan = { title: '', chapters: [], parts: [], diagnostics: [] };
  const scheme = choice.scheme;
  plan.numbering = { scheme: scheme.id, reason: choice.reason };
  const { lines, converted } = unwrapPdfParagraphs(input, scheme);
  if (converted) plan.diagnostics.push({ severity: 'warning', line: null, message: 'the Word paragraphs look like the printed lines of a PDF (one paragraph per line): they were joined into paragraphs like wrapped text' });
  else plan.diagnostics.push(...cutWordParagraphs(lines, scheme));
  if ('assigned' in scheme && typeof scheme.assigned === 'number' && scheme.assigned > 0) {
    const named = ((scheme as { assignedHeadings?: { line: number; heading: string }[] }).assignedHeadings ?? []).map((h) => `line ${h.line} ${h.heading}`);
    const shown = named.length ? `: ${named.slice(0, 5).join(', ')}${named.length > 5 ? ', …' : ''}` : '';
    plan.diagnostics.push({ severity: 'warning', line: null, message: `${scheme.assigned} heading(s) have no 目录 entry with the same title, so they were numbered in order of appearance${shown}; check them against the approved text` });
  }
  if ('recovered' in scheme && Array.isArray(scheme.recovered) && scheme.recovered.length > 0) {
    const found = (scheme.recovered as { line: number; heading: string }[]).map((r) => `${r.heading} (line ${r.line})`);
    plan.diagnostics.push({ severity: 'warning', line: null, message: `${found.length} heading(s) stand in the text without their numbers and were numbered from the 目录 by title: ${quoteList(found, 6)}; check them against the approved text` });
  }
  const layout = detectLayout(lines.filter((l) => (l.text !== '' || l.table) && !l.exact && !l.table), (t) => !!scheme.match(t));
  const front = readFrontMatter(lines, scheme);
  plan.title = front.title;
  if (front.cover.length) plan.cover = front.cover;
  plan.diagnostics.push(...front.diagnostics, ...unnumberedContentsEntries(front, lines, scheme));
  const cells = readCellTables(lines, (i) => !front.skip.has(i) && !isHeadingLine(lines[i]!, scheme));
  if (cells.cellLines.size) plan.cellLines = cells.cellLines;
  plan.diagnostics.push(...cells.diagnostics);
  const appendixStart = findAppendixStart(cells.lines, front.skip, scheme);
  plan.diagnostics.push(...appendixDocument(cells.lines, appendixStart, front.skip, scheme));
  const builder = new TreeBuilder({ lines: cells.lines, scheme, layout, skip: front.skip, appendixStart, contents: front.contents });
  builder.build();
  plan.chapters.push(...builder.chapters);
  // A text without chapters: its one chapter carries the plan's title (docs/design.md, flat versions).
  if (scheme.flat && plan.chapters.length === 1 && !plan.chapters[0]!.title) plan.chapters[0]!.title = plan.title;
  plan.parts.push(...builder.parts);
  plan.diagnostics.push(...builder.diagnostics, ...deeperHeadings(cells.lines, scheme, front.skip));
  const headings = cells.lines.filter((l) => l.headingLevel);
  // Body headings the scheme did not read: not the title or the 目录, not the appendix.
  const unnumbered = cells.lines.flatMap((l, i) => (l.headingLevel && !front.skip.has(i) && i < appendixStart && !scheme.match(l.text, l) ? [l.text.trim()] : []));
  plan.diagnostics.push(...checkTree(plan, scheme, builder.lastArticle > 0, headings.length, choice.problem, unnumbered));
  return plan;
}

/** A decimal heading of four levels or more (1.2.2.1 近期): below the articles of the decimal scheme. */
const DEEP_DECIMAL = /^[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){3,}(?=[\s\u3000]|[\p{Script=Han}])/u;

/**
 * The warning for headings numbered below a decimal article (1.2.2.1): kept
 * as paragraphs of their article, number and all, said so that nobody
 * expects them to be provisions of their own (tester, 2026-12-03).
 */
function deeperHeadings(lines: readonly SourceLine[], scheme: NumberingScheme, skip: ReadonlySet<number>): Diagnostic[] {
  if (scheme.id !== 'decimal') return [];
  const deep = lines.flatMap((l, i) => (!skip.has(i) && DEEP_DECIMAL.test(l.text.trim()) ? [l] : []));
  if (!deep.length) return [];
  return [{ severity: 'warning', line: deep[0]!.line, message: `${deep.length} heading(s) numbered below the articles (${quoteList(deep.map((l) => l.text.trim()))}, line(s) ${lineList(deep.map((l) => l.line))}) are kept as paragraphs of their article, number included: the decimal scheme reads 1 as a chapter, 1.1 as a section and 1.1.1 as an article` }];
}

/**
 * Parse a whole plan text. Never throws on bad input: problems come back as
 * diagnostics (errors stop the import), each with the line and the text.
 */
export function parsePlan(input: SourceLine[], options: ParseOptions = {}): ParsedPlan {
  if (!input.some((l) => l.text !== '' || l.table)) {
    return { title: '', chapters: [], parts: [], diagnostics: [{ severity: 'error', line: null, message: 'the input is empty: there is no plan text to import' }] };
  }
  const choice: SchemeChoice = options.scheme
    ? { scheme: options.scheme, reason: 'given by the caller' }
    : detectScheme(input, (s) => readFrontMatter(input, s), options.numbering);
  let plan = readWith(input, choice);
  // An outline text none of whose 1. (or （一） under 第X章) is a provision has its provisions one level up.
  const up = options.scheme ? null : outlineOneUp(choice.scheme);
  if (up && allArticles(plan).length === 0) {
    const again = readWith(input, { scheme: up, reason: `${choice.reason}; no ${choice.scheme.print('article', 1)} holds a provision, so the ${up.print('article', 1)} are the provisions` });
    if (allArticles(again).length > 0) plan = again;
  }
  settlePreamble(plan);
  return plan;
}
