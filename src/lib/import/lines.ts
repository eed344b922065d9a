/**
 * Plain text → {@link SourceLine}s: line endings, page breaks and artefacts
 * handled, indentation measured (a PDF export marks new paragraphs by it), and
 * line numbers kept so every message can name the line of the input.
 */
import { indentWidth, removeArtefacts } from './clean.ts';
import { debrisMessage, removeConverterDebris } from './debris.ts';
import { markMandatory } from '../mandatory.ts';
import { isTitleLike } from './text-shapes.ts';
import type { Diagnostic, SourceLine } from './types.ts';

/** Page-number lines of PDF exports: `- 12 -`, `第 3 页`, `第3页 共80页`, `3/80`. */
const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/**
 * Split decoded text into lines. Blank lines are kept (as empty text) because
 * they separate paragraphs; page-number lines are dropped with one warning.
 * `markdown` strips Markdown heading markers (`## 第十八条`) from .md input.
 */
export function textToLines(text: string, options: { markdown?: boolean } = {}): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const original = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const cleaned = removeConverterDebris(original);
  const raw = cleaned.lines;
  const lines: SourceLine[] = [];
  let pageBreak = false;
  let pageNumbers = 0;
  const boundaries: number[] = []; // indices in `lines` where a new page starts
  raw.forEach((rawLine, i) => {
    const table = cleaned.tables.get(i);
    if (table) {
      lines.push({ line: i + 1, text: '', indent: 0, table });
      return;
    }
    // A line that held only debris goes, like a page number: it was never a paragraph break.
    if (!rawLine.trim() && original[i]!.trim()) return;
    let s = rawLine;
    if (s.includes('\f')) {
      pageBreak = true;
      boundaries.push(lines.length);
      s = s.replace(/\f/g, '');
    }
    s = removeArtefacts(s);
    const indent = indentWidth(s);
    s = s.replace(/^[\s\u3000]+/, '').replace(/[\s\u3000]+$/, '');
    // Markdown input: heading markers and bold/italic markers around headings are layout, not text.
    const level = options.markdown ? /^(#{1,6})\s+/.exec(s)?.[1]!.length : undefined;
    if (options.markdown) s = markdownLine(s, !!level);
    // A bare number is a page number only next to a page break: elsewhere it may be content.
    const nearBreak = pageBreak || (raw[i + 1] ?? '').includes('\f');
    if (PAGE_NUMBER.test(s) || (/^\d{1,4}$/.test(s) && nearBreak)) {
      pageNumbers++;
      pageBreak = true;
      boundaries.push(lines.length);
      return;
    }
    lines.push({ line: i + 1, text: s, indent, ...(pageBreak && s ? { pageBreakBefore: true } : {}), ...(level && s ? { headingLevel: level } : {}) });
    if (s) pageBreak = false;
  });
  const debris = debrisMessage(cleaned.count);
  if (debris) diagnostics.push({ severity: 'warning', line: null, message: debris });
  if (pageNumbers > 0) {
    diagnostics.push({ severity: 'warning', line: null, message: `${pageNumbers} page-number line(s) of a PDF export removed` });
  }
  return { lines: removeRunningHeaders(lines, boundaries, diagnostics), diagnostics };
}

/**
 * One Markdown line as plan text: heading and quote markers dropped; bold
 * around a whole heading (or a short title line) is layout and dropped; bold,
 * `__…__` and `<u>` inside the text mark 强制性内容 and are kept as marks.
 */
function markdownLine(line: string, heading: boolean): string {
  const s = line.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '');
  const whole = /^(\*\*|__)([^*_]+)\1$/.exec(s);
  if (whole && (heading || isTitleLike(whole[2]!))) return whole[2]!;
  return markMandatory(s);
}

/**
 * Running headers and footers of a PDF export: a short line that stands next
 * to two or more page breaks (the first line after a break, or the last
 * before one) is page furniture, removed there. A chapter heading that opens
 * a page occurs once, so it is never mistaken for one.
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
  for (const b of new Set(boundaries)) {
    let after = b;
    while (after < lines.length && !lines[after]!.text) after++;
    let before = b - 1;
    while (before >= 0 && !lines[before]!.text) before--;
    note(after);
    note(before);
  }
  const drop = new Set<number>();
  for (const [, at] of edges) if (at.size >= 2) for (const k of at) drop.add(k);
  if (drop.size === 0) return lines;
  diagnostics.push({ severity: 'warning', line: null, message: `${drop.size} running header/footer line(s) of a PDF export removed (${[...new Set([...drop].map((k) => lines[k]!.text))].map((t) => `“${t}”`).join(', ')})` });
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
