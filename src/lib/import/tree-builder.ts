/**
 * Phase 3 of the parser: the tree builder. It walks the body lines once,
 * keeping what is open (chapter, section, article, appendix part, paragraph,
 * table), and decides from that context whether a candidate heading starts a
 * new provision or is a wrapped line of running text. Numbers are read and
 * printed only through the {@link NumberingScheme}.
 */
import { partLabel, partPath } from '../provision-number.ts';
import { checkBrackets, collapseCjkSpaces } from './clean.ts';
import { splitArticleRest } from './article-title.ts';
import { classifyLine } from './classify-line.ts';
import { checkNumber, type SeenHeading } from './numbering-checks.ts';
import { isBareNumbered, titleKey, type HeadingKind, type HeadingMatch, type NumberingScheme } from './numbering-schemes.ts';
import { isFull, isHeadingLikeParagraph, joinWrapped, lineLookup, shouldJoin, type Layout, type OpenParagraph } from './paragraphs.ts';
import { isBareNumber } from './page-numbers.ts';
import { continuesAsReference, cutsQuantity, opensWithMeasure, opensWithUnit, afterSeparator, excerpt, GROUP_HEADING, groupHeading, isLoneTitle, isTerminated, isTitleLike, matchAppendixHeading, matchBoxHeading, simplifiedKind } from './text-shapes.ts';
import { headingContinuation, listedWhole } from './heading-wrap.ts';
import { OpenTables } from './open-table.ts';
import { isOutlineListItem } from './outline-lists.ts';
import { findTitlesAbove } from './titles-above.ts';
import { nextNonBlank } from './title-and-contents.ts';
import type { Block, Diagnostic, ParsedArticle, ParsedChapter, ParsedPart, ParsedSection, SourceLine } from './types.ts';

/** What the builder needs to know about the text before it walks. */
export interface BuilderInput {
  lines: SourceLine[];
  scheme: NumberingScheme;
  layout: Layout;
  /** Lines already read as title, contents or running headers. */
  skip: Set<number>;
  /** Index of the first line of the appendix (lines.length when there is none). */
  appendixStart: number;
  /** The text of each line of the 目录, if the text has one: a heading's title wrapped short is joined where it lists the whole. */
  contents?: readonly string[];
}

