/**
 * What a Word file holds that mammoth would read wrongly or not at all.
 *
 * Hidden text (Font → Hidden, `w:vanish`): an editor's note
 * or a draft passage the printed plan does not show. mammoth reads it like
 * any other text, so the runs that hide themselves are taken out of the
 * document before it is read, and the report quotes what was left out.
 * Paragraphs stay where they are (a fully hidden one is left empty), so the
 * automatic numbering read from the same document still lines up.
 *
 * Simple fields (表1-1's SEQ number, a date) and symbols typed in an ordinary
 * font (℃) mammoth drops: they are made plain text first. Equations it drops
 * too; their text is quoted in the report (equationTexts).
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readZipEntry } from './docx-numbering.ts';
import { decodeXML } from 'entities';

const DOCUMENT = 'word/document.xml';
/** A run property that hides the run (w:val absent, true, 1 or on). */
const HIDDEN = /<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>/;
const RUN_START = /<w:r(?=[\s>])[^>]*>/g;

/** The document's XML without its hidden runs, and the text of each run removed. */
export function removeHiddenRuns(xml: string): { xml: string; texts: string[] } {
  const texts: string[] = [];
  let out = '';
  let from = 0;
  for (const m of xml.matchAll(RUN_START)) {
    const start = m.index;
    if (start < from) continue;
    const props = /^\s*<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml.slice(start + m[0].length));
    if (!props || !HIDDEN.test(props[1]!)) continue;
    const end = xml.indexOf('</w:r>', start);
    // A run that holds other runs (a text box) is not taken apart here.
    if (end < 0 || /<w:r[\s>]/.test(xml.slice(start + m[0].length, end))) continue;
    out += xml.slice(from, start);
    from = end + '</w:r>'.length;
    const text = [...xml.slice(start, from).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    if (text.trim()) texts.push(text);
  }
  return { xml: out + xml.slice(from), texts };
}

/**
 * The texts of text boxes a Word file draws only as DrawingML (wps:txbx, with
 * no VML copy in an mc:Fallback): mammoth reads text boxes through their VML
 * copy, which Word always writes and some other editors do not, so these are
 * not read and the report must say what is missing.
 */
export function unreadTextBoxes(xml: string): string[] {
  const withoutFallbacks = xml.replace(/<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g, (block) => (block.includes('<mc:Fallback') ? '' : block));
  return [...withoutFallbacks.matchAll(/<wps:txbx\b[\s\S]*?<\/wps:txbx>/g)]
    .map((m) => [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter((t) => t.trim());
}

/**
 * Word's simple fields (`w:fldSimple`: a caption's SEQ number in 表1-1, a
 * STYLEREF, a date, a formula's result) hold their last result as ordinary
 * runs; mammoth drops the element with them (表- 规划指标表). The result is the
 * text the page shows: the runs are kept, the field around them goes.
 */
function unwrapSimpleFields(xml: string): string {
  return xml.replace(/<w:fldSimple\b[^>]*>|<\/w:fldSimple>/g, '');
}

/**
 * A symbol inserted with Insert → Symbol (`w:sym`) in an ordinary font carries
 * its Unicode code point (宋体 2103 is ℃); mammoth reads only the symbol
 * fonts' private codes (Symbol F0B3 ≥) and drops the rest. Those become text.
 */
export function symbolsAsText(xml: string): string {
  return xml.replace(/<w:sym\b[^>]*\/>/g, (tag) => {
    const font = /w:font="([^"]*)"/.exec(tag)?.[1] ?? '';
    const hex = /w:char="([0-9A-Fa-f]{4,5})"/.exec(tag)?.[1];
    const code = hex ? parseInt(hex, 16) : NaN;
    // A symbol font's codes (Symbol 00B3 or F0B3 is ≥, not ³) are its own table, which mammoth maps; and the private F0xx range.
    if (!hex || SYMBOL_FONT.test(font) || (code >= 0xf000 && code <= 0xf0ff)) return tag;
    return `<w:t xml:space="preserve">${String.fromCodePoint(code).replace('&', '&amp;').replace('<', '&lt;')}</w:t>`;
  });
}

/** Fonts whose character codes are not Unicode (mammoth reads them through their own tables). */
const SYMBOL_FONT = /^(?:Symbol|Wingdings(?: [23])?|Webdings|Marlett|ZapfDingbats|Zapf Dingbats|Monotype Sorts)$/i;

/**
 * The text of each equation (Office Math, `m:oMath`; a display equation's
 * `m:oMathPara` holds one or more): mammoth leaves them out, so the report
 * quotes them. Their characters in order, without the layout (a fraction's
 * bar, a superscript), which is why they are not imported as text.
 */
export function equationTexts(xml: string): string[] {
  const withoutParas = xml.replace(/<m:oMathPara\b[^>]*>([\s\S]*?)<\/m:oMathPara>/g, '$1');
  return [...withoutParas.matchAll(/<m:oMath\b[^>]*>([\s\S]*?)<\/m:oMath>/g)]
    .map((m) => [...m[1]!.matchAll(/<m:t(?:\s[^>]*)?>([^<]*)<\/m:t>/g)].map((t) => t[1]).join(''))
    .filter((t) => t.trim());
}

