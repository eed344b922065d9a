/**
 * The plan-text parser: {@link SourceLine}s → chapters, sections, articles and
 * the parts outside them (前言, 附表/附图/附录/名词解释). It reads texts as they
 * come from Word and PDF exports: a table of contents at the top, headings in
 * Chinese, Arabic or full-width numerals, article titles present or not, hard
 * line breaks inside paragraphs (a wrapped line may even begin with 第十条),
 * tables, and numbering mistakes, which are reported with their line.
 *
 * The rule for telling a heading from a wrapped line: a 第X条 at a line start is
 * a heading when it starts a new paragraph (the previous line ended a
 * sentence, a blank line or an indent came before) or when its number is the
 * next one expected and a separator follows it; otherwise it is body text.
 */
import { parseNumeral, toChineseNumeral } from '../numerals.ts';
import { checkBrackets, collapseCjkSpaces } from './clean.ts';
import type { Block, Diagnostic, ParsedArticle, ParsedChapter, ParsedPart, ParsedPlan, ParsedSection, SourceLine } from './types.ts';

const NUM_CHARS = '零〇一二两三四五六七八九十百千0-9０-９';
/** 第 + numeral + 章/节/条 at a line start; spaced-out headings (第 一 章) are accepted. */
const HEADING = new RegExp(`^第[\\s\\u3000]*([${NUM_CHARS}](?:[${NUM_CHARS}\\s\\u3000]*[${NUM_CHARS}])?)[\\s\\u3000]*(章|节|節|条|條)([\\s\\S]*)$`);
/** What may follow a heading number: whitespace, a colon, a dot or an enumeration comma. */
const SEPARATOR = /^[\s\u3000:：、.．]/;
/** Text right after 第X条 that makes it a reference inside a sentence, not a heading. */
const REFERENCE_TAIL = /^(第|款|项|规定|的|所|中|之|和|及|与|或|至|到|以|等|、|，|,|。|；|）|\)|确定|要求|执行|明确)/;
/** The appendix parts a plan text ends with. */
const APPENDIX = /^(附表|附图|附录|附件|名词解释|术语解释|名词术语解释|术语和定义|注释)(?:[\s\u3000]*([0-9０-９一二三四五六七八九十A-Za-z]+(?:[-－—.．][0-9０-９]+)*))?(?=$|[\s\u3000:：、.．（(])/;
/** Enumeration markers that start a paragraph: （一） (1) 一、 1. 1、 ① a) */
const ENUMERATION = /^(?:[（(][一二三四五六七八九十百0-9０-９]+[）)]|[一二三四五六七八九十百]+[、.．]|[0-9０-９]{1,2}(?:[、．]|\.(?![0-9]))|[①-⑳㉑-㉟]|[（(]?[a-zA-Z][）)])/;
/** Punctuation that can end a sentence (a closing quote or bracket after it is allowed). */
const TERMINAL = /[。；;！!？?：:…]$/;
/** Punctuation that cannot start a sentence: the line continues the previous one. */
const CONTINUATION_START = /^[，,、。；;：:）)」』”’》〉…]/;
const TOC_HEADER = /^(目录|目次|目\s*录)$/;
/** 第一篇 / 第一部分 / 第一编: a level above chapters. */
const GROUP_HEADING = new RegExp(`^第[\\s\\u3000]*[${NUM_CHARS}]+[\\s\\u3000]*(篇|部分|分编|编)([\\s\\u3000:：、][\\s\\S]*|)$`);
/** A heading with a page number after a tab, spaces or leaders: a TOC entry. */
const TOC_PAGE = /(?:\t|[ \u3000]{2,}|[.…·．_\-－—]{2,})\s*[0-9０-９]{1,4}$/;
/** A TOC entry: ends with a page number after a leader, a tab or a space. */
const TOC_ENTRY = /(?:[.…·．\-_－—\s\u3000]|[\u4e00-\u9fff）)])\s*[0-9０-９]{1,4}$/;
const TOC_LEADER = /(?:\.{3,}|…{2,}|·{3,}|．{3,}|_{4,}|-{4,})\s*[0-9０-９]{1,4}$/;
/** Sentence openers that mark the text after an article number as body, not a title. */
const BODY_OPENER = /^(本规划|本|为了|为|根据|依据|按照|在|对|凡|各级|各类)/;

type HeadingKind = 'chapter' | 'section' | 'article';

interface HeadingMatch {
  kind: HeadingKind;
  number: number | null;
  numeral: string;
  /** Everything after 章/节/条, untrimmed. */
  rest: string;
  /** A separator (or nothing) follows the number. */
  separated: boolean;
}

/** Read a 第X章/节/条 heading at the start of a line; null when the line does not start with one. */
export function matchHeading(text: string): HeadingMatch | null {
  const m = HEADING.exec(text);
  if (!m) return null;
  const numeral = m[1]!.replace(/[\s\u3000]/g, '');
  const unit = m[2]!;
  const kind: HeadingKind = unit === '章' ? 'chapter' : unit === '节' || unit === '節' ? 'section' : 'article';
  const rest = m[3]!;
  const n = parseNumeral(numeral);
  return { kind, number: n !== null && n >= 1 ? n : null, numeral, rest, separated: rest === '' || SEPARATOR.test(rest) };
}

