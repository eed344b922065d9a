/**
 * Word's automatic numbering, recovered. Chinese plan documents often number
 * their headings with a multilevel list (第%1章, 第%1节, 第%1条) and their
 * enumerations with list formats （%1） or %1., so the numbers are not in the
 * text at all and mammoth (which keeps text only) drops them. This module
 * reads `word/numbering.xml`, `word/styles.xml` and `word/document.xml`
 * straight from the .docx zip, replays Word's counters paragraph by paragraph,
 * and returns each paragraph's label (第一章, （二）, 3.) with its text, so the
 * importer can put the label back in front of the paragraph mammoth gives.
 */
import { inflateRawSync } from 'node:zlib';
import { toChineseNumeral } from '../numerals.ts';
import { MAX_DOCX_PART, zipEntries } from './zip-limits.ts';

/** Read one file from a zip archive (stored or deflated); null when absent. */
export function readZipEntry(zip: Uint8Array, name: string): string | null {
  const entry = zipEntries(zip)?.find((e) => e.name === name);
  if (!entry) return null;
  const data = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength).subarray(entry.dataStart, entry.dataStart + entry.compressed);
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_DOCX_PART }).toString('utf8');
  return null;
}

const attr = (xml: string, tag: string, name = 'w:val'): string | undefined => {
  const m = new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml);
  return m?.[1];
};

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  /** w:lvlRestart: the (1-based) level after whose use this one starts again; 0 never; absent, after any level above it. */
  restart?: number;
  /** w:isLgl: every number in this level's text is shown in Arabic digits (第一章 → 1.1). */
  legal: boolean;
}

const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** A counter value in a Word number format (w:numFmt). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return n >= 0 && n <= 9999 ? toChineseNumeral(n) : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'chineseLegalSimplified':
      return n < 10 ? LEGAL[n]! : toChineseNumeral(n).replace(/[一二三四五六七八九]/g, (d) => LEGAL['零一二三四五六七八九'.indexOf(d)]!).replace(/十/g, '拾').replace(/百/g, '佰').replace(/千/g, '仟');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'lowerLetter':
      return String.fromCharCode(97 + ((n - 1) % 26));
    case 'upperLetter':
      return String.fromCharCode(65 + ((n - 1) % 26));
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function readLevels(xml: string): Map<string, Level> {
  const levels = new Map<string, Level>();
  for (const m of xml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
    const body = m[2]!;
    levels.set(m[1]!, {
      start: Number(attr(body, 'w:start') ?? 1),
      format: attr(body, 'w:numFmt') ?? 'decimal',
      text: decodeXml(attr(body, 'w:lvlText') ?? ''),
      suffix: attr(body, 'w:suff') ?? 'tab',
      ...(attr(body, 'w:lvlRestart') !== undefined ? { restart: Number(attr(body, 'w:lvlRestart')) } : {}),
      legal: /<w:isLgl(?:\s+w:val="(?:true|1|on)")?\s*\/>/.test(body),
    });
  }
  return levels;
}

/** One list of the document (a w:num): its levels, and the counters it shares. */
interface NumberingInstance {
  levels: Map<string, Level>;
  /**
   * Whose counters it counts on: lists of one abstract definition continue
   * one another in Word, unless a list overrides a level (restart numbering).
   */
  counter: string;
}

/** The numbering definitions: numId → its levels (with start overrides) and counters. */
function readNumbering(xml: string): Map<string, NumberingInstance> {
  const abstract = new Map<string, Map<string, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) abstract.set(m[1]!, readLevels(m[2]!));
  const nums = new Map<string, NumberingInstance>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attr(m[2]!, 'w:abstractNumId') ?? '';
    const base = abstract.get(abstractId);
    if (!base) continue;
    const levels = new Map([...base].map(([k, v]) => [k, { ...v }]));
    let overridden = false;
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const level = levels.get(o[1]!);
      const start = attr(o[2]!, 'w:startOverride');
      if (level && start !== undefined) level.start = Number(start);
      const replaced = readLevels(o[2]!).get(o[1]!);
      if (replaced) levels.set(o[1]!, replaced);
      overridden ||= start !== undefined || !!replaced;
    }
    nums.set(m[1]!, { levels, counter: overridden ? `num ${m[1]}` : `abstract ${abstractId}` });
  }
  return nums;
}