/** Builds chapters, sections, articles and parts from body lines. */
export class TreeBuilder {
  readonly chapters: ParsedChapter[] = [];
  readonly parts: ParsedPart[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** The highest article number read (0: none); for local numbering, the count of articles. */
  lastArticle = 0;
  private articleCount = 0;
  private chapter: ParsedChapter | null = null;
  private section: ParsedSection | null = null;
  private article: ParsedArticle | null = null;
  private part: ParsedPart | null = null;
  private readonly articleLines = new Map<number, number>();
  private previous: Partial<Record<HeadingKind, SeenHeading>> = {};
  private sectionsThrough = false;
  /** Chapters that start again at 第一章 after a part heading (第二篇): the index of the current part's first chapter; -1 while chapters count through the plan. */
  private partStart = -1;
  /** Each chapter's number as printed (it differs from its number where chapters start again in each part). */
  private readonly printedChapterNumbers: number[] = [];
  /** The number of the list item read last in the open provision or section (outline texts), null when none. */
  private listRun: number | null = null;
  private para: OpenParagraph | null = null;
  /** Short lines alone before an article, read as text, that may be headings without their numbers. */
  private readonly lostHeadings: { line: number; text: string }[] = [];
  /** Footnotes held from the foot of a page until the paragraph they cut ends. */
  private readonly footnotes: SourceLine[] = [];
  /** The open table of typed rows (open-table.ts). */
  private readonly tables: OpenTables;
  /** Paragraphs waiting for the next chapter (a 第X篇 heading). */
  private readonly pendingLead: Block[] = [];
  /** The source text of each waiting part heading, by line, for the warning said once it is placed. */
  private readonly pendingSource = new Map<number, string>();
  private readonly lines: SourceLine[];
  /** The 目录's entries by titleKey (heading-wrap.ts). */
  private readonly listed: ReadonlySet<string>;
  private readonly scheme: NumberingScheme;
  /** Titles printed on their own line above the article number (titles-above.ts): title line index → article line index. */
  private readonly titleLines = new Map<number, number>();
  /** A title line read and held for the article line below it, with the break before it. */
  private heldTitle: { line: SourceLine; breakBefore: boolean; article: number } | null = null;

  constructor(private readonly input: BuilderInput) {
    this.lines = input.lines;
    this.listed = new Set((input.contents ?? []).map(titleKey).filter(Boolean));
    this.scheme = input.scheme;
    this.tables = new OpenTables({
      lines: this.lines,
      scheme: this.scheme,
      warn: (line, message, text) => this.warn(line, message, text),
      report: (d) => this.diagnostics.push(...d),
      endParagraph: () => this.flushParagraph(),
      place: (block) => this.target().push(block),
      expectedNumber: (kind) => this.expectedNumber(kind),
    });
    this.findTitlesAbove();
  }

  /** Titles set above the numbers: said once, each named with its line, so a heading taken for one is seen. */
  private findTitlesAbove(): void {
    const found = findTitlesAbove(this.lines, this.scheme, this.input.skip, this.input.appendixStart);
    for (const t of found) this.titleLines.set(t.title, t.article);
    if (!found.length) return;
    const shown = found.slice(0, 20).map((t) => `line ${this.lines[t.title]!.line} “${this.lines[t.title]!.text.trim()}”`);
    this.warn(
      this.lines[found[0]!.title]!.line,
      `${found.length} article titles stand on their own line above the number and were read as the titles of the articles below them: ${shown.join(', ')}${found.length > 20 ? ', …' : ''}; if one is a heading that lost its number, give it its number in the text`,
    );
  }

  /** Walk every body line, then close what is open. */
  build(): void {
    let blankBefore = false;
    let pageEdge = false; // a skipped running header opened a page: the next line does
    for (let i = 0; i < this.lines.length; i++) {
      if (this.input.skip.has(i)) {
        pageEdge ||= !!this.lines[i]!.pageBreakBefore;
        continue;
      }
      if (pageEdge && this.lines[i]!.text) this.lines[i] = { ...this.lines[i]!, pageBreakBefore: true };
      if (this.lines[i]!.text) pageEdge = false;
      const l = this.lines[i]!;
      if (l.text === '' && !l.table) {
        blankBefore = true;
        continue;
      }
      const article = this.titleLines.get(i);
      if (article !== undefined) this.heldTitle = { line: l, breakBefore: blankBefore && !l.pageBreakBefore, article };
      else this.readLine(i, blankBefore && !l.pageBreakBefore);
      blankBefore = false;
    }
    this.readHeldTitle();
    this.flush();
    if (this.pendingLead.length) this.target().push(...this.takeLead('kept as the last paragraph of the text: no chapter follows it'));
  }

  private warn(line: number | null, message: string, text?: string): void {
    this.diagnostics.push({ severity: 'warning', line, message, ...(text !== undefined ? { text: excerpt(text, 60) } : {}) });
  }

  private error(line: number | null, message: string, text?: string): void {
    this.diagnostics.push({ severity: 'error', line, message, ...(text !== undefined ? { text: excerpt(text, 60) } : {}) });
  }

  /** One non-blank line: a Word table, an appendix heading, a group or provision heading, a table row or text. */
  private readLine(i: number, breakBefore: boolean): void {
    // A held title whose article line was read otherwise (skipped) is text where it stood.
    if (this.heldTitle && this.heldTitle.article !== i) this.readHeldTitle();
    const l = this.lines[i]!;
    if (l.table) return this.readWordTable(l);
    const c = classifyLine(l, this.scheme, i >= this.input.appendixStart);
    if (c.appendix) return this.startPart(this.withTitleBelow(c.appendix, i), l);
    if (c.box) return this.startBox(c.box, l);
    const inTable = this.tables.holdsRow(c, l, breakBefore);
    const h = inTable ? null : c.heading;
    if (!inTable && !h && c.group && this.readGroup(c.group, l, breakBefore)) return;
    if (h && this.readHeading(h, l, i, breakBefore)) return;
    // A title held for this line, which is not an article after all (a reference starting the line): it is text again.
    this.readHeldTitle();
    if (this.tables.read(c, l, i, breakBefore)) return;
    if (this.holdFootnote(l, i)) return;
    this.readText(l, breakBefore);
  }

  /** Read a held title line, if any, as the text it was before it was held. */
  private readHeldTitle(): void {
    const held = this.heldTitle;
    if (!held) return;
    this.heldTitle = null;
    this.readText(held.line, held.breakBefore);
  }

  private readWordTable(l: SourceLine): void {
    this.flush();
    const rows = l.table!.map((r) => r.map((c) => c.trim()));
    // A table used for layout (第一条 in one cell, its text in the next): its articles would be a table's cells.
    const inCells = rows.flat().filter((c) => this.scheme.match(c)?.kind === 'article');
    if (inCells.length >= 2) {
      this.warn(l.line, `a Word table holds ${inCells.length} articles in its cells (${inCells.slice(0, 2).map((c) => excerpt(c, 12)).join(', ')} …), a table used for layout: they are kept as a table, not read as articles; convert the table to text in Word (Table → Convert to Text) and import again`);
    }
    if (rows.length > 0 && rows.some((r) => r.some((c) => c))) this.tables.placeWordTable(rows, l.line);
  }

  /**
   * 附件1 alone on its line with its title on the next (名词解释, 规划指标表):
   * one heading, 附件1 名词解释, not an empty part and a second one (the
   * tester's list of 2026-12-03). The title line is taken only when it reads
   * as a title and is not itself numbered (附件2 is a part of its own).
   */
  private withTitleBelow(a: { kind: string; title: string }, i: number): { kind: string; title: string } {
    if (!/^(附件|附表|附录|附图)[\s\u3000]*[0-9０-９一二三四五六七八九十]+$/.test(a.title)) return a;
    const k = nextNonBlank(this.lines, i);
    const below = k >= 0 ? this.lines[k]! : undefined;
    if (!below || below.table || this.scheme.match(below.text, below) || isTerminated(below.text) || !isTitleLike(below.text, 30)) return a;
    const numbered = matchAppendixHeading(below.text);
    if (numbered && simplifiedKind(numbered.title) !== numbered.kind) return a;
    this.input.skip.add(k);
    return { kind: a.kind, title: `${a.title} ${collapseCjkSpaces(below.text)}` };
  }

  private startPart(a: { kind: string; title: string }, l: SourceLine): void {
    this.flush();
    const p = this.part;
    if (p && p.kind === a.kind && simplifiedKind(p.title) === a.kind && simplifiedKind(a.title) !== a.kind) {
      // 附表1 … under a bare 附表 heading: a heading inside that part.
      p.blocks.push({ kind: 'subheading', text: a.title, line: l.line });
      return;
    }
    this.part = { kind: a.kind, title: a.title, blocks: [], line: l.line };
    this.parts.push(this.part);
    this.article = null;
  }

  /**
   * 专栏1 重点项目: the box's title becomes a heading of its own (`###`, which
   * the site anchors and lists) where it stands; its content follows as blocks.
   */
  private startBox(title: string, l: SourceLine): void {
    this.flush();
    this.target().push({ kind: 'subheading', text: title, line: l.line });
  }

  /** 第一篇 / 第一部分 / 第一编: a grouping above chapters, kept as the next chapter's lead. */
  private readGroup(group: RegExpExecArray, l: SourceLine, breakBefore: boolean): boolean {
    // Judged by its title without the separator after the number (第一篇：总体要求); kept as written below.
    const { label, title: written } = groupHeading(group);
    const title = collapseCjkSpaces(written);
    if (!isTitleLike(title || '篇', 30)) return false;
    if (this.para && !isTerminated(this.para.last.text) && !breakBefore) {
      // It may be the heading run into the unfinished line before it: read as text, said, as its chapters' numbers may then seem to restart.
      this.warn(l.line, `“${l.text.trim()}” reads like a part heading but goes on the unfinished paragraph before it (line ${this.para.line}), so it is kept as text; if it is a heading, put a blank line before it`, l.text);
      return false;
    }
    this.flush();
    // Kept as written (第一篇：总体战略): only the spaces a converter put inside the number go.
    const heading = `${label}${collapseCjkSpaces(group[3]!)}`.trim();
    this.pendingLead.push({ kind: 'paragraph', text: heading, line: l.line });
    this.pendingSource.set(l.line, l.text);
    return true;
  }

  /** The waiting part headings, each reported where it went: a chapter's opening paragraph, or `where`. */
  private takeLead(where = 'kept as the opening paragraph of the next chapter (the content model has no level above chapters)'): Block[] {
    const lead = this.pendingLead.splice(0);
    for (const b of lead) if (b.kind === 'paragraph') this.warn(b.line, `part heading ${b.text} ${where}`, this.pendingSource.get(b.line));
    this.pendingSource.clear();
    return lead;
  }

  /** The number the sequence of `kind` expects next. */
  private expectedNumber(kind: HeadingKind): number {
    if (kind === 'article') return this.scheme.articles === 'plan' ? this.lastArticle + 1 : ((this.section ?? this.chapter)?.articles.length ?? 0) + 1;
    // After the previous chapter, not by count: a gap is reported once, and a
    // heading after it is checked against its real neighbour.
    if (kind === 'chapter') return (this.previous.chapter?.number ?? 0) + 1;
    return this.sectionsThrough ? this.sectionCount() + 1 : (this.chapter?.sections.length ?? 0) + 1;
  }

  private sectionCount(): number {
    return this.chapters.reduce((sum, x) => sum + x.sections.length, 0);
  }

  /** A candidate heading: start the provision it opens (true), or leave the line to be read as text. */
  private readHeading(h: HeadingMatch, l: SourceLine, i: number, breakBefore: boolean): boolean {
    if (h.kind === 'article' && h.number !== null && /^之[一二三四五六七八九十]+/.test(h.rest)) {
      this.warn(l.line, `inserted article 第${h.numeral}条${/^之[一二三四五六七八九十]+/.exec(h.rest)![0]} kept as text of the article before it: the content model numbers articles 1…N without 之一 insertions`, l.text);
      return false;
    }
    if (h.kind === 'article' && this.scheme.listItems && this.isListItem(h, i)) {
      this.listRun = h.number;
      return false;
    }
    if (this.isNumberedItem(h, i)) return false;
    if (!this.isHeadingHere(h, l, breakBefore)) return false;
    if (h.kind !== 'chapter') this.readLostDecimalHeading(h, i);
    if (h.kind === 'article') this.noteLostHeading(h);
    this.flush();
    this.listRun = null;
    if (h.kind === 'chapter') this.startChapter(h, l, i);
    else if (h.kind === 'section') this.startSection(h, l, i);
    else this.startArticle(h, l, i);
    return true;
  }

  /**
   * A short line alone after an article's text (not after a colon or another
   * short line: those are a list), right before the next
   * article, reads like a chapter or section heading whose number a
   * conversion lost (国土空间开发保护格局 between 第四条 and 第五条). It stays
   * the article's last paragraph, with a warning; a numbering gap after it
   * names it (`check`).
   */
  private noteLostHeading(next: HeadingMatch): void {
    if (!this.article) return this.noteTitleAsLead(next);
    const para = this.para;
    const before = this.article?.blocks.at(-1);
    if (!para || para.lines.length !== 1 || before?.kind !== 'paragraph' || /[：:]$/.test(before.text) || isTitleLike(before.text, 20)) return;
    const text = para.lines[0]!.trim();
    // A bare number (a page number kept) has its own warning (lines.ts): it is no heading.
    if (!isLoneTitle(text) || isBareNumber(text)) return;
    this.lostHeadings.push({ line: para.line, text });
    const at = this.printedAsWritten(next);
    this.warn(para.line, `“${text}” stands alone before ${at} like a heading without its number (a chapter's or a section's) or a title set above ${at}: kept as the last paragraph of the article before it; if it is a heading, give it its number in the text, or put the title after ${at}`, text);
  }

  /**
   * A short line alone under a chapter or section heading, right before its
   * first article, in a text that does not set its titles above the numbers
   * (titles-above.ts found too few): it stays the opening paragraph, with a
   * warning, as its likes after an article's text do.
   */
  private noteTitleAsLead(next: HeadingMatch): void {
    const part = this.section ?? this.chapter;
    const para = this.para;
    if (!part || part.lead.length || !para || para.lines.length !== 1) return;
    const text = para.lines[0]!.trim();
    if (!isLoneTitle(text)) return;
    const at = this.printedAsWritten(next);
    // Right under the heading, it may be the heading's own end on a line of its own (a Word paragraph per PDF line).
    const wrapped = para.line === part.line + 1 ? `; if it ends the heading on line ${part.line}, join it to that line` : '';
    this.warn(para.line, `“${text}” stands alone before ${at} like a title set above it: kept as the opening paragraph of ${part.printed ?? this.scheme.print(this.section ? 'section' : 'chapter', part.number)}; if it is the title of ${at}, put it after ${at}${wrapped}`, text);
  }

  /**
   * A bare number of a decimal text that is an item of a list (a 专栏's
   * projects 1 县城北部新区… 2 国道…), not a chapter: a chapter is followed by
   * its N.1, so a bare number that is not the chapter expected next, or is
   * followed by the next bare number instead, is text.
   */
  private isNumberedItem(h: HeadingMatch, i: number): boolean {
    if (this.scheme.id !== 'decimal' || h.kind !== 'chapter' || !isBareNumbered(h) || h.number === null) return false;
    const k = nextNonBlank(this.lines, i);
    const next = k >= 0 && k < this.input.appendixStart && !this.lines[k]!.table ? this.scheme.match(this.lines[k]!.text, this.lines[k]) : null;
    if (next?.path?.[0] === h.number && next.path.length > 1) return false;
    return h.number !== this.expectedNumber('chapter') || (next?.kind === 'chapter' && next.number === h.number + 1);
  }

  /** A `1.` line of an outline text that is an item of a list inside a provision (outline-lists.ts), not a provision. */
  private isListItem(h: HeadingMatch, i: number): boolean {
    const k = nextNonBlank(this.lines, i);
    const next = k >= 0 && k < this.input.appendixStart ? this.lines[k]! : undefined;
    // A list item may open a provision's body (1. 严格……：); a heading or a title-like 1. may not.
    const nextHeading = next && !next.table ? this.scheme.match(next.text, next) : null;
    const nextIsBody = !!next && !matchBoxHeading(next.text) && (!nextHeading || (nextHeading.kind === 'article' && !isTitleLike(nextHeading.rest, 25)));
    return isOutlineListItem({
      rest: h.rest,
      number: h.number ?? 0,
      expected: this.expectedNumber('article'),
      openText: this.para ? this.para.last.text : null,
      inProvision: !!this.article,
      listRun: this.listRun,
      nextIsBody,
    });
  }

  /**
   * Whether a candidate heading starts a provision here. 第十条规定的… starting a
   * line is a sentence about article 10, not article 10; so is 第三章提出的目标，…
   * unless it is the number expected next. Inside a paragraph only the
   * expected number with a separator breaks it.
   */
  private isHeadingHere(h: HeadingMatch, l: SourceLine, breakBefore: boolean): boolean {
    const open = this.para;
    const newParagraph =
      !open || open.exact || !!l.exact || breakBefore || isTerminated(open.last.text) || (this.input.layout.indentMeaningful && l.indent > 0) || isHeadingLikeParagraph(open, this.input.layout);
    const expected = this.expectedNumber(h.kind);
    if (h.number === null) {
      if (newParagraph && h.separated && h.rest.trim() !== '') this.warn(l.line, `${this.printedAsWritten(h)} is not a numeral this importer reads: kept as body text`, l.text);
      return false;
    }
    const reference = continuesAsReference(h.rest);
    // A wrapped line that opens with the expected number and goes on as a sentence about it (…按照二、（二）和 / （三）的规定执行, …明确 / 二、三产业) continues the paragraph.
    // So does a decimal number followed by a unit (…不低于 / 2.2 平方米，…): the number was a figure, not section 2.2.
    const figure = this.scheme.id === 'decimal' && opensWithUnit(afterSeparator(h.rest));
    if (!newParagraph) return h.number === expected && h.separated && !reference && !figure;
    const isHeading = h.separated || (!reference && (h.number === expected || isTitleLike(h.rest) || (h.kind === 'article' && /[。；]$/.test(h.rest) && h.number > expected)));
    if (!isHeading && !reference) {
      this.warn(l.line, `a paragraph starts with ${this.scheme.print(h.kind, h.number)} but is read as text (${this.scheme.print(h.kind, expected)} comes next); if it is a heading, check the numbering`, l.text);
    }
    return isHeading;
  }

  /** The heading's number as the text writes it (第〇篇, 1.2, 一、); 第N章/节/条 for a number recovered from the 目录. */
  private printedAsWritten(h: HeadingMatch): string {
    const unit = { chapter: '章', section: '节', article: '条' }[h.kind];
    return h.printed || `第${h.numeral}${unit}`;
  }

  /** The title after a heading number, or on the next line (第一章 / 总则). */
  private headingTitle(h: HeadingMatch, i: number): string {
    const title = collapseCjkSpaces(afterSeparator(h.rest));
    if (title) return this.withWrappedRest(title, i);
    const k = nextNonBlank(this.lines, i);
    if (k >= 0 && !this.lines[k]!.table && !this.scheme.match(this.lines[k]!.text, this.lines[k]) && isTitleLike(this.lines[k]!.text, 25)) {
      this.input.skip.add(k);
      return collapseCjkSpaces(this.lines[k]!.text);
    }
    return '';
  }

  /** A title with the end a PDF export wrapped onto the next line (heading-wrap.ts), said in a warning. */
  private withWrappedRest(title: string, i: number): string {
    const k = headingContinuation(
      {
        lines: this.lines,
        layout: this.input.layout,
        isHeading: (l) => !!this.scheme.match(l.text, l) || GROUP_HEADING.test(l.text),
        taken: (k) => this.input.skip.has(k) || this.titleLines.has(k),
        end: this.input.appendixStart,
        listed: this.listed,
      },
      i,
      title,
    );
    if (k < 0) return title;
    this.input.skip.add(k);
    const rest = this.lines[k]!;
    const whole = collapseCjkSpaces(joinWrapped([title, rest.text.trim()]).text);
    const l = this.lines[i]!;
    const why = listedWhole(this.listed, l, rest) ? 'a heading whose whole title the 目录 lists' : this.input.layout.wrapWidth > 0 ? 'a heading that fills its line' : 'a long heading';
    this.warn(rest.line, `“${rest.text.trim()}” under ${why} read as the end of its title (${whole}); if it is text of its own, put a blank line before it`, rest.text);
    return whole;
  }

  /**
   * Check a heading's number against its sequence and remember it. A sequence
   * local to a part says so: `scope` (' in 第二章') for messages, and `within`,
   * the part's printed number, with `printed`, the heading's as written, for
   * schemes that print the path (1.2.3).
   */
  private check(kind: HeadingKind, n: number, expected: number, duplicateOf: SeenHeading | undefined, l: SourceLine, local: { scope?: string; within?: string | undefined; printed?: string } = {}): void {
    const { scope, within, printed } = local;
    const d = checkNumber(this.scheme, { kind, n, expected, previous: this.previous[kind], duplicateOf, line: l.line, text: l.text, ...(scope ? { scope } : {}), ...(within !== undefined ? { within, found: printed } : {}) });
    const after = this.previous[kind]?.line ?? 0;
    if (d) this.diagnostics.push(kind === 'article' ? this.withHeadingInsideLine(d, expected, n, after, l.line) : this.withLostHeading(d, after, l.line));
    this.previous[kind] = { number: n, line: l.line, ...(within !== undefined ? { printed } : {}) };
  }

  /**
   * An article gap of one whose missing heading stands inside a line after a
   * sentence (…制定本规划。第二条 规划范围…, a PDF's lost line break): the error
   * points at that line and says the fix (tester, 2026-12-03: it blamed the
   * next heading's line).
   */
  private withHeadingInsideLine(d: Diagnostic, expected: number, n: number, after: number, at: number): Diagnostic {
    if (d.severity !== 'error' || n !== expected + 1) return d;
    const heading = this.scheme.print('article', expected);
    // The heading after a sentence's end: not at the line's start, where the scheme would have read it.
    const afterSentence = (text: string) => {
      const k = text.indexOf(heading);
      return k > 0 && /[。；;！？!?][\s\u3000]*$/.test(text.slice(0, k));
    };
    const inside = this.lines.find((x) => x.line >= after && x.line < at && afterSentence(x.text));
    if (!inside) return d;
    const k = inside.text.indexOf(heading);
    return { ...d, line: inside.line, message: `${d.message}; ${heading} stands inside line ${inside.line}, after a sentence (“…${inside.text.slice(Math.max(0, k - 8), k + heading.length + 6)}…”): start it on a line of its own` };
  }

  /** A chapter or section gap after a line noted by {@link noteLostHeading}: the message names that line too. */
  private withLostHeading(d: Diagnostic, after: number, at: number): Diagnostic {
    const lost = this.lostHeadings.find((x) => x.line > after && x.line < at);
    return lost && d.severity === 'error' ? { ...d, message: `${d.message}; line ${lost.line}, “${lost.text}”, may be that heading without its number` } : d;
  }

  /**
   * A decimal text whose chapter or section heading lost its number (目标与战略
   * alone before 2.1, 规划范围 before 1.2.1): the line is the heading of the
   * next chapter or section its number names, said as the error to fix, and
   * read as that heading, so that what follows is not reported as duplicates
   * or as standing under the wrong heading.
   */
  private readLostDecimalHeading(h: HeadingMatch, i: number): void {
    const c = this.chapter;
    const para = this.para;
    if (this.scheme.id !== 'decimal' || !c || !h.path || !para || para.lines.length !== 1 || !isLoneTitle(para.lines[0]!)) return;
    const [first, second] = h.path;
    const chapter = h.kind === 'section' && h.path.length === 2 && first === c.number + 1;
    const section = h.kind === 'article' && h.path.length === 3 && first === c.number && second === (this.section?.number ?? 0) + 1;
    if (!chapter && !section) return;
    const title = para.lines[0]!.trim();
    const path = chapter ? [first!] : [first!, second!];
    const number = path.join('.');
    this.para = null;
    this.error(para.line, `“${title}” before ${h.printed} reads like the heading of ${chapter ? 'chapter' : 'section'} ${number} without its number: write it “${number} ${title}”`, title);
    const lost: HeadingMatch = { kind: chapter ? 'chapter' : 'section', number: path.at(-1)!, numeral: number, printed: number, rest: ` ${title}`, separated: true, path };
    const line: SourceLine = { ...para.last, line: para.line, text: `${number} ${title}` };
    if (chapter) this.startChapter(lost, line, i);
    else this.startSection(lost, line, i);
  }

  private startChapter(h: HeadingMatch, l: SourceLine, i: number): void {
    const n = h.number!;
    const restart = n === 1 && this.chapters.length > 0 && this.pendingSource.size > 0;
    if (restart) this.startPartChapters(h, l);
    const inPart = this.partStart >= 0 ? this.partStart : 0;
    const dupAt = this.printedChapterNumbers.indexOf(n, inPart);
    const dup = dupAt >= 0 ? this.chapters[dupAt] : undefined;
    this.check('chapter', n, restart ? 1 : this.expectedNumber('chapter'), dup && { number: n, line: dup.line }, l);
    const title = this.headingTitle(h, i);
    if (!title) this.error(l.line, `${this.scheme.print('chapter', n)} has no title: write it after the number (${this.printedAsWritten(h)} 总则)`, l.text);
    // In parts, the site's addresses count the chapters through the plan; the page shows the number printed.
    const number = this.partStart >= 0 ? this.chapters.length + 1 : n;
    const printed = this.partStart >= 0 ? { printed: h.printed } : this.printedPart(h, 'chapter', n);
    this.chapter = { number, ...printed, title, lead: this.takeLead(), articles: [], sections: [], line: l.line };
    this.chapters.push(this.chapter);
    this.printedChapterNumbers.push(n);
    // Sections numbered through the plan are checked against the last one of the chapter before.
    if (!this.sectionsThrough) this.previous.section = undefined;
    this.section = null;
    this.article = null;
    this.part = null;
  }

  /**
   * 第一章 again right after a part heading (第二篇 空间布局 / 第一章 格局): the
   * chapters start again in each part. Said once; from here on each chapter
   * keeps its printed number and is numbered through the plan for addresses.
   */
  private startPartChapters(h: HeadingMatch, l: SourceLine): void {
    if (this.partStart < 0) {
      const [partLine, partText] = [...this.pendingSource][0]!;
      this.warn(
        l.line,
        `chapters start again at ${this.printedAsWritten(h)} after the part heading “${partText.trim()}” (line ${partLine}): each chapter keeps its printed number, and the site's addresses count the chapters through the plan (this one is chapter ${this.chapters.length + 1}, /${this.chapters.length + 1}/); a reference to a chapter in the text (按照第二章…) is linked by that count, not within its part: check any`,
        l.text,
      );
      // The chapters before the first restart are printed as numbered, so their pages say so too.
      this.chapters.forEach((c, k) => (c.printed ??= this.scheme.print('chapter', this.printedChapterNumbers[k]!)));
    }
    this.partStart = this.chapters.length;
  }

  private startSection(h: HeadingMatch, l: SourceLine, i: number): void {
    const n = h.number!;
    // （一）指导思想。以…: in outline texts a section may run its title into its text, as a provision does.
    const runIn = this.scheme.id === 'outline' ? splitArticleRest(h.rest, false, false, true) : null;
    const split = runIn?.title && runIn.body ? runIn : null;
    const title = split ? collapseCjkSpaces(split.title) : this.headingTitle(h, i);
    const c = this.chapter;
    const p = this.scheme.print;
    if (!c) return this.error(l.line, `section outside a chapter: ${p('section', n)} comes before the first ${p('chapter', 1).replace(/一/, 'X')} heading`, l.text);
    const before = this.sectionCount();
    // Sections numbered through the whole plan (第四节 opening chapter 2)
    // are renumbered within their chapter, which is what the URLs use.
    if (c.sections.length === 0 && n !== 1 && before > 0 && n === before + 1 && !this.sectionsThrough) {
      this.sectionsThrough = true;
      this.warn(l.line, `sections are numbered through the whole plan (${p('section', n)} opens ${p('chapter', c.number)}): renumbered within each chapter`, l.text);
    }
    let local = n;
    if (this.sectionsThrough) {
      this.check('section', n, before + 1, undefined, l);
      local = c.sections.length + 1;
    } else {
      const dup = c.sections.find((s) => s.number === n);
      this.check('section', n, c.sections.length + 1, dup && { number: n, line: dup.line }, l, { scope: ` in ${p('chapter', c.number)}`, within: c.printed, printed: h.printed });
    }
    this.checkPath(h, l);
    if (c.articles.length > 0 && c.sections.length === 0) {
      this.error(l.line, `${p('chapter', c.number)} has articles before its first section (${p('article', c.articles[0]!.number)}, line ${c.articles[0]!.line}): put them in a section, or remove the sections`, l.text);
    }
    if (!title) this.error(l.line, `${p('section', n)} of ${p('chapter', c.number)} has no title`, l.text);
    this.section = { number: local, ...this.printedPart(h, 'section', local), title, lead: [], articles: [], line: l.line };
    c.sections.push(this.section);
    this.article = null;
    this.part = null;
    if (split) this.para = { lines: [split.body], line: l.line, last: { ...l, text: split.body }, exact: !!l.exact, indent: l.indent, lineNumbers: [l.line], full: isFull(l, this.input.layout) };
  }

  /**
   * A chapter's or section's number as printed, kept when the page must show
   * it instead of what the version's scheme would (1.2, 三、, 第一篇, and
   * 第一章 over outline sections); in a law text 第X章 and 第X节 are derived
   * from the number (第1章 shows as 第一章).
   */
  private printedPart(h: HeadingMatch, kind: 'chapter' | 'section', n: number): { printed?: string } {
    // 第一章 is what the number prints anyway; 第1章, 第１章 and 第一節 are kept, as 第1条 and 第一條 are.
    const derived = this.scheme.id === 'law' && /^第[^0-9０-９]*[章节]$/.test(h.printed);
    const at = { chapter: n, ...(kind === 'section' ? { section: n } : {}) };
    const asLaw = h.printed === partLabel({ scheme: 'law', ...at });
    const asScheme = h.printed === partLabel({ scheme: this.scheme.id, ...at });
    return !derived && h.printed && !(asLaw && asScheme) ? { printed: h.printed } : {};
  }

  private startArticle(h: HeadingMatch, l: SourceLine, i: number): void {
    const n = h.number!;
    if (!this.chapter && this.scheme.flat) this.openFlatChapter(l);
    if (!this.chapter) this.error(l.line, `article outside a chapter: ${h.printed || this.scheme.print('article', n)} comes before the first ${this.scheme.print('chapter', 1).replace(/一/, 'X')} heading`, l.text);
    const ordinal = ++this.articleCount;
    if (this.scheme.articles === 'plan') {
      const first = this.articleLines.get(n);
      this.check('article', n, this.lastArticle + 1, first !== undefined ? { number: n, line: first } : undefined, l);
      if (first === undefined) this.articleLines.set(n, l.line);
      this.lastArticle = Math.max(this.lastArticle, n);
    } else {
      const parent = this.section ?? this.chapter;
      const siblings = parent?.articles ?? [];
      const dup = siblings.find((a) => a.printed === h.printed);
      this.check('article', n, siblings.length + 1, dup && { number: n, line: dup.line }, l, { scope: this.articleScope(), within: parent?.printed, printed: h.printed });
      this.checkPath(h, l);
      this.lastArticle = ordinal;
    }
    const { title, body } = this.splitTitle(h, l, i);
    const number = this.scheme.articles === 'plan' ? n : ordinal;
    this.article = { number, ...(this.printedForm(h, n) ? { printed: this.printedForm(h, n)! } : {}), title, blocks: [], line: l.line };
    this.part = null;
    if (this.chapter) (this.section ?? this.chapter).articles.push(this.article);
    if (body) this.para = { lines: [body], line: l.line, last: { ...l, text: body }, exact: !!l.exact, indent: l.indent, lineNumbers: [l.line], full: isFull(l, this.input.layout) };
  }

  /** ' in 1.2' or ' in 一、（二）': where a locally numbered article stands, for its messages. */
  private articleScope(): string | undefined {
    const c = this.chapter;
    if (!c) return undefined;
    const chapter = c.printed ?? this.scheme.print('chapter', c.number);
    const s = this.section;
    return ` in ${s ? partPath(chapter, s.printed ?? this.scheme.print('section', s.number)) : chapter}`;
  }

  /**
   * The number as printed, when the page must show it: always for 1.1.1 and 2.;
   * for 第X条 only when it differs from the Chinese form of the ordinal (第18条).
   */
  private printedForm(h: HeadingMatch, n: number): string | undefined {
    if (this.scheme.articles === 'local') return h.printed;
    return h.printed && h.printed !== this.scheme.print('article', n) ? h.printed : undefined;
  }

  /** A text without chapters: its articles go into one chapter without a heading (docs/design.md). */
  private openFlatChapter(l: SourceLine): void {
    this.flush();
    this.chapter = { number: 1, title: '', lead: this.takeLead(), articles: [], sections: [], line: l.line };
    this.chapters.push(this.chapter);
  }

  /** A decimal number's leading components name the chapter and section it stands in (1.2.3 under 1 and 1.2). */
  private checkPath(h: HeadingMatch, l: SourceLine): void {
    if (!h.path || h.path.length < 2) return;
    const open = [this.chapter?.number, ...(h.path.length === 3 ? [this.section?.number] : [])];
    const prefix = h.path.slice(0, -1);
    if (prefix.every((n, k) => n === open[k])) return;
    this.error(l.line, `${h.printed} at line ${l.line} stands under ${open.filter((n) => n !== undefined).join('.') || 'no heading'}: its number says it belongs under ${prefix.join('.')}; check the heading before it`, l.text);
  }

  /** What follows the article number: its title, the start of its text, or both. */
  private splitTitle(h: HeadingMatch, l: SourceLine, i: number): { title: string; body: string } {
    const lines = this.lines;
    const k = nextNonBlank(lines, i);
    const followedByBody = k >= 0 && (!!lines[k]!.table || !this.scheme.match(lines[k]!.text, lines[k])) && k < this.input.appendixStart;
    // Does the next line continue this one (a wrapped heading line)? Then what
    // follows the number is the start of a sentence, not a title.
    const restText = afterSeparator(h.rest);
    const breakBeforeNext = k > 0 && lines[k - 1]!.text === '' && !lines[k - 1]!.table && !lines[k]!.pageBreakBefore;
    const layout = this.input.layout;
    // A next line that goes on with a quantity this one began (…规划人口 / 20万人，) is the rest of its sentence.
    const continues =
      k >= 0 && followedByBody && !lines[k]!.table && restText !== '' && !breakBeforeNext &&
      (cutsQuantity(restText, lines[k]!.text) || shouldJoin({ lines: [restText], line: l.line, last: { ...l, text: restText }, exact: !!l.exact, indent: l.indent, lineNumbers: [l.line], full: isFull(l, layout) }, lines[k]!, layout));
    const split = splitArticleRest(h.rest, followedByBody, continues, this.scheme.id === 'outline');
    if (split.title && !split.body && followedByBody && !lines[k]!.table && opensWithMeasure(lines[k]!.text)) {
      const text = lines[k]!.text.trim();
      this.warn(l.line, `“${split.title}” read as the title of ${this.printedAsWritten(h)}, but the line after it opens with a measure and no subject (${excerpt(text, 12)}): if the two lines are one sentence (${split.title}${excerpt(text, 8)}), join them`, l.text);
    }
    const held = this.heldTitle;
    this.heldTitle = null;
    if (held && !split.title) return { title: collapseCjkSpaces(held.line.text.trim()), body: split.body };
    // The article has a title of its own after all: the held line stays where it was, as text before it.
    if (held) this.target().push({ kind: 'paragraph', text: held.line.text.trim(), line: held.line.line });
    // 第三条 / （职责分工）: a title in brackets alone on the next line.
    const bracketTitle = k >= 0 && !restText && !lines[k]!.table ? /^[（(]([^（）()]{2,15})[）)]$/.exec(lines[k]!.text.trim()) : null;
    if (bracketTitle && !split.title && !split.body && isTitleLike(bracketTitle[1]!, 15)) {
      this.input.skip.add(k);
      return { title: collapseCjkSpaces(bracketTitle[1]!), body: '' };
    }
    // 第三条 / 职责分工 / text: a short title alone on the next line, with the article's text after it.
    if (!split.title && !split.body && k >= 0 && this.isTitleOnNextLine(k)) {
      this.input.skip.add(k);
      return { title: collapseCjkSpaces(lines[k]!.text.trim()), body: '' };
    }
    return split;
  }

  /**
   * Whether line k, right after a bare article number, is the article's title:
   * short and title-like (no sentence punctuation, at most 15 characters), no
   * heading or table itself, and followed by the article's text (not by another
   * heading, a table or the end), so a one-line article is never emptied.
   */
  private isTitleOnNextLine(k: number): boolean {
    const l = this.lines[k]!;
    if (l.table || k >= this.input.appendixStart || this.scheme.match(l.text, l) || !isTitleLike(l.text, 15) || isTerminated(l.text)) return false;
    const after = nextNonBlank(this.lines, k);
    const next = after >= 0 && after < this.input.appendixStart ? this.lines[after]! : undefined;
    return !!next && !next.table && !this.scheme.match(next.text, next) && !matchBoxHeading(next.text) && !isTitleLike(next.text, 15);
  }

  /** Running text: join a wrapped line to its paragraph, or start a new one. */
  private readText(l: SourceLine, breakBefore: boolean): void {
    const open = this.para;
    const layout = this.input.layout;
    if (open && !breakBefore && shouldJoin(open, l, layout)) {
      open.lines.push(l.text);
      open.lineNumbers.push(l.line);
      open.last = l;
      open.full = isFull(l, layout);
      return;
    }
    this.flushParagraph();
    this.para = { lines: [l.text], line: l.line, last: l, exact: !!l.exact, indent: l.indent, lineNumbers: [l.line], full: isFull(l, layout) };
  }

  /** Where blocks go now: the open part, article, section or chapter lead, or a new preamble. */
  private target(): Block[] {
    if (this.part) return this.part.blocks;
    if (this.article) return this.article.blocks;
    if (this.section) return this.section.lead;
    if (this.chapter) return this.chapter.lead;
    this.part = { kind: '前言', title: '', blocks: [], line: 0 };
    this.parts.push(this.part);
    return this.part.blocks;
  }

  private flushParagraph(): void {
    const para = this.para;
    if (!para) return;
    this.para = null;
    this.pushParagraph(para.lines, para.lineNumbers);
    // Footnotes held from the foot of a page the paragraph ran across follow it, each a paragraph of its own.
    for (const f of this.footnotes.splice(0)) this.pushParagraph([f.text], [f.line]);
  }

  /** A paragraph's lines joined as wrapped text, its brackets checked, where blocks go now. */
  private pushParagraph(lines: string[], lineNumbers: number[]): void {
    const { text, starts } = joinWrapped(lines);
    if (!text) return;
    this.diagnostics.push(...checkBrackets(text, lineLookup(starts, lineNumbers)));
    this.target().push({ kind: 'paragraph', text, line: lineNumbers[0]! });
  }

  /**
   * A footnote at the foot of a page (① 指《…》。, the page's last line) that
   * cuts a sentence running on to the next page: held, and set after the
   * paragraph once it ends, so the sentence reads whole; said in a warning.
   */
  private holdFootnote(l: SourceLine, i: number): boolean {
    const open = this.para;
    if (!open || open.exact || isTerminated(open.last.text) || !FOOTNOTE.test(l.text) || !isTerminated(l.text) || !this.opensPageAfter(i)) return false;
    this.footnotes.push(l);
    this.warn(l.line, `footnote “${excerpt(l.text, 12)}” at the foot of a page, inside a sentence that goes on on the next page: set after the paragraph, so the sentence reads whole`, l.text);
    return true;
  }

  /** Whether the next line with text opens a page (a page break, or running headers or a page number skipped before it). */
  private opensPageAfter(i: number): boolean {
    for (let k = i + 1; k < this.lines.length; k++) {
      const l = this.lines[k]!;
      if (l.pageBreakBefore) return true;
      if (this.input.skip.has(k) || (l.text === '' && !l.table)) continue;
      return false;
    }
    return false;
  }

  private flush(): void {
    this.flushParagraph();
    this.tables.flush();
  }
}

/** A footnote's line: a circled number, then its text (① 指《……》。). */
const FOOTNOTE = /^[①-⑳][\s\u3000]*[^\s\u3000、，,.．]/;