/** Whether a line ends a sentence (closing quotes and brackets after the punctuation are skipped). */
export function isTerminated(text: string): boolean {
  return TERMINAL.test(text.replace(/[”’」』）)】〕》\]"'\s]+$/, ''));
}

/** Short, unpunctuated text that reads as a heading or title rather than a sentence. */
function isTitleLike(text: string, max = 30): boolean {
  const t = text.trim();
  return t.length > 0 && [...t].length <= max && !/[。；;！!？?，,：:]/.test(t);
}

/** An appendix heading (附表1 规划指标表, 名词解释): its kind, or null. */
export function matchAppendixHeading(text: string): { kind: string; title: string } | null {
  const t = text.trim();
  if ([...t].length > 60 || /[。；]/.test(t)) return null;
  const m = APPENDIX.exec(t) ?? APPENDIX.exec(collapseCjkSpaces(t));
  return m ? { kind: m[1]!, title: appendixTitle(t) } : null;
}

/** An appendix heading as a title: spaces kept as one (附表1 规划指标表), a spaced-out word closed up (名 词 解 释). */
function appendixTitle(text: string): string {
  const t = text.trim().replace(/[\s\u3000]+/g, ' ');
  return /^(\S ){2,}\S$/.test(t) ? t.replace(/ /g, '') : t;
}

/** Split a tab-, pipe- or space-aligned table row into cells; null when the line is not one. */
function tableCells(text: string, kind: 'tab' | 'pipe' | 'space'): string[] | null {
  if (kind === 'tab') {
    if (!text.includes('\t')) return null;
    const cells = text.split('\t').map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  if (kind === 'pipe') {
    if (!text.includes('|') && !text.includes('｜')) return null;
    const inner = text.replace(/^[|｜]/, '').replace(/[|｜]$/, '');
    const cells = inner.split(/[|｜]/).map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  // Space-aligned (a PDF export's table): short cells, no sentences — a
  // justified line of running text has wide gaps too, but reads as sentences.
  const cells = text.split(/[ \u3000]{2,}/).map((c) => c.trim());
  if (cells.length < 3 || cells.some((c) => /[。；，,;]/.test(c))) return null;
  const average = cells.reduce((n, c) => n + [...c].length, 0) / cells.length;
  return average <= 15 ? cells : null;
}

const PIPE_DELIMITER = /^[|｜]?\s*:?-{3,}:?\s*([|｜]\s*:?-{3,}:?\s*)*[|｜]?$/;

/**
 * Join the lines of one paragraph: Chinese lines without a space, Latin words
 * with one. Also returns where each line starts (in code points of the
 * result), so a message about the paragraph can name the exact line.
 */
function joinWrapped(lines: string[]): { text: string; starts: number[] } {
  let out = '';
  let length = 0;
  const starts: number[] = [];
  for (const raw of lines) {
    const l = collapseCjkSpaces(raw.replace(/\t/g, ' '));
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
function lineLookup(starts: number[], lineNumbers: number[]): (charIndex: number) => number {
  return (i) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= i) k++;
    return lineNumbers[k]!;
  };
}

function excerpt(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : text;
}

const UNIT: Record<HeadingKind, string> = { chapter: '章', section: '节', article: '条' };
const cn = (kind: HeadingKind, n: number) => `第${toChineseNumeral(n)}${UNIT[kind]}`;

/**
 * Parse a whole plan text. Never throws on bad input: problems come back as
 * diagnostics (errors stop the import), each with the line and the text.
 */
export function parsePlan(input: SourceLine[]): ParsedPlan {
  const diagnostics: Diagnostic[] = [];
  // A Word file converted from a PDF has one paragraph per printed line: when
  // its paragraphs share a wrap width, read them like wrapped text.
  const wordLines = input.filter((l) => l.exact && !l.table && l.text);
  const convertedFromPdf = wordLines.length > 0 && detectWrapWidth(wordLines.map((l) => ({ ...l, exact: false }))) > 0;
  const lines = convertedFromPdf ? input.map((l) => (l.exact ? { ...l, exact: false } : l)) : input;
  const error = (line: number | null, message: string, text?: string) =>
    diagnostics.push({ severity: 'error', line, message, ...(text !== undefined ? { text: excerpt(text, 60) } : {}) });
  const warn = (line: number | null, message: string, text?: string) =>
    diagnostics.push({ severity: 'warning', line, message, ...(text !== undefined ? { text: excerpt(text, 60) } : {}) });

  const chapters: ParsedChapter[] = [];
  const parts: ParsedPart[] = [];
  const plan: ParsedPlan = { title: '', chapters, parts, diagnostics };
  if (convertedFromPdf) warn(null, 'the Word paragraphs look like the printed lines of a PDF (one paragraph per line): they were joined into paragraphs like wrapped text');

  const nonBlank = lines.filter((l) => l.text !== '' || l.table);
  if (nonBlank.length === 0) {
    error(null, 'the input is empty: there is no plan text to import');
    return plan;
  }

  // Does the text mark paragraphs by indentation (PDF exports)? Only when some
  // lines are indented and others are not; a uniformly indented text says nothing.
  const textLines = nonBlank.filter((l) => !l.exact && !l.table);
  const indented = textLines.filter((l) => l.indent > 0).length;
  const indentMeaningful = textLines.length > 0 && indented >= textLines.length * 0.05 && indented <= textLines.length * 0.9;
  const layout: Layout = { indentMeaningful, wrapWidth: detectWrapWidth(textLines) };

  const skip = new Set<number>(); // indices consumed as title, TOC or a heading's title line
  const nextNonBlank = (i: number): number => {
    for (let k = i + 1; k < lines.length; k++) if (lines[k]!.text !== '' || lines[k]!.table) return k;
    return -1;
  };

  // --- Title: the first line, unless it is already structure. ---
  let start = lines.findIndex((l) => l.text !== '' || l.table);
  const first = lines[start]!;
  if (!first.table && !matchHeading(first.text) && !TOC_HEADER.test(collapseCjkSpaces(first.text)) && !matchAppendixHeading(first.text)) {
    plan.title = collapseCjkSpaces(first.text).replace(/^《(.+)》$/, '$1');
    skip.add(start);
    // A title set in two lines: 示例县国土空间总体规划 / （2021—2035年）, or
    // wrapped in a PDF export so that the next line starts with its closing bracket.
    const k = nextNonBlank(start);
    if (k >= 0 && (/^[（(][^（）()]{2,20}[）)]$/.test(collapseCjkSpaces(lines[k]!.text)) || (/^[）)》”]/.test(lines[k]!.text) && [...lines[k]!.text].length <= 20))) {
      plan.title += collapseCjkSpaces(lines[k]!.text);
      skip.add(k);
      start = k;
    }
  }

  // --- Table of contents: from 目录 to the last entry, or up to where the first heading repeats. ---
  const firstStructural = lines.findIndex((l, i) => !skip.has(i) && !!matchHeading(l.text) && !TOC_ENTRY.test(l.text));
  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i) || !TOC_HEADER.test(collapseCjkSpaces(lines[i]!.text))) continue;
    if (firstStructural >= 0 && i > firstStructural) break;
    skip.add(i);
    const seen = new Set<string>();
    let lastEntry = i;
    let k = i + 1;
    for (; k < lines.length; k++) {
      const t = lines[k]!.text;
      if (t === '') continue;
      const h = matchHeading(t);
      const entry = TOC_ENTRY.test(t);
      const key = h ? `${h.kind}${h.number}` : '';
      if (h && !entry && seen.has(key)) break; // the real heading after the TOC
      if (entry || h || matchAppendixHeading(t)) {
        lastEntry = k;
        if (h) seen.add(key);
        continue;
      }
      if (isTitleLike(t)) continue; // a wrapped entry, or the body's first heading (前言)
      break; // body text
    }
    // The TOC ends at its last entry: plain short lines after it (前言) belong to the body.
    const end = lastEntry;
    let count = 0;
    for (let j = i + 1; j <= end; j++) {
      skip.add(j);
      if (lines[j]!.text) count++;
    }
    if (count === 0) warn(lines[i]!.line, 'a 目录 heading with no entries after it was skipped');
    break;
  }
  // TOC entries with dot leaders but no 目录 heading (a Word TOC field without its title).
  let leaderLines = 0;
  for (let i = 0; i < lines.length; i++) {
    if (firstStructural >= 0 && i >= firstStructural) break;
    if (!skip.has(i) && TOC_LEADER.test(lines[i]!.text)) {
      skip.add(i);
      leaderLines++;
    }
  }
  if (leaderLines > 0) warn(null, `${leaderLines} table-of-contents line(s) with dot leaders skipped (no 目录 heading)`);

  // A TOC without a 目录 heading: headings with page numbers right after the title.
  if (![...skip].some((i) => TOC_HEADER.test(collapseCjkSpaces(lines[i]!.text)))) {
    const entries: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (skip.has(i) || !lines[i]!.text) continue;
      const t = lines[i]!.text;
      if ((matchHeading(t) || matchAppendixHeading(t.replace(TOC_PAGE, ''))) && TOC_PAGE.test(t)) entries.push(i);
      else break;
    }
    if (entries.length >= 2) {
      for (const i of entries) skip.add(i);
      warn(lines[entries[0]!]!.line, `${entries.length} table-of-contents line(s) with page numbers skipped (no 目录 heading)`);
    }
  }

  // Running headers of a PDF export: the title line repeated on every page.
  if (plan.title) {
    const titleTexts = new Set([plan.title, ...[...skip].filter((i) => i <= start).map((i) => collapseCjkSpaces(lines[i]!.text))]);
    let headers = 0;
    lines.forEach((l, i) => {
      if (i > start && !skip.has(i) && l.text && titleTexts.has(collapseCjkSpaces(l.text).replace(/^《(.+)》$/, '$1'))) {
        skip.add(i);
        headers++;
      }
    });
    if (headers > 0) warn(null, `${headers} repetition(s) of the title line removed as running headers`);
  }

  // --- Where the appendix starts: the first appendix heading after the last structural heading. ---
  let lastStructural = -1;
  lines.forEach((l, i) => {
    if (skip.has(i)) return;
    const h = matchHeading(l.text);
    if (h && h.number !== null && (h.separated || !REFERENCE_TAIL.test(h.rest))) lastStructural = i;
  });
  let appendixStart = lines.length;
  for (let i = lastStructural + 1; i < lines.length; i++) {
    if (!skip.has(i) && matchAppendixHeading(lines[i]!.text)) {
      appendixStart = i;
      break;
    }
  }

  // --- The walk. ---
  let chapter = null as ParsedChapter | null;
  let section = null as ParsedSection | null;
  let article = null as ParsedArticle | null;
  let part = null as ParsedPart | null; // preamble or appendix part being filled
  let lastArticle = 0;
  const articleLines = new Map<number, number>();
  let sectionsThrough = false;

  interface OpenParagraph {
    lines: string[];
    line: number;
    last: SourceLine;
    exact: boolean;
    /** Indentation of the paragraph's first line. */
    indent: number;
    /** The input line of each of `lines`. */
    lineNumbers: number[];
    /** The last input line filled the wrap width. */
    full: boolean;
  }
  let para = null as OpenParagraph | null;
  interface OpenTable {
    kind: 'tab' | 'pipe' | 'space';
    rows: string[][];
    line: number;
  }
  let table = null as OpenTable | null;
  let blankBefore = false;
  /** Paragraphs waiting for the next chapter (a 第X篇 heading). */
  const pendingLead: Block[] = [];

  const target = (): Block[] => {
    if (part) return part.blocks;
    if (article) return article.blocks;
    if (section) return section.lead;
    if (chapter) return chapter.lead;
    part = { kind: '前言', title: '', blocks: [], line: 0 };
    parts.push(part);
    return part.blocks;
  };
  const flushParagraph = () => {
    if (!para) return;
    const { text, starts } = joinWrapped(para.lines);
    if (text) {
      diagnostics.push(...checkBrackets(text, lineLookup(starts, para.lineNumbers)));
      target().push({ kind: 'paragraph', text, line: para.line });
    }
    para = null;
  };
  const flushTable = () => {
    if (!table) return;
    const width = Math.max(...table.rows.map((r) => r.length));
    if (table.rows.some((r) => r.length !== width)) {
      warn(table.line, `table rows have different numbers of cells (${[...new Set(table.rows.map((r) => r.length))].join(', ')}); short rows were padded with empty cells`);
    }
    const rows = table.rows.map((r) => [...r.map((c) => collapseCjkSpaces(c)), ...Array<string>(width - r.length).fill('')]);
    for (const r of rows) for (const c of r) diagnostics.push(...checkBrackets(c, table.line));
    target().push({ kind: 'table', rows, line: table.line });
    table = null;
  };
  const flush = () => {
    flushParagraph();
    flushTable();
  };
  /** The kind of table row line k would be (null if none): a one-line candidate needs a neighbour of its kind. */
  const rowKindAt = (k: number): OpenTable['kind'] | null => {
    if (k < 0) return null;
    const t = lines[k]!.text;
    if (lines[k]!.exact || (matchHeading(t) && !t.includes('\t'))) return null;
    if (tableCells(t, 'tab')) return 'tab';
    if (/^[|｜].*[|｜]$/.test(t) && tableCells(t, 'pipe')) return 'pipe';
    if (tableCells(t, 'space')) return 'space';
    return null;
  };

  /** Whether blank lines stand right before line k. */
  const breakBeforeIndex = (k: number): boolean => k > 0 && lines[k - 1]!.text === '' && !lines[k - 1]!.table && !lines[k]!.pageBreakBefore;

  const headingTitle = (h: HeadingMatch, i: number): string => {
    let title = collapseCjkSpaces(h.rest.replace(/^[\s\u3000:：、.．]+/, '').trim());
    if (!title) {
      // The title on the next line: 第一章 / 总则.
      const k = nextNonBlank(i);
      if (k >= 0 && !lines[k]!.table && !matchHeading(lines[k]!.text) && isTitleLike(lines[k]!.text, 25)) {
        title = collapseCjkSpaces(lines[k]!.text);
        skip.add(k);
      }
    }
    return title;
  };

  const checkNumber = (kind: HeadingKind, n: number, expected: number, seen: (n: number) => boolean, line: number, text: string, scope = '') => {
    if (n === expected) return;
    if ((kind === 'article' || kind === 'chapter') && n === 1 && expected > 1) {
      const unit = UNIT[kind];
      error(line, `${kind} numbers restart at 第一${unit} (after ${cn(kind, expected - 1)}): number the ${kind}s through the whole plan (第一${unit} … 第N${unit}), as the content model and citations require`, text);
      return;
    }
    if (seen(n)) error(line, `duplicate ${kind} number: ${cn(kind, n)} appears twice${scope}; expected ${cn(kind, expected)}`, text);
    else if (n < expected) error(line, `${kind} numbers out of order: ${cn(kind, n)} comes after ${cn(kind, expected - 1)}${scope}; expected ${cn(kind, expected)}`, text);
    else error(line, `gap in ${kind} numbering: expected ${cn(kind, expected)}, found ${cn(kind, n)}${scope} (${expected === n - 1 ? cn(kind, expected) : `${cn(kind, expected)}–${cn(kind, n - 1)}`} missing)`, text);
  };

  const startChapter = (h: HeadingMatch, l: SourceLine, i: number) => {
    const n = h.number!;
    checkNumber('chapter', n, chapters.length + 1, (k) => chapters.some((c) => c.number === k), l.line, l.text);
    const title = headingTitle(h, i);
    if (!title) error(l.line, `${cn('chapter', n)} has no title: write it after the number (第${h.numeral}章 总则)`, l.text);
    chapter = { number: n, title, lead: pendingLead.splice(0), articles: [], sections: [], line: l.line };
    chapters.push(chapter);
    section = null;
    article = null;
    part = null;
  };
  const startSection = (h: HeadingMatch, l: SourceLine, i: number) => {
    const n = h.number!;
    const title = headingTitle(h, i);
    if (!chapter) {
      error(l.line, `section outside a chapter: ${cn('section', n)} comes before the first 第X章 heading`, l.text);
      return;
    }
    const c: ParsedChapter = chapter;
    const before = chapters.reduce((sum, x) => sum + x.sections.length, 0);
    // Sections numbered through the whole plan (第四节 opening chapter 2)
    // are renumbered within their chapter, which is what the URLs use.
    if (c.sections.length === 0 && n !== 1 && before > 0 && n === before + 1 && !sectionsThrough) {
      sectionsThrough = true;
      warn(l.line, `sections are numbered through the whole plan (${cn('section', n)} opens ${cn('chapter', c.number)}): renumbered within each chapter`, l.text);
    }
    let local = n;
    if (sectionsThrough) {
      checkNumber('section', n, before + 1, () => false, l.line, l.text);
      local = c.sections.length + 1;
    } else {
      checkNumber('section', n, c.sections.length + 1, (k) => c.sections.some((s) => s.number === k), l.line, l.text, ` in ${cn('chapter', c.number)}`);
    }
    if (c.articles.length > 0 && c.sections.length === 0) {
      error(l.line, `${cn('chapter', c.number)} has articles before its first section (${cn('article', c.articles[0]!.number)}, line ${c.articles[0]!.line}): put them in a section, or remove the sections`, l.text);
    }
    if (!title) error(l.line, `${cn('section', n)} of ${cn('chapter', c.number)} has no title`, l.text);
    section = { number: local, title, lead: [], articles: [], line: l.line };
    c.sections.push(section);
    article = null;
    part = null;
  };
  const startArticle = (h: HeadingMatch, l: SourceLine, i: number) => {
    const n = h.number!;
    if (!chapter) {
      error(l.line, `article outside a chapter: ${cn('article', n)} comes before the first 第X章 heading`, l.text);
    }
    checkNumber('article', n, lastArticle + 1, (k) => articleLines.has(k), l.line, l.text);
    if (articleLines.has(n)) diagnostics.at(-1)!.message += ` (first at line ${articleLines.get(n)})`;
    else articleLines.set(n, l.line);
    lastArticle = Math.max(lastArticle, n);
    const k = nextNonBlank(i);
    const followedByBody = k >= 0 && (!!lines[k]!.table || !matchHeading(lines[k]!.text)) && k < appendixStart;
    // Does the next line continue this one (a wrapped heading line)? Then what
    // follows the number is the start of a sentence, not a title.
    const restText = h.rest.replace(/^[\s\u3000:：、.．]+/, '').trim();
    const continues =
      k >= 0 && followedByBody && !lines[k]!.table && restText !== '' && !breakBeforeIndex(k) &&
      shouldJoin({ lines: [restText], last: { ...l, text: restText }, exact: !!l.exact, indent: l.indent, full: isFull(l, layout) }, lines[k]!, layout);
    const { title, body } = splitArticleRest(h.rest, followedByBody, continues);
    article = { number: n, title, blocks: [], line: l.line };
    part = null;
    if (chapter) (section ?? chapter).articles.push(article);
    if (body) para = { lines: [body], line: l.line, last: { ...l, text: body }, exact: !!l.exact, indent: l.indent, lineNumbers: [l.line], full: isFull(l, layout) };
  };

  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const l = lines[i]!;
    if (l.text === '' && !l.table) {
      blankBefore = true;
      continue;
    }
    const breakBefore = blankBefore && !l.pageBreakBefore;
    blankBefore = false;

    if (l.table) {
      flush();
      const rows = l.table.map((r) => r.map((c) => c.trim()));
      if (rows.length > 0 && rows.some((r) => r.some((c) => c))) {
        table = { kind: 'tab', rows, line: l.line };
        flushTable();
      }
      continue;
    }

    if (i >= appendixStart) {
      const a = matchAppendixHeading(l.text);
      if (a) {
        flush();
        const title = a.title;
        const p: ParsedPart | null = part;
        if (p && p.kind === a.kind && p.title === a.kind && title !== a.kind) {
          // 附表1 … under a bare 附表 heading: a heading inside that part.
          p.blocks.push({ kind: 'subheading', text: title, line: l.line });
        } else {
          part = { kind: a.kind, title, blocks: [], line: l.line };
          parts.push(part);
          article = null;
        }
        continue;
      }
    }

    // A row of an open tab-separated table stays a row even if it starts with 第X条.
    const candidate = i < appendixStart ? matchHeading(l.text) : null;
    const expectedNumber = (k: HeadingKind) =>
      k === 'article'
        ? lastArticle + 1
        : k === 'chapter'
          ? chapters.length + 1
          : sectionsThrough
            ? chapters.reduce((sum, x) => sum + x.sections.length, 0) + 1
            : (chapter?.sections.length ?? 0) + 1;
    // A row of an open tab-separated table stays a row even if it starts with
    // 第X条, unless it is the very heading expected next.
    const inTabTable =
      table?.kind === 'tab' && !!tableCells(l.text, 'tab') && !breakBefore && !(candidate && candidate.number === expectedNumber(candidate.kind));
    const h = inTabTable ? null : candidate;
    // 第一篇 / 第一部分 / 第一编: a grouping above chapters; kept as the next chapter's lead.
    const group = i < appendixStart && !inTabTable && !h ? GROUP_HEADING.exec(l.text) : null;
    if (group && (!para || isTerminated(para.last.text) || breakBefore) && isTitleLike(group[2]!.trim() || '篇', 30)) {
      flush();
      const heading = `${/^第[^篇部编]*?(篇|部分|分编|编)/.exec(collapseCjkSpaces(l.text))![0]} ${collapseCjkSpaces(group[2]!.replace(/^[\s\u3000:：、]+/, ''))}`.trim();
      pendingLead.push({ kind: 'paragraph', text: heading, line: l.line });
      warn(l.line, `part heading ${heading} kept as the opening paragraph of the next chapter (the content model has no level above chapters)`, l.text);
      continue;
    }
    if (h && h.kind === 'article' && h.number !== null && /^之[一二三四五六七八九十]+/.test(h.rest)) {
      warn(l.line, `inserted article 第${h.numeral}条${/^之[一二三四五六七八九十]+/.exec(h.rest)![0]} kept as text of the article before it: the content model numbers articles 1…N without 之一 insertions`, l.text);
    } else if (h) {
      const open = para as OpenParagraph | null;
      const newParagraph =
        !open || open.exact || !!l.exact || breakBefore || isTerminated(open.last.text) || (indentMeaningful && l.indent > 0) || isHeadingLikeParagraph(open);
      const expected = expectedNumber(h.kind);
      let isHeading: boolean;
      if (h.number === null) {
        isHeading = false;
        if (newParagraph && h.separated && h.rest.trim() !== '') {
          warn(l.line, `第${h.numeral}${UNIT[h.kind]} is not a numeral this importer reads: kept as body text`, l.text);
        }
      } else if (newParagraph) {
        // 第十条规定的… starting a line is a sentence about article 10, not
        // article 10; so is 第三章提出的目标，… unless it is the number expected next.
        isHeading =
          h.separated ||
          (!REFERENCE_TAIL.test(h.rest) && (h.number === expected || isTitleLike(h.rest) || (h.kind === 'article' && /[。；]$/.test(h.rest) && h.number > expected)));
        if (!isHeading && !REFERENCE_TAIL.test(h.rest)) {
          warn(l.line, `a paragraph starts with ${cn(h.kind, h.number)} but is read as text (${cn(h.kind, expected)} comes next); if it is a heading, check the numbering`, l.text);
        }
      } else {
        // Inside a paragraph: only the expected number with a separator breaks it.
        isHeading = h.number === expected && h.separated;
      }
      if (isHeading) {
        flush();
        if (h.kind === 'chapter') startChapter(h, l, i);
        else if (h.kind === 'section') startSection(h, l, i);
        else startArticle(h, l, i);
        continue;
      }
    }

    // Tables in text: tab-, pipe- or space-separated rows.
    const kind = rowKindAt(i);
    if (kind) {
      const cells = tableCells(l.text, kind)!;
      const continues = table && table.kind === kind;
      const nextKind = rowKindAt(nextNonBlank(i));
      const sameWidthNext = kind !== 'space' || tableCells(lines[nextNonBlank(i)]?.text ?? '', 'space')?.length === cells.length;
      const confirmed =
        (continues && (kind !== 'space' || table!.rows[0]!.length === cells.length)) ||
        (nextKind === kind && sameWidthNext) ||
        (kind === 'tab' && cells.length >= 3) ||
        (kind === 'pipe' && /^[|｜].*[|｜]$/.test(l.text) && cells.length >= 2 && nextKind === 'pipe');
      if (confirmed) {
        flushParagraph();
        if (table && (table.kind !== kind || breakBefore)) flushTable();
        if (kind === 'pipe' && PIPE_DELIMITER.test(l.text)) continue;
        if (!table) table = { kind, rows: [], line: l.line };
        table.rows.push(cells);
        continue;
      }
    } else if (table && PIPE_DELIMITER.test(l.text) && table.kind === 'pipe') {
      continue;
    }
    flushTable();

    // Running text: join a wrapped line to its paragraph, or start a new one.
    const open = para as OpenParagraph | null;
    if (open && !breakBefore && shouldJoin(open, l, layout)) {
      open.lines.push(l.text);
      open.lineNumbers.push(l.line);
      open.last = l;
      open.full = isFull(l, layout);
    } else {
      flushParagraph();
      para = { lines: [l.text], line: l.line, last: l, exact: !!l.exact, indent: l.indent, lineNumbers: [l.line], full: isFull(l, layout) };
    }
  }
  flush();
  if (pendingLead.length) target().push(...pendingLead.splice(0));

  // --- Whole-text checks. ---
  if (chapters.length === 0) {
    const headings = lines.filter((l) => l.headingLevel).length;
    error(
      null,
      headings > 0
        ? `no chapters: none of the ${headings} Word headings starts with 第X章 (if the chapters are numbered automatically by Word, the numbers are not in the text: type them in, or save as .txt from Word with numbering)`
        : 'no chapters: the text has no 第X章 heading at a line start (a plan text is divided into 第一章, 第二章 …)',
    );
  }
  for (const c of chapters) {
    if (c.sections.length === 0 && c.articles.length === 0) warn(c.line, `${cn('chapter', c.number)} ${c.title} has no sections and no articles`);
    for (const s of c.sections) {
      if (s.articles.length === 0 && lastArticle > 0) warn(s.line, `${cn('section', s.number)} ${s.title} of ${cn('chapter', c.number)} has no articles`);
    }
    for (const a of [...c.articles, ...c.sections.flatMap((s) => s.articles)]) {
      if (a.blocks.length === 0) error(a.line, `${cn('article', a.number)} has no text`, `第${toChineseNumeral(a.number)}条 ${a.title}`.trim());
    }
  }
  if (chapters.length > 0 && lastArticle === 0) warn(null, 'no articles (第X条) found: the chapters and sections hold paragraphs only');
  const preamble = parts.find((p) => p.kind === '前言');
  if (preamble) {
    const head = preamble.blocks[0];
    if (head && head.kind === 'paragraph' && /^(前言|序言|引言|说明|编制说明)$/.test(head.text)) {
      preamble.title = head.text;
      preamble.line = head.line;
      preamble.blocks.shift();
    } else {
      preamble.line = head?.line ?? 0;
    }
    if (chapters.length > 0) warn(preamble.line || null, `text before the first chapter kept as a preamble part (${preamble.blocks.length} block(s))`);
  }
  return plan;
}

