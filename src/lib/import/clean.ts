/**
 * Cleaning of extraction artefacts that Word/PDF exports leave in plan texts,
 * without changing the words: bookmark markers, zero-width characters, BOM,
 * spaces that a justified or spaced-out layout put between Chinese characters.
 * Suspicious text (mismatched brackets) is reported, never corrected: the
 * wording of a plan is the authority's, not ours.
 */
import type { Diagnostic } from './types.ts';

/** `[bookmark: _GoBack]` and similar markers some docx-to-text tools emit. */
const BOOKMARK = /\[bookmark:[^\]\n]*\]/gi;
/**
 * Zero-width and invisible characters (BOM, ZWSP, ZWNJ, ZWJ, word joiner, soft
 * hyphen) and the controls of text direction (LRM, RLM, the embeddings,
 * overrides and isolates U+202A–202E, U+2066–2069): they change how a line is
 * shown, never what it says, and an override would show the plan's words
 * reordered (tester, 2026-12-03).
 */
const INVISIBLE = /[\uFEFF\u200B-\u200F\u2060\u00AD\u202A-\u202E\u2066-\u2069]/g;
/** C0 controls other than tab and newline (form feed is handled as a page break before this). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Remove bookmark markers, invisible characters and stray control characters from one line. */
export function removeArtefacts(line: string): string {
  return line.replace(BOOKMARK, '').replace(INVISIBLE, '').replace(CONTROL, '').replace(/\u00A0/g, ' ');
}

/**
 * Characters of Chinese running text: Han ideographs, CJK punctuation,
 * full-width forms, and the general punctuation Chinese uses (“”‘’—…·).
 */
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF60\\uFFE0-\\uFFEE\\u2014\\u2018-\\u201F\\u2026\\u00B7\\u2E3A';
/** One character of Chinese running text (a Han character, CJK punctuation or a full-width form). */
export const CJK_CHARACTER = new RegExp(`[${CJK}]`, 'u');
/** A Han character. */
export const HAN = /\p{Script=Han}/u;
/** A gap of two or more spaces between Chinese characters: justified or spaced-out layout (总　　则). */
const WIDE_GAP = new RegExp(`(?<=[${CJK}])[ \\u3000]{2,}(?=[${CJK}])`, 'gu');
/** A gap of two or more spaces between two Chinese words of two characters or more (城关镇  河东镇). */
const WORD_GAP = /(?<=\p{Script=Han}{2})[ \u3000]{2,}(?=\p{Script=Han}{2})/gu;
/** One space inside a letter-spaced run (总 体 要 求): a single character stands on one side of it. */
const LETTER_GAP = new RegExp(`(?<=(?:^|[ \\u3000])[${CJK}])[ \\u3000](?=[${CJK}])|(?<=[${CJK}])[ \\u3000](?=[${CJK}](?:$|[ \\u3000]))`, 'gu');

/** Chinese punctuation (，。、；：“”《》（） …): a space beside it separates no words. */
const CJK_PUNCT = '\\u3001-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF60\\u2014\\u2018-\\u201F\\u2026';
const PUNCT_GAP = new RegExp(`(?<=[${CJK_PUNCT}])[ \\u3000]+(?=[${CJK}])|(?<=[${CJK}])[ \\u3000]+(?=[${CJK_PUNCT}])`, 'gu');

/**
 * Close up letter-spaced runs between Chinese characters (总  则 → 总则,
 * 名 词 解 释 → 名词解释). A single space between two words stays: it is the
 * plan's (《中共中央 国务院关于……》), and the importer never changes words.
 * A wider gap between two words is closed up as a justified line's stretch,
 * unless `words` is `keep` (a line nothing stretched: 城关镇  河东镇 → 城关镇 河东镇).
 */
export function collapseCjkSpaces(text: string, words: 'close' | 'keep' = 'close'): string {
  // `keep`: a line no layout stretched (a paragraph's last line, a Word paragraph), whose wide gaps between words are the author's.
  const gaps = words === 'keep' ? text.replace(WORD_GAP, ' ') : text;
  return gaps.replace(WIDE_GAP, '').replace(LETTER_GAP, '').replace(PUNCT_GAP, '');
}

/**
 * A character's width in a printed or laid-out line, in columns: Latin
 * letters, digits and ASCII punctuation take one, a Chinese character or
 * any full-width form two (a layout export aligns by these; a PDF's line of
 * Chinese with 2021年至2035年 in it holds more characters than one without).
 */
export function printedColumns(ch: string): number {
  return ch <= '\u00ff' ? 1 : 2;
}

/** Wide (East Asian Width W or F) characters, which pandoc counts as two display columns. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * A character's width as pandoc lays out a table: two for a wide character,
 * one for ≥, ±, — (East Asian Width "ambiguous"), where {@link printedColumns}
 * (pdftotext's layout) counts every character above U+00FF as two.
 */
