/**
 * What kind of file the importer was given, and its text. Plan texts from
 * Chinese offices often arrive in GB18030/GBK (Windows "ANSI" on a Chinese
 * system); those are detected and converted, anything else that is not UTF-8
 * is refused with a message rather than imported as mojibake.
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

export type InputFormat = 'text' | 'docx' | 'html';

export class InputFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFormatError';
  }
}

/**
 * Tell the format from the first bytes (not the file name, which may lie):
 * a zip is a .docx; PDF, RTF, legacy .doc and other binaries are refused.
 */
export function detectFormat(bytes: Uint8Array, fileName = ''): InputFormat {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'docx';
  const ascii = head.toString('latin1');
  if (ascii.startsWith('%PDF')) {
    throw new InputFormatError(`${fileName || 'the input'} is a PDF: export the text (Word → .docx, or a UTF-8 .txt) and import that`);
  }
  if (ascii.startsWith('{\\rtf')) {
    throw new InputFormatError(`${fileName || 'the input'} is RTF: save it as .docx or UTF-8 .txt and import that`);
  }
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new InputFormatError(`${fileName || 'the input'} is a Word 97–2003 .doc (or another OLE file): save it as .docx and import that`);
  }
  // HTML (Word's "Save as Web Page", a browser's "Save as"): tags, not plain text.
  const start = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<\?xml[^>]*>\s*<html)/.test(start) || /\.html?$/i.test(fileName)) return 'html';
  // Named .docx but not a zip: a damaged file, or another format renamed (tester, 2026-12-03: it was told to import a .docx).
  if (/\.docx$/i.test(fileName)) {
    throw new InputFormatError(`${fileName} is named .docx but is not a Word file (a .docx is a zip archive, and this file is not one): it is damaged or another format renamed; open it in Word and save it again as .docx`);
  }
  if (/\.(pdf|doc|xls|xlsx|pptx?|zip|png|jpe?g|gif)$/i.test(fileName)) {
    throw new InputFormatError(`${fileName}: unknown format (expected a .txt/.md plan text or a .docx)`);
  }
  return 'text';
}

/** The decoded text and the encoding it was read from. */
export interface DecodedText {
  text: string;
  encoding: string;
}

function isUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Whether a UTF-16 code unit is something a plan text holds: CJK, ASCII, CJK or full-width punctuation. */
function plausibleUnit(u: number): boolean {
  return (
    (u >= 0x20 && u < 0x7f) || u === 0x0a || u === 0x0d || u === 0x09 ||
    (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef) || (u >= 0x2000 && u <= 0x206f)
  );
}

/**
 * UTF-16 without a byte-order mark (some Windows tools write it). Such text
 * has zero bytes (every line break and digit has one), which UTF-8 and
 * GB18030 text never has; read both ways, the right byte order gives nearly
 * only characters a plan holds, the wrong one gives noise.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4 || !bytes.subarray(0, n).includes(0)) return null;
  const units = n / 2;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (plausibleUnit(bytes[i]! | (bytes[i + 1]! << 8))) le++;
    if (plausibleUnit((bytes[i]! << 8) | bytes[i + 1]!)) be++;
  }
  if (le >= units * 0.9 && le > be) return 'utf-16le';
  if (be >= units * 0.9 && be > le) return 'utf-16be';
  return null;
}

/** Where the first U+0000 is, as a line number, or null. */
function nulLine(text: string): number | null {
  const at = text.indexOf('\u0000');
  return at < 0 ? null : text.slice(0, at).split('\n').length;
}

/**
 * One rule for NUL, whatever the encoding and wherever it is: plan text never
 * holds one, so the file is binary or damaged, and is refused with the line.
 */
function refuseNul(text: string, name: string): void {
  const line = nulLine(text);
  if (line !== null) {
    throw new InputFormatError(`${name}: a NUL character at line ${line}: this is not a plain text file, or it is damaged; import a UTF-8, GB18030 or UTF-16 .txt, or a .docx`);
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputFormatError(`${name} looks like ${encoding.toUpperCase()} but does not decode as it: re-save it as UTF-8 and import again`);
  }
}

/**
 * Decode a plan text: UTF-8 (with or without BOM), UTF-16 with or without
 * BOM, or GB18030/GBK/GB2312. Throws {@link InputFormatError} for binaries
 * and for text in any other encoding.
 */
