/**
 * What a Word file holds that mammoth would read wrongly or not at all.
 *
 * Hidden text (Font → Hidden, `w:vanish`): an editor's note
 * or a draft passage the printed plan does not show. mammoth reads it like
 * any other text, so the runs that hide themselves are taken out of the
 * document before it is read, and the report quotes what was left out.
 * Paragraphs stay where they are (a fully hidden one is left empty), so the
 * automatic numbering read from the same document still lines up.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readZipEntry } from './docx-numbering.ts';

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

/** The .docx without its hidden text (the same bytes when it has none), and the hidden texts. */
export function withoutHiddenText(bytes: Uint8Array, xml = readZipEntry(bytes, DOCUMENT)): { bytes: Uint8Array; texts: string[] } {
  if (!xml || !HIDDEN.test(xml)) return { bytes, texts: [] };
  const cleaned = removeHiddenRuns(xml);
  if (cleaned.xml === xml) return { bytes, texts: [] };
  // The zip's sizes were checked before (zip-limits.ts); only the document part changes.
  const files = unzipSync(bytes);
  files[DOCUMENT] = strToU8(cleaned.xml);
  return { bytes: zipSync(files), texts: cleaned.texts };
}
