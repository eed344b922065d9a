/**
 * Word (.docx) → {@link SourceLine}s through mammoth's HTML: each Word
 * paragraph, heading and list item becomes one exact line (never joined to its
 * neighbour), a soft line break splits a paragraph, and a Word table becomes
 * one line carrying its rows. Bookmarks (mammoth writes them as empty anchors)
 * and images are dropped; everything else is the same parser's business.
 */
import { MARK_CLOSE, MARK_OPEN, balanceMarks } from '../mandatory.ts';
import { quoteList } from './text-shapes.ts';
import { NOTHING_UNREAD, readableDocument, unreadParts, type ReviewMarks, type UnreadParts } from './docx-hidden.ts';
import { removePageNumberParagraphs } from './lines.ts';
import { withoutLayoutBold } from './layout-bold.ts';
import { createRequire } from 'node:module';
import mammoth from 'mammoth';
import { asSubscript, asSuperscript } from './script-chars.ts';
import { assertZipWithinLimits } from './zip-limits.ts';
import { indentWidth, joinCellLines, removeArtefacts } from './clean.ts';
import { paragraphLabels, readZipEntry } from './docx-numbering.ts';
import { decodeEntities, htmlSpan, mergedCellsMessage, type MergedCells } from './debris.ts';

// mammoth's document model constructors (no typings): a run holding the restored number.
const documents = createRequire(import.meta.url)('mammoth/lib/documents.js') as {
  Run: (children: unknown[]) => unknown;
  Text: (value: string) => unknown;
};

/** The part of mammoth's API its typings leave out. */
interface MammothTransforms {
  transforms: { paragraph: (f: (p: MammothElement) => MammothElement) => (doc: unknown) => unknown };
}

interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
}

function elementText(e: MammothElement): string {
  if (e.type === 'text') return e.value ?? '';
  return (e.children ?? []).map(elementText).join('');
}

/**
 * A mammoth transform that puts Word's automatic numbers (第一章, （一）) back in
 * front of their paragraphs. Paragraphs are matched to the XML ones by text,
 * in order, so a paragraph mammoth skips or adds cannot shift the labels.
 */
function restoreNumbering(bytes: Uint8Array): { transform: (p: MammothElement) => MammothElement; restored: () => number } | null {
  const documentXml = readZipEntry(bytes, 'word/document.xml');
  const numberingXml = readZipEntry(bytes, 'word/numbering.xml');
  if (!documentXml || !numberingXml) return null;
  const labels = paragraphLabels(documentXml, numberingXml, readZipEntry(bytes, 'word/styles.xml'));
  if (!labels.some((l) => l.label)) return null;
  const norm = (s: string) => s.replace(/[\s\u3000]+/g, '');
  let next = 0;
  let restored = 0;
  const transform = (p: MammothElement): MammothElement => {
    const text = norm(elementText(p));
    // An empty paragraph is matched only to a numbered empty one (a table's 序号 cell, auto-numbered), never moving past text.
    if (!text && !labels.slice(next, next + 50).some((l) => !norm(l.text) && l.label)) return p;
    for (let k = next; k < Math.min(labels.length, next + 50); k++) {
      if (norm(labels[k]!.text) !== text) continue;
      next = k + 1;
      const label = labels[k]!.label;
      if (label && !text.startsWith(norm(label))) {
        p.children = [documents.Run([documents.Text(label)]) as MammothElement, ...(p.children ?? [])];
        restored++;
      }
      break;
    }
    return p;
  };
  return { transform, restored: () => restored };
}
import type { Diagnostic, SourceLine } from './types.ts';

/** A Word table being read: its rows, the cell being filled, and cells merged down from rows above. */
interface OpenTable {
  rows: string[][];
  cell: string[] | null;
  row: string[] | null;
  /** Empty cells to add after the current cell (its colspan − 1). */
  pad: number;
  rowspan: number;
  /** Per column, how many more rows a cell above still covers. */
  spans: number[];
  /** The paragraphs of the last cell read, for a table of one cell (a frame, not a table). */
  paragraphs: string[];
}

