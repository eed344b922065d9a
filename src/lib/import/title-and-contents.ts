/**
 * Phase 1 of the parser: what stands before the body. The title line (or two),
 * the table of contents (with or without a 目录 heading), and the running
 * headers that repeat the title on every page of a PDF export. The result is
 * the set of line indices the body walk skips.
 */
import { collapseCjkSpaces } from './clean.ts';
import { SCHEMES, titleKey, withoutPageNumber, type NumberingScheme } from './numbering-schemes.ts';
import { ADDRESS_LABEL } from '../downloads/document.ts';
import { DOCUMENT_NUMBER, NOTICE_END, NOTICE_LINE, PREAMBLE_HEADING, TOC_ENTRY, TOC_HEADER, TOC_LEADER, TOC_PAGE, isCoverLine, isTitleLike, lineList, matchAppendixHeading, splitTitleSuffix, withoutTitleYears } from './text-shapes.ts';
import type { Diagnostic, SourceLine } from './types.ts';

/** The lines before the body, as found. */
export interface FrontMatter {
  /** The title without book-title marks; '' when the text opens with structure. */
  title: string;
  /** Index of the title's last line (-1 without a title). */
  titleEnd: number;
  /** Indices of lines that are title, contents or running headers. */
  skip: Set<number>;
  /** The text of each line of the table of contents, in order. */
  contents: string[];
  /** The cover's lines after the title (文本, （送审稿）, 某县人民政府, 二〇二三年八月), left out of the plan text. */
  cover: string[];
  diagnostics: Diagnostic[];
}

/** Index of the next non-blank line after i, or -1. */
export function nextNonBlank(lines: readonly SourceLine[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) if (lines[k]!.text !== '' || lines[k]!.table) return k;
  return -1;
}

/** Read the title, the table of contents and the running headers. */
export function readFrontMatter(lines: SourceLine[], scheme: NumberingScheme): FrontMatter {
  const front: FrontMatter = { title: '', titleEnd: -1, skip: new Set(), contents: [], cover: [], diagnostics: [] };
  readTitle(lines, scheme, front);
  readCover(lines, scheme, front);
  const firstStructural = lines.findIndex((l, i) => !front.skip.has(i) && !!scheme.match(l.text) && !TOC_ENTRY.test(l.text));
  readHeadedContents(lines, scheme, firstStructural, front);
  readLeaderLines(lines, firstStructural, front);
  readUnheadedContents(lines, scheme, front);
  readFieldContents(lines, front);
  removeTitleRepeats(lines, front);
  return front;
}

/** The lines of Word's 目录 field (links to the headings, with or without page numbers and a 目录 title) not read as contents yet. */
function readFieldContents(lines: SourceLine[], front: FrontMatter): void {
  const entries = lines.flatMap((l, i) => (l.contentsEntry && !front.skip.has(i) ? [i] : []));
  if (entries.length === 0) return;
  for (const i of entries) {
    front.skip.add(i);
    front.contents.push(lines[i]!.text);
  }
  warn(front, lines[entries[0]!]!.line, `${entries.length} line(s) of Word's table-of-contents field (links to the headings) skipped`);
}

function warn(front: FrontMatter, line: number | null, message: string): void {
  front.diagnostics.push({ severity: 'warning', line, message });
}


/**
 * Where a text opens with the approval notice (批复) or another document of
 * the government before the plan, the plan's title: the last line before the
 * first heading that names a 规划 and reads as a title (no clause marks, not
 * the notice's 关于…的批复). -1 when the text does not open so. The notice
 * stays, as the text before the first chapter (the tester's list of
 * 2026-12-03: its 某市人民政府 was taken for the plan's title).
 */
function titleAfterNotice(lines: readonly SourceLine[], scheme: NumberingScheme): number {
  const first = lines.findIndex((l) => !!scheme.match(l.text) || SCHEMES.law.match(l.text)?.kind === 'chapter' || TOC_HEADER.test(collapseCjkSpaces(l.text)));
  const opening = lines.slice(0, first < 0 ? 0 : first).flatMap((l, i) => (l.text.trim() ? [i] : []));
  if (!opening.slice(0, 5).some((i) => NOTICE_LINE.test(collapseCjkSpaces(lines[i]!.text)) || DOCUMENT_NUMBER.test(lines[i]!.text.trim()))) return -1;
  // The plan's title is the first title after the notice ends (its date, 2023年10月12日, or （此件公开发布）), never a
  // cover's institute (某市城乡规划设计研究院) or a line of a 前言 that mentions the plan (review of the change).
  const text = (i: number) => collapseCjkSpaces(lines[i]!.text);
  const ends = opening.findLast((i) => NOTICE_LINE.test(text(i)) || DOCUMENT_NUMBER.test(text(i)) || NOTICE_END.test(text(i))) ?? -1;
  const isTitle = (t: string) => /规划/.test(t) && !/[。，；：:！？]|关于|批复|请示|通知/.test(t) && [...t].length <= 40 && !isCoverLine(t);
  return opening.find((i) => i > ends && isTitle(text(i))) ?? -1;
}