/** Paragraph styles that carry numbering (heading styles linked to a multilevel list), following basedOn. */
function readStyleNumbering(xml: string): Map<string, { numId: string; ilvl: string }> {
  const raw = new Map<string, { numId?: string; ilvl?: string; basedOn?: string }>();
  for (const m of xml.matchAll(/<w:style\b[^>]*w:type="paragraph"[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = m[2]!;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1] ?? '';
    raw.set(m[1]!, { numId: attr(numPr, 'w:numId'), ilvl: attr(numPr, 'w:ilvl'), basedOn: attr(body, 'w:basedOn') });
  }
  const out = new Map<string, { numId: string; ilvl: string }>();
  for (const id of raw.keys()) {
    let s = raw.get(id);
    let numId: string | undefined;
    let ilvl: string | undefined;
    for (let depth = 0; s && depth < 10; depth++) {
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      s = s.basedOn ? raw.get(s.basedOn) : undefined;
    }
    if (numId !== undefined && numId !== '0') out.set(id, { numId, ilvl: ilvl ?? '0' });
  }
  return out;
}

/** Each paragraph of the document body in order: its text and the label Word shows before it. */
export function paragraphLabels(documentXml: string, numberingXml: string | null, stylesXml: string | null): { text: string; label: string }[] {
  const nums = numberingXml ? readNumbering(numberingXml) : new Map<string, NumberingInstance>();
  const styles = stylesXml ? readStyleNumbering(stylesXml) : new Map<string, { numId: string; ilvl: string }>();
  const counters = new Map<string, number[]>();
  const out: { text: string; label: string }[] = [];
  // A text box's paragraphs stand inside the paragraph that anchors it: out of the way, the anchor is read whole.
  const xml = documentXml.replace(/<w:txbxContent\b[\s\S]*?<\/w:txbxContent>/g, '');
  for (const m of xml.matchAll(/<w:p\b(?:[^>]*[^/])?>([\s\S]*?)<\/w:p>/g)) {
    const body = m[1]!;
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join('');
    // A paragraph deleted with track changes (its mark and all its text): Word, showing the result, numbers it not.
    if (!text && /<w:rPr>[\s\S]*?<w:del\b[\s\S]*?<\/w:rPr>/.test(pPr)) {
      out.push({ text, label: '' });
      continue;
    }
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const style = styles.get(attr(pPr, 'w:pStyle') ?? '');
    const numId = numPr ? attr(numPr, 'w:numId') : style?.numId;
    const ilvl = (numPr ? attr(numPr, 'w:ilvl') : undefined) ?? style?.ilvl ?? '0';
    const list = numId && numId !== '0' ? nums.get(numId) : undefined;
    const levels = list?.levels;
    const level = levels?.get(ilvl);
    if (!levels || !level || level.format === 'bullet') {
      out.push({ text, label: '' });
      continue;
    }
    const k = Number(ilvl);
    const c = counters.get(list!.counter) ?? [];
    // A counter starts at its start value; deeper levels restart below it unless their w:lvlRestart says otherwise.
    c[k] = c[k] === undefined ? level.start : c[k]! + 1;
    for (let d = k + 1; d < 9; d++) if (k < (levels.get(String(d))?.restart ?? d)) c[d] = undefined as unknown as number;
    counters.set(list!.counter, c);
    const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const lv = levels.get(String(i));
      return formatNumber(c[i] ?? lv?.start ?? 1, level.legal ? 'decimal' : (lv?.format ?? 'decimal'));
    });
    const suffix = level.suffix === 'nothing' ? '' : ' ';
    out.push({ text, label: label ? label + suffix : '' });
  }
  return out;
}