/** Put empty cells where a cell from a row above (rowspan) covers the next column. */
function fillSpans(t: OpenTable): void {
  if (!t.row) return;
  while ((t.spans[t.row.length] ?? 0) > 0) {
    t.spans[t.row.length]!--;
    t.row.push('');
  }
}

/**
 * Reads HTML into lines, one token at a time: each group of tags is one step
 * (paragraph-like blocks, tables, rows, cells, hidden parts, links), sharing
 * the text being gathered and the stack of open tables.
 */
class HtmlLineReader {
  readonly lines: SourceLine[] = [];
  images = 0;
  listItems = 0;
  private buffer = '';
  private headingLevel = 0;
  private notesStarted = false;
  /** A page break Word's HTML marks (page-break-before:always): the next line opens a page. */
  private pageBreak = false;
  private notePrefix = '';
  private skipText = false;
  private hidden = false;
  /** Open spans: whether each hides its text (Word's HTML writes hidden text as style='display:none'), and how. */
  private spans: ('shown' | 'hidden' | 'web')[] = [];
  /** Texts of hidden spans, for the report. */
  hiddenTexts: string[] = [];
  /** Inside <sup> or <sub>: figures are written as the characters (km², CO₂). */
  private script: ((text: string) => string | null) | null = null;
  /** Inside <s> or <strike> (Word's strikethrough): the text is kept, and reported. */
  private striking = 0;
  struckTexts: string[] = [];
  /** Word's tracked changes and comments in its HTML: what a reviewer deleted, inserted and remarked (review). */
  readonly review: ReviewMarks = { deleted: [], insertions: 0, moves: 0, comments: [] };
  /** Inside <del> (a deletion; Word writes its tracked deletions so): left out. */
  private deleting = 0;
  /** Inside Word's list of comments (a div whose divs nest), or a comment's [A1] mark in the text. */
  private commentDepth = 0;
  private inCommentMark = false;
  /** The label each note's reference shows in the text (mammoth numbers references in order, notes by Word's id), by `footnote-2`. */
  private readonly noteLabels = new Map<string, string>();
  /** The note whose reference's label is the next text. */
  private labelFor: string | null = null;
  /**
   * Where the link to a heading's _Toc bookmark that opened the block being
   * read ended (-1: none, or not closed yet): a line of Word's 目录 field when
   * nothing but a page number follows it.
   */
  private tocLinkEnd = -1;
  private inTocLink = false;
  /** In a paragraph of Word's table of figures (a 附图 list): its links lead to captions, and it is no 目录. */
  private inFigureList = false;
  /** Texts of body cells merged down over rows (rowspan) and across columns (colspan): each stands in the first of its cells only. */
  readonly merged: MergedCells = { down: [], across: [] };
  /** A stack of open tables; each holds its rows and the cell being filled. */
  private readonly tables: OpenTable[] = [];

  /**
   * `noteMarks`: notes that Word marks with the author's own mark (①), by id
   * (customNoteMarks): their [N] is mammoth's, not the text's.
   */
  constructor(
    private readonly html: boolean,
    private readonly noteMarks: ReadonlySet<string> = new Set(),
    /** Bold and underline mark 强制性内容: in mammoth's HTML of a .docx and in HTML saved from Word, not in a browser's. */
    private readonly marks = !html,
  ) {}

  /** Read every token of the source, then close the last block. */
  read(source: string): void {
    for (const token of source.replace(/<!--[\s\S]*?-->/g, '').split(/(<[^>]*>)/)) {
      if (!token) continue;
      if (token[0] !== '<') this.text(token);
      else this.tag(token);
    }
    if (this.buffer.trim()) this.endBlock();
  }

  private push(text: string, level = 0): void {
    const entry = this.tocLinkEnd >= 0 && /^[\s\u3000.…·0-9０-９]*$/.test(text.slice(this.tocLinkEnd));
    // A table of figures' entry keeps its title, not the page number the field adds after a tab or leaders (附图1 区位图⇥1).
    if (this.inFigureList) text = text.replace(/[\t.…·]+[\s\u3000]*[0-9０-９]{1,4}$/, '');
    for (const part of balanceMarks(text.split('\n'))) {
      const clean = removeArtefacts(withoutLayoutBold(part, level > 0));
      const t = clean.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
      if (!t) continue;
      // Typed indents (full-width spaces) matter when the file came from a PDF.
      this.lines.push({ line: this.lines.length + 1, text: t, indent: indentWidth(clean), exact: true, ...(level ? { headingLevel: level } : {}), ...(entry ? { contentsEntry: true } : {}), ...(this.pageBreak ? { pageBreakBefore: true } : {}) });
      this.pageBreak = false;
    }
    this.tocLinkEnd = -1;
  }