/**
 * The notes whose reference Word shows as a mark of the author's (Insert
 * Footnote → Custom mark: ①, *), by mammoth's id (`footnote-1`): mammoth
 * numbers every reference ([1]) and leaves the mark as text after it, so
 * `《土地管理法》[1]①` read a number the page never showed. The mark is the
 * run right after the reference.
 */
export function customNoteMarks(xml: string): Set<string> {
  const marks = new Set<string>();
  for (const m of xml.matchAll(/<w:(footnote|endnote)Reference\b([^>]*)\/>/g)) {
    if (!/w:customMarkFollows="(?:1|true|on)"/.test(m[2]!)) continue;
    const id = /w:id="(-?\d+)"/.exec(m[2]!)?.[1];
    const mark = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/.exec(xml.slice(m.index + m[0].length, m.index + m[0].length + 600))?.[1]?.trim();
    if (id && mark) marks.add(`${m[1]}-${id}`);
  }
  return marks;
}

/** What mammoth reads: the .docx (the same bytes when nothing changes) without its hidden text, with its simple fields' results and its symbols as text. */
export function readableDocument(bytes: Uint8Array, xml = readZipEntry(bytes, DOCUMENT)): { bytes: Uint8Array; hidden: string[] } {
  if (!xml) return { bytes, hidden: [] };
  const cleaned = HIDDEN.test(xml) ? removeHiddenRuns(xml) : { xml, texts: [] };
  const readable = symbolsAsText(unwrapSimpleFields(cleaned.xml));
  if (readable === xml) return { bytes, hidden: [] };
  // The zip's sizes were checked before (zip-limits.ts); only the document part changes.
  const files = unzipSync(bytes);
  files[DOCUMENT] = strToU8(readable);
  return { bytes: zipSync(files), hidden: cleaned.texts };
}

/** A reviewer's marks a .docx still holds: mammoth reads its text as if every tracked change were accepted. */
export interface ReviewMarks {
  /** Texts of tracked deletions (left out, as mammoth leaves them). */
  deleted: string[];
  /** Tracked insertions with text (kept). */
  insertions: number;
  /** Tracked moves (read at their new place). */
  moves: number;
  /** The comments' own texts (left out: they are the reviewer's words). */
  comments: string[];
}

/** The text of a stretch of WordprocessingML: its `w:t` and `w:delText` runs. */
function runTexts(xml: string): string {
  return decodeXML([...xml.matchAll(/<w:(t|delText)(?:\s[^>]*)?>([^<]*)<\/w:\1>/g)].map((m) => m[2]).join(''));
}

/**
 * The tracked changes and comments of `document.xml` (and `comments.xml`),
 * so the import can say it read the text with every change accepted (tester,
 * 2026-12-03: a .docx under review imported silently, where Word's HTML of
 * the same file warned). A mark on a paragraph's own properties
 * (`<w:del …/>` in `w:rPr`) holds no text and is not counted.
 */
export function reviewMarks(xml: string, commentsXml: string | null): ReviewMarks {
  const spans = (tag: string) => [...xml.matchAll(new RegExp(`<w:${tag}\\b(?:[^>]*[^/>])?>([\\s\\S]*?)</w:${tag}>`, 'g'))].map((m) => runTexts(m[1]!)).filter((t) => t.trim());
  const comments = commentsXml ? [...commentsXml.matchAll(/<w:comment\b[^>]*>([\s\S]*?)<\/w:comment>/g)].map((m) => runTexts(m[1]!).trim()).filter(Boolean) : [];
  return { deleted: spans('del'), insertions: spans('ins').length, moves: spans('moveTo').length, comments };
}

/** What mammoth leaves out of a document, or reads otherwise than Word shows it, read from its XML for the reader and the report. */
export interface UnreadParts {
  /** Text boxes drawn only as DrawingML (unreadTextBoxes). */
  boxes: string[];
  /** Equations' texts (equationTexts). */
  equations: string[];
  /** Notes with the author's own mark (customNoteMarks). */
  noteMarks: Set<string>;
  /** Tracked changes and comments (reviewMarks); null without a document part. */
  review: ReviewMarks | null;
}

/** A document with none of them (no document part). */
export const NOTHING_UNREAD: UnreadParts = { boxes: [], equations: [], noteMarks: new Set(), review: null };

/** The {@link UnreadParts} of a .docx whose document part is `documentXml`. */
export function unreadParts(bytes: Uint8Array, documentXml: string | null | undefined): UnreadParts {
  if (!documentXml) return NOTHING_UNREAD;
  return {
    boxes: unreadTextBoxes(documentXml),
    equations: equationTexts(documentXml),
    noteMarks: customNoteMarks(documentXml),
    review: reviewMarks(documentXml, readZipEntry(bytes, 'word/comments.xml')),
  };
}