/** The first line (or the plan's own after an approval notice), unless it is already structure; a second line in brackets joins it. */
function readTitle(lines: SourceLine[], scheme: NumberingScheme, front: FrontMatter): void {
  const afterNotice = titleAfterNotice(lines, scheme);
  if (afterNotice >= 0) warn(front, lines[afterNotice]!.line, `the text opens with a government document (an approval, 批复) before the plan: kept as the text before the first chapter; the plan's title is read from line ${lines[afterNotice]!.line}`);
  const start = afterNotice >= 0 ? afterNotice : lines.findIndex((l) => l.text !== '' || l.table);
  const first = lines[start];
  // A chapter's heading is never the title, whatever the scheme (a flat text read from its 第一章 would take it for one).
  if (!first || first.table || scheme.match(first.text) || SCHEMES.law.match(first.text)?.kind === 'chapter' || TOC_HEADER.test(collapseCjkSpaces(first.text)) || matchAppendixHeading(first.text)) return;
  front.title = withoutTitleMarks(collapseCjkSpaces(first.text));
  front.skip.add(start);
  front.titleEnd = start;
  // A title set in two lines: 示例县国土空间总体规划 / （2021—2035年）(》), or
  // wrapped in a PDF export so that the next line starts with its closing bracket.
  const k = nextNonBlank(lines, start);
  // Without a next line (k = -1) next is '', which neither test accepts.
  const next = lines[k]?.text ?? '';
  // The bracketed line may close the marks the title opened (《…规划 / （2021—2035年）》), and only then end in 》.
  const bracketed = /^[（(][^（）()]{2,20}[）)](》?)$/.exec(collapseCjkSpaces(next));
  const closesMarks = !!bracketed?.[1];
  // A stage on the next line, （送审稿）, is the cover's (readCover), not the title's.
  if ((bracketed && !isCoverLine(next) && (!closesMarks || first.text.trimStart().startsWith('《'))) || (/^[）)》”]/.test(next) && [...next].length <= 20)) {
    front.title = withoutTitleMarks(collapseCjkSpaces(first.text) + collapseCjkSpaces(next));
    front.skip.add(k);
    front.titleEnd = k;
  }
  const { title, suffix } = splitTitleSuffix(front.title);
  if (suffix) {
    front.title = withoutTitleMarks(title);
    front.cover.push(suffix);
    warn(front, lines[start]!.line, `the title line ends with ${suffix}, which is the cover's, not the plan's title: the title is ${front.title}`);
  }
}

/**
 * The cover's lines right after the title, each one a cover line
 * ({@link isCoverLine}): not plan text, so they are left out (with a warning
 * that quotes them) rather than published as a preamble part. The first line
 * that is not one ends the cover, and must be the 目录, a heading or a 前言:
 * otherwise the lines were text (本规划由某县人民政府 / 组织编制…) and stay.
 */
function readCover(lines: SourceLine[], scheme: NumberingScheme, front: FrontMatter): void {
  if (front.titleEnd < 0) return;
  const found: number[] = siteDownloadCover(lines, front.titleEnd);
  let k = nextNonBlank(lines, found.at(-1) ?? front.titleEnd);
  for (; k >= 0 && !lines[k]!.table && isCoverLine(lines[k]!.text); k = nextNonBlank(lines, k)) found.push(k);
  // A cover is followed by the 目录, a heading or a 前言, never by the rest of a sentence.
  const after = k >= 0 ? collapseCjkSpaces(lines[k]!.text) : '';
  const ends = k < 0 || TOC_HEADER.test(after) || !!scheme.match(after) || TOC_LEADER.test(after) || !!matchAppendixHeading(after) || PREAMBLE_HEADING.test(after);
  if (found.length === 0 || !ends) return;
  for (const k of found) front.skip.add(k);
  const cover = found.map((k) => collapseCjkSpaces(lines[k]!.text));
  front.cover.push(...cover);
  warn(front, lines[found[0]!]!.line, `the cover's line(s) after the title are not plan text and were left out: ${cover.join(' / ')}`);
}

/** The last line of this site's plain-text download's cover: its address. */
const DOWNLOAD_ADDRESS = new RegExp(`^${ADDRESS_LABEL}[：:]\\s*https?://\\S+$`);