export function decodeText(bytes: Uint8Array, fileName = ''): DecodedText {
  const name = fileName || 'the input';
  const bom = isUtf16(bytes);
  const utf16 = bom ?? utf16WithoutBom(bytes);
  if (utf16) {
    const text = decodeUtf16(bom ? bytes.subarray(2) : bytes, utf16, name);
    refuseNul(text, name);
    return { text, encoding: bom ? utf16 : `${utf16} without BOM` };
  }
  const sample = bytes.subarray(0, 65536);
  if (bytes.includes(0)) refuseNul(Buffer.from(bytes).toString('latin1'), name);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to detection.
  }
  // Mostly UTF-8 lines with a few in another encoding: decoding the whole as GB18030 would garble the UTF-8 ones.
  if (hasForeignLines(bytes)) throw new InputFormatError(brokenUtf8Message(name, bytes));
  const guess = jschardet.detect(Buffer.from(sample));
  const enc = (guess.encoding ?? '').toLowerCase();
  // jschardet names GB text "GB2312" (it also covers GBK/GB18030); decoding as
  // GB18030 is a superset and loses nothing. Big5 is Chinese but traditional:
  // refuse it rather than guess.
  if (/^(gb2312|gbk|gb18030|gb_2312|x-gbk)/.test(enc)) {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
  if (looksLikeGb18030(bytes)) {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
  if (/^(utf-8|ascii)$/.test(enc) || mostlyUtf8(bytes)) {
    throw new InputFormatError(brokenUtf8Message(name, bytes));
  }
  throw new InputFormatError(
    `${name} is neither UTF-8 nor GB18030/GBK text (detected: ${guess.encoding ?? 'unknown'}): convert it to UTF-8 (e.g. iconv -f <encoding> -t utf-8) and import again`,
  );
}

/**
 * Whether every non-ASCII byte sequence is a valid GB18030 two- or four-byte
 * character and most of them are in the GB2312 Chinese range. jschardet can
 * misname short GB texts; this structural check confirms them.
 */
export function looksLikeGb18030(bytes: Uint8Array): boolean {
  let chinese = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff) return false;
    const b2 = bytes[i + 1];
    if (b2 === undefined) return false;
    if (b2 >= 0x30 && b2 <= 0x39) {
      // Four-byte sequence.
      const b3 = bytes[i + 2];
      const b4 = bytes[i + 3];
      if (b3 === undefined || b4 === undefined || b3 < 0x81 || b3 > 0xfe || b4 < 0x30 || b4 > 0x39) return false;
      other++;
      i += 3;
      continue;
    }
    if (b2 < 0x40 || b2 === 0x7f || b2 === 0xff) return false;
    if (b >= 0xb0 && b <= 0xf7 && b2 >= 0xa1) chinese++;
    else if (b >= 0xa1 && b <= 0xa9 && b2 >= 0xa1) chinese++; // GB2312 punctuation (，。《》)
    else other++;
    i += 1;
  }
  return chinese > 0 && chinese >= other * 2;
}

/** Mostly UTF-8 with some broken bytes: where the first one is. */
function brokenUtf8Message(name: string, bytes: Uint8Array): string {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const at = lossy.indexOf('\uFFFD');
  const line = lossy.slice(0, at).split('\n').length;
  return `${name}: invalid UTF-8 at line ${line} (near “${lossy.slice(Math.max(0, at - 10), at + 10).replace(/\s+/g, ' ')}”): the file is damaged or mixes encodings; re-export it as UTF-8`;
}

/**
 * Whether a UTF-8 text has a few lines in another encoding (a GBK line pasted
 * into it): most lines with Chinese are UTF-8, some are not (the error names
 * the first, brokenUtf8Message). A short file has too few bytes for {@link mostlyUtf8} to judge
 * (tester, 2026-12-03: one GBK line in ten read as “Johab”).
 */
export function hasForeignLines(bytes: Uint8Array): boolean {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let utf8 = 0;
  let foreign = 0;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const row = bytes.subarray(start, end);
    if (row.some((b) => b >= 0x80)) {
      try {
        strict.decode(row);
        utf8++;
      } catch {
        foreign++;
      }
    }
    start = end + 1;
  }
  return foreign > 0 && utf8 >= 3 && foreign * 3 <= utf8;
}

/** Whether nearly all multi-byte sequences are well-formed UTF-8 (a UTF-8 file with a few damaged bytes). */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const n = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += n;
    } else invalid++;
  }
  return valid >= 10 && invalid <= valid * 0.05;
}