/** A one-line paragraph that reads as a heading (三、工作目标): the next line does not continue it. */
function isHeadingLikeParagraph(p: { lines: string[]; last: SourceLine }): boolean {
  if (p.lines.length !== 1) return false;
  const t = p.last.text.replace(ENUMERATION, '');
  return isTitleLike(t, 25) && !/[，,、]/.test(t);
}

/** What the page layout says about paragraphs: indented first lines, a fixed wrap width. */
interface Layout {
  indentMeaningful: boolean;
  /** The width (in characters) the text was hard-wrapped at, or 0. */
  wrapWidth: number;
}

/** A line's width as laid out: its text plus its indent (a full-width space is one character). */
function layoutWidth(l: SourceLine): number {
  return [...l.text].length + Math.round(l.indent / 2);
}

/** Whether a line fills the wrap width: the text went on on the next line. */
function isFull(l: SourceLine, layout: Layout): boolean {
  return layout.wrapWidth > 0 && layoutWidth(l) >= layout.wrapWidth - 1;
}

/**
 * The width a PDF export or fixed-width text wrapped its lines at: a line
 * length shared by at least a quarter of the longer body lines. 0 when the
 * text is not hard-wrapped (one paragraph per line).
 */
function detectWrapWidth(lines: SourceLine[]): number {
  // Body lines only: headings have lengths of their own and would fake a width.
  const body = lines.filter((l) => !matchHeading(l.text) && layoutWidth(l) >= 12);
  const widths = body.map(layoutWidth);
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
  const atWidth = body.filter((l) => Math.abs(layoutWidth(l) - best) <= 1);
  const midSentence = atWidth.filter((l) => !isTerminated(l.text)).length;
  return bestCount >= Math.max(3, widths.length * 0.25) && longer <= widths.length * 0.05 && midSentence >= atWidth.length * 0.3 ? best : 0;
}