/**
 * This site's own plain-text download (`/<v>/plan.txt`) under its title: the
 * version, its stage and date, the notice (整理稿, not the official text) and
 * `网络版：<address>` — a cover, so importing the download gives back the
 * version. The lines up to the address, if it comes within twelve lines (a
 * notice may take several).
 */
function siteDownloadCover(lines: SourceLine[], titleEnd: number): number[] {
  const block: number[] = [];
  for (let k = nextNonBlank(lines, titleEnd); k >= 0 && block.length < 12; k = nextNonBlank(lines, k)) {
    block.push(k);
    if (DOWNLOAD_ADDRESS.test(lines[k]!.text.trim())) return block;
  }
  return [];
}

/**
 * A title without the book-title marks around its name: 《X》, 《X（2021—2035年）》
 * and 《X》（2021—2035年） all read X（…）, as the site puts the marks back in a
 * citation. Marks inside a longer line (关于印发《X》的通知) stay.
 */
export function withoutTitleMarks(text: string): string {
  const m = /^《([^《》]+)》([（(][^（）()《》]*[）)])?$/.exec(text);
  return m ? m[1]! + (m[2] ?? '') : text;
}

/** A line a 目录 may list: with a page number, a heading of the scheme, or an appendix heading. */
function isContentsEntry(text: string, scheme: NumberingScheme): boolean {
  return TOC_ENTRY.test(text) || !!scheme.match(text) || !!matchAppendixHeading(text);
}

/** From 目录 to the last entry, or up to where the first heading repeats. */
function readHeadedContents(lines: SourceLine[], scheme: NumberingScheme, firstStructural: number, front: FrontMatter): void {
  const i = lines.findIndex((l, k) => !front.skip.has(k) && TOC_HEADER.test(collapseCjkSpaces(l.text)));
  if (i < 0 || (firstStructural >= 0 && i > firstStructural)) return;
  front.skip.add(i);
  const seen = new Set<string>();
  let lastEntry = i;
  for (let k = i + 1; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (t === '') continue;
    const h = scheme.match(t);
    const entry = TOC_ENTRY.test(t);
    const key = h ? `${h.kind}${h.number}` : '';
    if (h && !entry && seen.has(key)) break; // the real heading after the TOC
    if (isContentsEntry(t, scheme)) {
      lastEntry = k;
      // Sections and provisions number again under each chapter (第一节, 一、): only a chapter's own number repeats at the body.
      if (h?.kind === 'chapter') for (const s of [...seen]) if (!s.startsWith('chapter')) seen.delete(s);
      if (h) seen.add(key);
      continue;
    }
    if (isTitleLike(t)) continue; // a wrapped entry, or the body's first heading (前言)
    lastEntry = bodyOpening(lines, scheme, i, lastEntry, k);
    break; // body text
  }
  // The TOC ends at its last entry: plain short lines after it (前言) belong to the body.
  for (let j = i + 1; j <= lastEntry; j++) {
    front.skip.add(j);
    if (lines[j]!.text) front.contents.push(lines[j]!.text);
  }
  if (front.contents.length === 0) warn(front, lines[i]!.line, 'a 目录 heading with no entries after it was skipped');
  // Said, as every other line left out is: the reader checks that no text went with it (the tester's list of 2026-12-03).
  else warn(front, lines[i]!.line, `the 目录 (lines ${lines[i]!.line}–${lines[lastEntry]!.line}, ${front.contents.length} entries) is navigation, not plan text, and was left out`);
}

/**
 * Where a 目录 whose entries carry page numbers really ends when body text
 * stops it: a heading without a page number right before that text (through
 * short lines: 总则 / 第一条 规划目的 / 为落实…) opens the body, as does what
 * follows the last entry before it. Without this the body's first provision
 * was read as an entry and lost. Returns the index of the 目录's last line.
 */
function bodyOpening(lines: SourceLine[], scheme: NumberingScheme, header: number, lastEntry: number, bodyText: number): number {
  let k = bodyText - 1;
  while (k > header && lines[k]!.text === '') k--;
  const own = scheme.match(lines[k]!.text);
  if (k !== lastEntry || TOC_ENTRY.test(lines[k]!.text) || !own) return lastEntry;
  // An entry the body repeats (第三章 实施保障 again further on) was the 目录's last, before a preamble.
  const again = lines.slice(bodyText).some((l) => collapseCjkSpaces(l.text) === collapseCjkSpaces(lines[k]!.text));
  if (again) return lastEntry;
  let before = k - 1;
  while (before > header && !isContentsEntry(lines[before]!.text, scheme)) before--;
  if (before <= header) return lastEntry;
  // Its entries have page numbers and it has none, or it is the only heading of its kind (a 第一条 after 第X章 entries).
  const paged = TOC_ENTRY.test(lines[before]!.text);
  const alone = !lines.slice(header + 1, k).some((l) => scheme.match(l.text)?.kind === own.kind);
  return paged || alone ? before : lastEntry;
}