  /** A page ends here: the text before it is a line of its own, and the next line opens a page. */
  private pageEdge(): void {
    if (this.buffer.trim() && !this.tables.length) this.endBlock();
    this.pageBreak = true;
  }

  private endBlock(): void {
    const t = this.tables.at(-1);
    if (t?.cell) t.cell.push(this.buffer);
    else this.push(this.buffer, this.headingLevel);
    this.buffer = '';
  }

  private text(token: string): void {
    if (this.labelFor) this.noteLabels.set(this.labelFor, /^\[(\d+)\]$/.exec(token.trim())?.[1] ?? '');
    this.labelFor = null;
    if (this.spans.some((hidden) => hidden !== 'shown')) {
      // Word's web-only hiding (mso-hide:screen: a 目录's leaders and page numbers) is layout, left out unsaid.
      if (token.trim() && !this.spans.includes('web')) this.hiddenTexts.push(decodeEntities(token.trim()));
      return;
    }
    if (this.skipText || this.hidden || this.inCommentMark) return;
    if (this.commentDepth > 0 || this.deleting > 0) {
      const said = decodeEntities(token).replace(/\s+/g, ' ').trim();
      // A comment's own [A1] label is Word's, not the reviewer's words.
      if (said && !/^\[[A-Za-z]*\d+\]$/.test(said)) (this.deleting > 0 && !this.commentDepth ? this.review.deleted : this.review.comments).push(said);
      return;
    }
    const text = decodeEntities(token.replace(/\s*\n\s*/g, this.html ? ' ' : '\n'));
    if (this.striking && text.trim()) this.struckTexts.push(text.trim());
    this.buffer += (this.script && this.script(text.trim())) || text;
  }