export function displayWidth(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

/** The columns `text` takes, each character as `width` counts it and a tab as four. */
export function columnsOf(text: string, width: (ch: string) => number = printedColumns): number {
  let n = 0;
  for (const ch of text) n += ch === '\t' ? 4 : width(ch);
  return n;
}

/** Leading whitespace width: a full-width space counts 2, a tab 4. */
export function indentWidth(line: string): number {
  let w = 0;
  for (const ch of line) {
    if (ch === ' ') w += 1;
    else if (ch === '\u3000') w += 2;
    else if (ch === '\t') w += 4;
    else break;
  }
  return w;
}

/** Whether a character is a Chinese character or Chinese punctuation. */
export function isCjk(ch: string): boolean {
  return new RegExp(`^[${CJK}]$`, 'u').test(ch);
}

const PAIRS: Record<string, string> = {
  '（': '）', '(': ')', '〔': '〕', '【': '】', '《': '》', '“': '”', '‘': '’', '「': '」', '『': '』', '[': ']', '〈': '〉', '［': '］',
};
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/** A list marker at the start of an item (1) 规划范围, 2）…, a) …): its closing bracket opens nothing. */
const LIST_MARKER_END = /(?:^|[\s\u3000。；;：:，,、])[0-9０-９]{1,2}$|(?:^|[\s\u3000。；;：:，,、])[a-zA-Z一二三四五六七八九十]{1,3}$/;

function isListMarkerCloser(chars: string[], i: number): boolean {
  if (chars[i] !== ')' && chars[i] !== '）') return false;
  // Four characters back: a marker is at most three long, so ^ only matches at the text's real start.
  return LIST_MARKER_END.test(chars.slice(Math.max(0, i - 4), i).join(''));
}

/**
 * Report mismatched brackets and quotes in one paragraph (〔2019] is a 〔 closed
 * by ]). Only reports: the text is kept as it is. `line` is the paragraph's
 * line, or a function from a character index (in code points) to its line. ‘ and ’ are skipped when used
 * as apostrophes between Latin letters.
 */
export function checkBrackets(text: string, line: number | null | ((charIndex: number) => number | null)): Diagnostic[] {
  const lineAt = typeof line === 'function' ? line : () => line;
  const found: Diagnostic[] = [];
  const stack: { ch: string; at: number }[] = [];
  const chars = [...text];
  const excerpt = (at: number) => chars.slice(Math.max(0, at - 12), at + 12).join('');
  chars.forEach((ch, i) => {
    if (ch === '’' && /[A-Za-z]/.test(chars[i - 1] ?? '') && /[A-Za-z]/.test(chars[i + 1] ?? '')) return;
    if (PAIRS[ch]) {
      stack.push({ ch, at: i });
      return;
    }
    const opener = CLOSERS.get(ch);
    if (!opener) return;
    // 1) a) 一) ①) — a list marker's bracket has no opener by design.
    if (!stack.some((s) => s.ch === opener) && isListMarkerCloser(chars, i)) return;
    const top = stack.at(-1);
    if (top && top.ch === opener) {
      stack.pop();
      return;
    }
    // A closer that matches an opener further down closes it (the ones above are unclosed).
    const k = stack.map((s) => s.ch).lastIndexOf(opener);
    if (top) {
      found.push({
        severity: 'warning',
        line: lineAt(i),
        message: `mismatched brackets: “${top.ch}” closed by “${ch}” (kept as in the source)`,
        text: excerpt(i),
      });
      stack.pop();
      if (k >= 0 && k < stack.length) stack.splice(k, 1);
    } else {
      found.push({ severity: 'warning', line: lineAt(i), message: `closing “${ch}” without an opening “${opener}” (kept as in the source)`, text: excerpt(i) });
    }
  });
  for (const s of stack) {
    found.push({ severity: 'warning', line: lineAt(s.at), message: `“${s.ch}” is never closed in this paragraph (kept as in the source)`, text: excerpt(s.at) });
  }
  return found;
}


/**
 * The lines of one table cell (its paragraphs, or lines split by a line break)
 * as one text: nothing between two Chinese characters (耕地 / 保有量: a wrap),
 * a space elsewhere (PM2.5 / 浓度). Shared by the readers of HTML tables.
 */
export function joinCellLines(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .reduce((out, l) => (!out ? l : CJK_CHARACTER.test([...out].at(-1)!) && CJK_CHARACTER.test(String.fromCodePoint(l.codePointAt(0)!)) ? out + l : `${out} ${l}`), '');
}

/** A line with nothing but spaces on it (or none at all). */
export function isBlankLine(line: string | undefined): boolean {
  return !line?.trim();
}