/** TOC entries with dot leaders but no 目录 heading (a Word TOC field without its title). */
function readLeaderLines(lines: SourceLine[], firstStructural: number, front: FrontMatter): void {
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    if (firstStructural >= 0 && i >= firstStructural) break;
    if (!front.skip.has(i) && TOC_LEADER.test(lines[i]!.text)) {
      front.skip.add(i);
      front.contents.push(lines[i]!.text);
      count++;
    }
  }
  if (count > 0) warn(front, null, `${count} table-of-contents line(s) with dot leaders skipped (no 目录 heading)`);
}

/** A TOC without a 目录 heading: headings with page numbers right after the title. */
function readUnheadedContents(lines: SourceLine[], scheme: NumberingScheme, front: FrontMatter): void {
  if ([...front.skip].some((i) => TOC_HEADER.test(collapseCjkSpaces(lines[i]!.text)))) return;
  const entries: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (front.skip.has(i) || !lines[i]!.text) continue;
    const t = lines[i]!.text;
    if ((scheme.match(t) || matchAppendixHeading(t.replace(TOC_PAGE, ''))) && TOC_PAGE.test(t)) entries.push(i);
    else break;
  }
  if (entries.length < 2) return;
  for (const i of entries) {
    front.skip.add(i);
    front.contents.push(lines[i]!.text);
  }
  warn(front, lines[entries[0]!]!.line, `${entries.length} table-of-contents line(s) with page numbers skipped (no 目录 heading)`);
}

/** Two things on one line, apart by a tab, an ideographic space or spaces: a header's or footer's left and right. */
const BESIDE = /^(\S.*?)(?:\t|\u3000|\s{2,}|\s(?=第|[0-9０-９]+$))[\s\u3000]*(\S.*)$/;

/**
 * A header or footer that sets the title beside something short: the
 * chapter (某县…规划（2021—2035年）    第一章 总则, or the other way round on
 * even pages) or the page number (…规划（2021—2035年）    12).
 */
function titleBeside(text: string, titles: Set<string>): boolean {
  const m = BESIDE.exec(text);
  if (!m) return false;
  const [left, right] = [m[1]!, m[2]!].map((t) => withoutTitleMarks(collapseCjkSpaces(t.trim())));
  return (titles.has(left!) && isTitleLike(right!)) || (titles.has(right!) && isTitleLike(left!));
}

/** Whether line `i` opens or closes a page of the export (a page break before it, or before the next line with text). */
function atPageEdge(lines: readonly SourceLine[], i: number): boolean {
  const k = nextNonBlank(lines, i);
  return !!lines[i]!.pageBreakBefore || (k >= 0 && !!lines[k]!.pageBreakBefore);
}

/** Running headers of a PDF export: the title line repeated on every page, alone or, at a page's edge, beside the chapter or page number. */
function removeTitleRepeats(lines: SourceLine[], front: FrontMatter): void {
  if (!front.title) return;
  const start = front.titleEnd;
  const titleTexts = new Set([front.title, ...[...front.skip].filter((i) => i <= start).map((i) => collapseCjkSpaces(lines[i]!.text))]);
  // Beside something else, the whole title or its first line (not a bracketed second line alone).
  const firstLine = lines.find((l) => l.text)!.text; // the title's, as there is a title
  const besideTexts = new Set([front.title, withoutTitleMarks(collapseCjkSpaces(firstLine))]);
  // A header may add the cover's words (（送审稿）, 文本) or leave out the years.
  const shortTitle = withoutTitleYears(front.title);
  const isTitleAgain = (text: string) => {
    const core = withoutTitleMarks(splitTitleSuffix(withoutTitleMarks(collapseCjkSpaces(text))).title);
    return titleTexts.has(core) || core === shortTitle;
  };
  const found = lines.flatMap((l, i) => (i > start && !front.skip.has(i) && l.text && (isTitleAgain(l.text) || (atPageEdge(lines, i) && titleBeside(l.text, besideTexts))) ? [i] : []));
  const headers = runningHeaders(lines, found, (text) => collapseCjkSpaces(text).includes(shortTitle));
  for (const i of headers) front.skip.add(i);
  const lineNumbers = (list: number[]) => lineList(list.map((i) => lines[i]!.line));
  if (headers.length > 0) warn(front, null, `${headers.length} repetition(s) of the title line removed as running headers: line(s) ${lineNumbers(headers)}`);
  // Kept, and said: a header the rules above do not see is left in the text, not dropped unseen (review of the change).
  const kept = found.filter((i) => !headers.includes(i));
  if (kept.length > 0) warn(front, lines[kept[0]!]!.line, `${kept.length} line(s) repeat the title and were kept as text (line(s) ${lineNumbers(kept)}): if one is a running header of a PDF export, delete it`);
}