  /** One tag: dispatched to the step for its group; inline formatting and bookmarks carry no text of their own. */
  private tag(token: string): void {
    const m = /^<(\/?)([a-z0-9]+)/i.exec(token);
    if (!m) return;
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (!closing && /page-break-before\s*:\s*always/i.test(token)) this.pageBreak = true;
    if (tag === 'br') this.buffer += '\n';
    // Only mammoth's: a Word page break (styleMap in docxToLines); in HTML saved from Word, <hr> is a rule.
    else if (tag === 'hr' && !this.html) this.pageEdge();
    // Bold and underline inside a paragraph mark 强制性内容 (src/lib/mandatory.ts).
    else if (tag === 'strong' || tag === 'b' || tag === 'u') {
      if (this.marks && !this.skipText && !this.hidden) this.buffer += closing ? MARK_CLOSE : MARK_OPEN;
    } else if (tag === 'img') this.images++;
    else if (tag === 'p' || tag === 'li' || /^h[1-6]$/.test(tag)) this.block(tag, token, closing);
    else if (tag === 'table') this.table(closing);
    else if (tag === 'tr') this.row(closing);
    else if (tag === 'td' || tag === 'th') this.cell(token, closing);
    // HTML saved from Word or a browser: what is not text, and blocks without <p>.
    else if (['head', 'style', 'script', 'title', 'template'].includes(tag)) this.hidden = !closing;
    else if (tag === 'div' && (this.commentDepth > 0 || (!closing && /mso-element\s*:\s*comment-list/i.test(token)))) this.commentDepth += closing ? -1 : 1;
    else if (['div', 'section', 'article', 'blockquote'].includes(tag)) {
      if (this.buffer.trim()) this.endBlock();
      this.buffer = '';
      // Word's saved HTML lists its footnotes in a div of their own: a 注释 part, as mammoth's notes of a .docx are.
      if (!closing && /mso-element\s*:\s*(?:footnote|endnote)-list/i.test(token) && !this.notesStarted) {
        this.push('注释');
        this.notesStarted = true;
      }
    } else if (tag === 'a') this.link(token, closing);
    else if (tag === 'sup' || tag === 'sub') this.script = closing ? null : tag === 'sup' ? asSuperscript : asSubscript;
    else if (tag === 's' || tag === 'strike') this.striking += closing ? -1 : 1;
    else if (tag === 'del') this.deleting += closing ? -1 : 1;
    else if (tag === 'ins' && !closing) this.review.insertions++;
    else if (tag === 'span') {
      if (closing) this.spans.pop();
      // Word's web-only layout (mso-hide:screen) and a comment's mark ([A1], in a MsoCommentReference span) go unsaid.
      else this.spans.push(/mso-hide\s*:\s*screen|mso-special-character\s*:\s*comment|class=["']?MsoCommentReference/i.test(token) ? 'web' : /display\s*:\s*none/i.test(token) ? 'hidden' : 'shown');
    }
  }

  /** p, h1–h6, li: a block of its own; mammoth's footnotes and endnotes are list items. */
  private block(tag: string, token: string, closing: boolean): void {
    if (closing) {
      this.endBlock();
      this.headingLevel = 0;
      return;
    }
    this.inFigureList = /class="figure-list"/.test(token);
    // A note's [N] prefix waits for the note's first paragraph.
    const keep = this.notePrefix !== '' && this.buffer === this.notePrefix;
    if (this.buffer.trim() && !keep) this.endBlock();
    this.buffer = keep ? this.notePrefix : '';
    this.notePrefix = '';
    this.headingLevel = tag[0] === 'h' ? Number(tag[1]) : 0;
    // Footnotes and endnotes: mammoth lists them at the end as <li id="footnote-1">.
    const note = tag === 'li' ? /\bid="((?:footnote|endnote)-(\d+))"/.exec(token) : null;
    if (note) {
      if (!this.notesStarted) this.push('注释');
      this.notesStarted = true;
      // Labelled as its reference reads in the text: Word's ids need not follow the text's order, and a footnote and an endnote may share one.
      // A note with a custom mark (①) has it in its own text, as Word types it there.
      this.buffer = this.notePrefix = this.noteMarks.has(note[1]!) ? '' : `[${this.noteLabels.get(note[1]!) || note[2]}] `;
    } else if (tag === 'li') this.listItems++;
  }

  private table(closing: boolean): void {
    if (!closing) {
      if (this.buffer.trim()) this.endBlock();
      this.tables.push({ rows: [], cell: null, row: null, pad: 0, rowspan: 1, spans: [], paragraphs: [] });
      return;
    }
    const t = this.tables.pop();
    if (!t) return;
    const rows = t.rows.filter((r) => r.length > 0);
    const outer = this.tables.at(-1);
    // A table of one cell is a frame around text (a 专栏 drawn as a box), not a table: its paragraphs are lines.
    if (!outer && rows.length === 1 && rows[0]!.length === 1) for (const p of t.paragraphs) this.push(p);
    // A table nested in a cell is flattened into that cell's text.
    else if (outer?.cell) outer.cell.push(rows.map((r) => r.join(' ')).join(' '));
    else if (rows.length) this.lines.push({ line: this.lines.length + 1, text: rows.map((r) => r.join('\t')).join(' / '), indent: 0, exact: true, table: rows });
  }

  private row(closing: boolean): void {
    const t = this.tables.at(-1);
    if (!t) return;
    if (!closing) {
      t.row = [];
      return;
    }
    if (!t.row) return;
    // Cells merged down into the end of this row.
    for (let c = t.row.length; c < t.spans.length; c++) {
      if ((t.spans[c] ?? 0) === 0) continue;
      while (t.row.length <= c) t.row.push('');
      t.spans[c]!--;
    }
    t.rows.push(t.row);
    t.row = null;
  }

  private cell(token: string, closing: boolean): void {
    const t = this.tables.at(-1);
    if (!t) return;
    if (!closing) {
      t.cell = [];
      this.buffer = '';
      // Merged cells: colspan is padded to the right, rowspan in the rows below,
      // so that every row has its cells in the right columns.
      t.pad = htmlSpan(token, 'colspan') - 1;
      t.rowspan = htmlSpan(token, 'rowspan');
      fillSpans(t);
      return;
    }
    if (!t.cell || !t.row) return;
    if (this.buffer.trim()) t.cell.push(this.buffer);
    this.buffer = '';
    const first = t.row.length;
    // Paragraphs of a cell are joined by a space; a line break inside one as joinCellLines says (a wrap between Chinese).
    t.paragraphs = t.cell.map((c) => joinCellLines(removeArtefacts(c).split('\n'))).filter(Boolean);
    t.row.push(t.paragraphs.join(' '));
    // A header's cells merged down over its two rows read right; a body cell merged down stands in its first row only.
    if (t.rowspan > 1 && t.rows.length > 0 && t.row.at(-1)) this.merged.down.push(t.row.at(-1)!);
    if (t.pad > 0 && t.rows.length > 0 && t.row.at(-1)) this.merged.across.push(t.row.at(-1)!);
    for (let k = 0; k < t.pad; k++) t.row.push('');
    if (t.rowspan > 1) for (let c = first; c < t.row.length; c++) t.spans[c] = t.rowspan - 1;
    t.cell = null;
  }

  /** The ↑ link from a note back to its reference is navigation, not text. */
  private link(token: string, closing: boolean): void {
    // A comment's mark in the text ([A1], a link to the comment in the list at the end) goes; the words the
    // reviewer selected (inside an mso-comment-reference anchor) are the plan's and stay.
    if (!closing && /href="?#_msocom_/i.test(token)) this.inCommentMark = true;
    else if (closing && this.inCommentMark) this.inCommentMark = false;
    if (!closing && /href="#(?:footnote|endnote)-ref-/.test(token)) this.skipText = true;
    else if (closing) this.skipText = false;
    else {
      this.labelFor = /href="#((?:footnote|endnote)-\d+)"/.exec(token)?.[1] ?? null;
      // A custom mark (①) stands in the text after the reference: mammoth's [N] goes, and the note is labelled with the mark.
      if (this.labelFor && this.noteMarks.has(this.labelFor)) [this.skipText, this.labelFor] = [true, null];
    }
    if (!closing && /href="#_Toc\d+"/.test(token) && !this.buffer.trim() && !this.tables.length && !this.inFigureList) this.inTocLink = true;
    if (closing && this.inTocLink) [this.tocLinkEnd, this.inTocLink] = [this.buffer.length, false];
  }
}

/**
 * Turn HTML into lines: mammoth's small, regular subset (h1–h6, p, ul/ol/li,
 * table/tr/td/th, a, br, strong, em, sup, sub, img), or with `html` an HTML
 * file saved from Word or a browser, where line breaks in the source are
 * only layout and head, style and script hold no text.
 */
export function htmlToLines(source: string, options: { html?: boolean; noteMarks?: ReadonlySet<string>; marks?: boolean } = {}): { lines: SourceLine[]; images: number; listItems: number; hidden: string[]; struck: string[]; review: ReviewMarks; merged: MergedCells } {
  const reader = new HtmlLineReader(!!options.html, options.noteMarks, options.marks ?? !options.html);
  reader.read(source);
  return { lines: reader.lines, images: reader.images, listItems: reader.listItems, hidden: reader.hiddenTexts, struck: reader.struckTexts, review: reader.review, merged: reader.merged };
}

/** The warning for body cells merged over several rows or columns ({@link mergedCellsMessage}). */
function mergedWarning(merged: MergedCells): Diagnostic[] {
  const message = mergedCellsMessage(merged);
  return message ? [{ severity: 'warning', line: null, message }] : [];
}

/**
 * The warning for a reviewer's marks left in the file (Word's HTML, or a
 * .docx): tracked deletions and comments left out, insertions and moves kept.
 */
function reviewWarning(review: ReviewMarks | null): Diagnostic[] {
  if (!review) return [];
  const { deleted, insertions, comments, moves } = review;
  if (!deleted.length && !insertions && !moves && !comments.length) return [];
  const parts = [
    ...(deleted.length ? [`${deleted.length} tracked deletion(s) left out: ${quoteList(deleted)}`] : []),
    ...(insertions ? [`${insertions} tracked insertion(s) kept`] : []),
    ...(moves ? [`${moves} tracked move(s) read at their new place`] : []),
    ...(comments.length ? [`reviewer comments left out: ${quoteList(comments)}`] : []),
  ];
  return [{ severity: 'warning', line: null, message: `the file still holds a review's marks: ${parts.join('; ')}. Accept or reject the changes and delete the comments in Word, then save again, so the text imported is the one approved` }];
}

/** The warning for text Word hides (Font → Hidden, or display:none in its HTML): not plan text, left out. */
function hiddenWarning(hidden: readonly string[]): Diagnostic[] {
  return hidden.length ? [{ severity: 'warning', line: null, message: `${hidden.length} run(s) of hidden text (Word's Font → Hidden, display:none in its HTML) are not plan text and were left out: ${quoteList(hidden)}` }] : [];
}

/** Page-number paragraphs of a Word file or Word's HTML removed (removePageNumberParagraphs), with their warnings. */
function withoutPageNumbers(read: readonly SourceLine[]): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const { lines, removed, diagnostics } = removePageNumberParagraphs(read);
  const said: Diagnostic[] = removed > 0 ? [{ severity: 'warning', line: null, message: `${removed} page-number paragraph(s) removed (— 1 —, 第 3 页, a bare number beside a page break, or bare numbers counting up a page apart)` }] : [];
  return { lines, diagnostics: [...said, ...diagnostics] };
}

/** The warning for struck-through text kept (a deletion in a 修改稿), or none. */
function struckWarning(struck: readonly string[]): Diagnostic[] {
  return struck.length ? [{ severity: 'warning', line: null, message: `${struck.length} run(s) of struck-through text are kept as plan text: ${quoteList(struck)}; delete them if the approved text struck them out` }] : [];
}

/** HTML saved from Word (its namespace or generator): bold and underline mark 强制性内容 in it, as in a .docx (the tester's list of 2026-12-03). */
const WORD_HTML = /urn:schemas-microsoft-com:office:word|<meta[^>]+content=["']?Microsoft Word/i;

/** An HTML file saved from Word or a browser as lines, with a warning for the text it hides. */
export function htmlFileToLines(source: string): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const read = htmlToLines(source, { html: true, marks: WORD_HTML.test(source) });
  // Page numbers beside Word's page breaks go, as in a .docx converted from a PDF.
  const { lines, diagnostics } = withoutPageNumbers(read.lines);
  return { lines, diagnostics: [...diagnostics, ...hiddenWarning(read.hidden), ...struckWarning(read.struck), ...reviewWarning(read.review), ...mergedWarning(read.merged)] };
}

/**
 * What mammoth says it left out of the text, as warnings: its words are
 * missing from the import, so the report must say so (an equation, a field or
 * a symbol it does not know; review of 2026-12-03). Repeated messages are
 * counted once each.
 */
function skippedWarnings(messages: readonly string[], equations: readonly string[] = []): Diagnostic[] {
  const counts = new Map<string, number>();
  const MATH = /officeDocument\/2006\/math\}oMath(?:Para)?$/;
  // Content mammoth left out; its other messages (a paragraph style it does not know, an image) cost no words.
  const lost = messages.filter((m) => /was ignored/.test(m) && !/v:imagedata|style mapping/.test(m));
  for (const m of lost) if (!MATH.test(m) && !/w:altChunk$/.test(m)) counts.set(m, (counts.get(m) ?? 0) + 1);
  const out: Diagnostic[] = [];
  if (lost.some((m) => /w:altChunk$/.test(m))) {
    out.push({ severity: 'warning', line: null, message: `part of the document is an embedded HTML or RTF file (Word's altChunk), which is not read, and its text is missing: open the file in Word and save it again as .docx, which writes that text into the document` });
  }
  if (equations.length > 0 || lost.some((m) => MATH.test(m))) {
    const quoted = equations.length ? `: ${quoteList(equations)}` : '';
    out.push({ severity: 'warning', line: null, message: `${equations.length || 'some'} equation(s) made with Word's equation editor are not imported, and their text is missing${quoted}; write them as text in the Word file, or check the import where they stood` });
  }
  if (counts.size > 0) {
    out.push({ severity: 'warning', line: null, message: `Word content the reader could not read was left out, and its text may be missing: ${[...counts].map(([m, c]) => (c > 1 ? `${m} (${c}×)` : m)).join('; ')}; check the import against the Word file there` });
  }
  return out;
}

/** Read a .docx into lines, with warnings for what Word keeps outside the text (images, list numbers). */
export async function docxToLines(bytes: Uint8Array): Promise<{ lines: SourceLine[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  let html: string;
  let numbering: ReturnType<typeof restoreNumbering> = null;
  // Sizes first, before anything is inflated (zip bombs).
  assertZipWithinLimits(bytes);
  // A zip that is not a Word document: OpenDocument, Excel, PowerPoint, an archive.
  const parts = readZipEntry(bytes, '[Content_Types].xml') ?? '';
  if (readZipEntry(bytes, 'mimetype')?.startsWith('application/vnd.oasis.opendocument')) {
    throw new Error('an OpenDocument file (.odt), not a .docx: save it as .docx (Word 2007 and later) and import that');
  }
  if (parts && !parts.includes('wordprocessingml')) {
    throw new Error('a zip file but not a Word document (no wordprocessingml part): import a .docx, .txt or .md');
  }
  let hidden: string[] = [];
  let skipped: string[] = [];
  let unread: UnreadParts = NOTHING_UNREAD;
  try {
    const documentXml = readZipEntry(bytes, 'word/document.xml');
    const visible = readableDocument(bytes, documentXml);
    // Paragraphs are matched to their numbers by text: the text mammoth reads.
    numbering = restoreNumbering(visible.bytes);
    hidden = visible.hidden;
    unread = unreadParts(bytes, documentXml);
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(visible.bytes) },
      {
        // Images are not imported: don't spend time base64-encoding them.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        // Underline is dropped by default; it marks 强制性内容 as bold does. A page break (w:br type=page),
        // which mammoth drops, is written as <hr>: the reader takes it for the page's edge (a page number beside it goes).
        // A table of figures links to its captions as the 目录 links to its headings: its own class keeps it plan text.
        styleMap: ['u => u', "br[type='page'] => hr", "p[style-name='table of figures'] => p.figure-list:fresh", 'p.TableofFigures => p.figure-list:fresh'],
        ...(numbering ? { transformDocument: (mammoth as unknown as MammothTransforms).transforms.paragraph(numbering.transform) } : {}),
      },
    );
    html = result.value;
    skipped = result.messages.filter((m) => m.type === 'warning').map((m) => m.message);
  } catch (e) {
    throw new Error(`not a readable .docx (${(e as Error).message}): save the file again from Word as .docx`);
  }
  const { boxes, equations, noteMarks, review } = unread;
  const read = htmlToLines(html, { noteMarks });
  const { images, listItems } = read;
  diagnostics.push(...struckWarning(read.struck), ...mergedWarning(read.merged), ...reviewWarning(review));
  const { lines, diagnostics: pages } = withoutPageNumbers(read.lines);
  diagnostics.push(...pages, ...hiddenWarning(hidden), ...skippedWarnings(skipped, equations));
  if (boxes.length > 0) {
    diagnostics.push({
      severity: 'warning',
      line: null,
      message: `${boxes.length} text box(es) drawn only as DrawingML (no VML copy, as editors other than Word may write them) could not be read, and their text is missing: ${quoteList(boxes)}; save the file again from Word, or move the text out of the box`,
    });
  }
  if (images > 0) diagnostics.push({ severity: 'warning', line: null, message: `${images} image(s) in the Word file were not imported (figures belong in 附图)` });
  const restored = numbering?.restored() ?? 0;
  if (restored > 0) {
    diagnostics.push({ severity: 'warning', line: null, message: `${restored} automatic Word number(s) (第X章, （一）, 1. …) restored in front of their paragraphs from the document's numbering definitions` });
  } else if (listItems > 0) {
    diagnostics.push({ severity: 'warning', line: null, message: `${listItems} Word list paragraph(s): automatic list numbers are not part of the text and were not imported; check the enumerations` });
  }
  return { lines, diagnostics };
}