/** Whether a line continues the open paragraph (a hard line break inside it). */
function shouldJoin(p: { lines: string[]; last: SourceLine; exact: boolean; indent: number; full?: boolean }, l: SourceLine, layout: Layout): boolean {
  if (p.exact || l.exact) return false;
  if (CONTINUATION_START.test(l.text)) return true;
  if (ENUMERATION.test(l.text)) return false;
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
  if (isHeadingLikeParagraph(p)) return false;
  if (matchAppendixHeading(l.text) && isTitleLike(l.text)) return false;
  return true;
}

/**
 * Split what follows 第X条 into a title and the start of the body.
 * 【生态保护红线】 or a short unpunctuated phrase before a space is a title; a
 * sentence (punctuated, long, or opening like 本规划/为了/根据) is body text;
 * a phrase with no body after it is the body, not a title.
 */
export function splitArticleRest(rest: string, followedByBody: boolean, continues = false): { title: string; body: string } {
  const bracket = /^[\s\u3000]*[【〔［\[]([^】〕］\]]{1,30})[】〕］\]][\s\u3000]*([\s\S]*)$/.exec(rest);
  if (bracket) return { title: collapseCjkSpaces(bracket[1]!.trim()), body: bracket[2]!.trim() };
  // 第一条（立法目的）为了……: a short phrase in round brackets before the text,
  // unless it is an enumeration （一） or a note that is part of the sentence.
  const round = /^[\s\u3000]*[（(]([^（）()]{2,15})[）)][\s\u3000]*(\S[\s\S]*)$/.exec(rest);
  if (round && isTitleLike(round[1]!, 15) && !/^[一二三四五六七八九十百0-9０-９]+$/.test(round[1]!) && !/^(以下|下称|简称|含|不含|试行|暂行)/.test(round[1]!)) {
    return { title: collapseCjkSpaces(round[1]!.trim()), body: round[2]!.trim() };
  }
  // 规划范围：本次规划范围为……: a few words before a colon are the title.
  const colonTitle = /^[\s\u3000]*([^：:。；;，,、\s\u3000]{2,12})[：:][\s\u3000]*(\S[\s\S]*)$/.exec(rest);
  if (colonTitle && !BODY_OPENER.test(colonTitle[1]!)) return { title: colonTitle[1]!, body: colonTitle[2]!.trim() };
  const separated = rest === '' || /^[\s\u3000]/.test(rest);
  const colon = /^[\s\u3000]*[:：]/.test(rest);
  const trimmed = rest.replace(/^[\s\u3000:：、.．]+/, '').trim();
  if (!trimmed) return { title: '', body: '' };
  if (colon) return { title: '', body: trimmed };
  const split = /^(\S+?)[\s\u3000]+(\S[\s\S]*)$/.exec(trimmed);
  // A title is a short phrase; 本规划 / 为了… open a sentence (a PDF may have put a space after them).
  const titleOk = (t: string, max: number) =>
    isTitleLike(t, max) && !(BODY_OPENER.test(t) && [...t].length > 8) && !/^(本(规划|办法|条例|细则|规定|方案|法|决定)|为了|根据|依据|按照)/.test(t);
  if (split && separated) {
    const head = split[1]!;
    const tail = split[2]!;
    if (titleOk(head, 30)) return { title: collapseCjkSpaces(head), body: tail };
    if (continues) return { title: '', body: trimmed };
    // Spaced-out title (总 则): single characters separated by spaces.
    if (/^(\S[\s\u3000]+)+\S$/.test(trimmed) && [...trimmed.replace(/[\s\u3000]/g, '')].length <= 10 && followedByBody) {
      return { title: trimmed.replace(/[\s\u3000]/g, ''), body: '' };
    }
    return { title: '', body: trimmed };
  }
  // The line goes on on the next line: a sentence, not a title.
  if (continues) return { title: '', body: trimmed };
  if (followedByBody && titleOk(trimmed, separated ? 30 : 15)) return { title: collapseCjkSpaces(trimmed), body: '' };
  // Nothing follows: a sentence without its full stop is the text; a few
  // words (目的, 规划范围) are a title whose article lost its text.
  if (!followedByBody && separated && titleOk(trimmed, 10) && !BODY_OPENER.test(trimmed)) return { title: collapseCjkSpaces(trimmed), body: '' };
  return { title: '', body: trimmed };
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
  type Open = { lines: string[]; line: number; last: SourceLine; exact: boolean; indent: number; lineNumbers: number[] };
  let open: Open | null = null;
  let blank = false;
  const flush = () => {
    const o = open as Open | null;
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
    const o = open as Open | null;
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