/**
 * Which of the lines that repeat the title are running headers. Where the
 * text keeps its page breaks, those at a page's edge. Where it has none (a
 * conversion without form feeds), a repetition that cuts a sentence in two
 * (…统筹 / 某县规划 / 安排…), or that comes back page after page: three
 * times or more, each alone (on one line, or two with the bracketed years
 * below) and some lines from the last. The text's own list of the plan's
 * documents (某县…规划文本 / 某县…规划图集) and the title named in a sentence's
 * place are plan text, and stay (the tester's list of 2026-12-03: they were
 * removed from an article).
 */
function runningHeaders(lines: readonly SourceLine[], found: readonly number[], namesTitle: (text: string) => boolean): number[] {
  const runs: number[][] = [];
  for (const i of found) {
    const last = runs.at(-1);
    if (last && i - last.at(-1)! <= 1) last.push(i);
    else runs.push([i]);
  }
  // A header on two lines (the title, then its years) opens or closes the page as one.
  if (lines.some((l) => l.pageBreakBefore)) return runs.filter((run) => atPageEdge(lines, run[0]!) || atPageEdge(lines, run.at(-1)!)).flat();
  const alone = runs.filter((run) => run.length === 1 || (run.length === 2 && /^[（(]/.test(lines[run[1]!]!.text.trim())));
  const paged = alone.length >= 3 && alone.every((run, k) => k === 0 || run[0]! - alone[k - 1]!.at(-1)! > MIN_PAGE_LINES);
  if (paged) return alone.flat();
  return alone.filter((run) => cutsSentence(lines, run, namesTitle)).flat();
}

/** Fewer lines than any page of text holds between two running headers. */
const MIN_PAGE_LINES = 5;

/** Whether the lines `run` stand inside a sentence: the line before is a long one that does not end it (nor names the title itself), and text follows. */
function cutsSentence(lines: readonly SourceLine[], run: readonly number[], namesTitle: (text: string) => boolean): boolean {
  let p = run[0]! - 1;
  while (p >= 0 && !lines[p]!.text.trim()) p--;
  const before = p >= 0 ? lines[p]!.text.trim() : '';
  const after = nextNonBlank(lines, run.at(-1)!);
  return [...before].length >= 12 && !/[。；：:！？!?…）)」』”"]$/.test(before) && !namesTitle(before) && after >= 0;
}

/**
 * 目录 entries without a number (附  则, 结语) that the body has as a line of
 * their own: read as text, of the article before them, since nothing numbers
 * them as a part. Said, with the fix, so that a part of the plan does not
 * end up inside its last article unnoticed (review of 2026-12-03).
 */
export function unnumberedContentsEntries(front: Pick<FrontMatter, 'contents' | 'skip'>, lines: readonly SourceLine[], scheme: NumberingScheme): Diagnostic[] {
  const keys = new Set(
    front.contents
      // An appendix the 目录 lists (附表  规划指标表……9) is a part the importer reads: its page number off, spaces kept.
      .filter((t) => !scheme.match(t) && !matchAppendixHeading(withoutPageNumber(t)))
      .map(titleKey)
      .filter((k) => k && [...k].length <= 12 && !PREAMBLE_HEADING.test(k) && !matchAppendixHeading(k)),
  );
  if (keys.size === 0) return [];
  return lines.flatMap((l, i) => {
    // A line the scheme reads as a heading is one (a Markdown `# 总则`, a Word heading): nothing to say.
    if (front.skip.has(i) || l.table || !l.text || !keys.has(titleKey(l.text)) || !isTitleLike(l.text, 12) || scheme.match(l.text, l)) return [];
    const key = titleKey(l.text);
    keys.delete(key); // said once
    return [{
      severity: 'warning' as const,
      line: l.line,
      message: `“${l.text.trim()}” is listed in the 目录 without a number, and here it is a line of its own: it and the text after it are read as text of the article before it; if it is a part of its own, number it as a chapter (第X章 ${key}), or give it a 第X条 of its own`,
    }];
  });
}
