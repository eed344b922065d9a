/**
 * Numbering schemes: how a plan text prints the numbers of its chapters,
 * sections and articles. The parser reads headings only through a scheme, so
 * a new shape of text is a new entry in {@link SCHEMES}, not branches spread
 * through the parser (issue 11).
 */
import { parseNumeral, toChineseNumeral } from '../numerals.ts';

/** The three levels of the content model. */
export type HeadingKind = 'chapter' | 'section' | 'article';

/** A heading read at a line start. */
export interface HeadingMatch {
  kind: HeadingKind;
  /** The number within its sequence (1…), or null when the numeral cannot be read. */
  number: number | null;
  /** The numeral as printed, spaces removed (十八, 18, １８). */
  numeral: string;
  /** Everything after the number (and its unit), untrimmed. */
  rest: string;
  /** A separator (or nothing) follows the number. */
  separated: boolean;
}

/** One way of numbering headings. */
export interface NumberingScheme {
  /** The value of `--numbering` and of `numbering` in `_version.yaml`. */
  id: SchemeId;
  /** What the scheme looks like, for the import report. */
  description: string;
  /** Read a heading of this scheme at the start of a line; null when there is none. */
  match(text: string): HeadingMatch | null;
  /** A heading's number as this scheme prints it, for messages (第三章). */
  print(kind: HeadingKind, n: number): string;
}

export type SchemeId = 'law';

const NUM_CHARS = '零〇一二两三四五六七八九十百千0-9０-９';
/** 第 + numeral + 章/节/条 at a line start; spaced-out headings (第 一 章) are accepted. */
const LAW_HEADING = new RegExp(`^第[\\s\\u3000]*([${NUM_CHARS}](?:[${NUM_CHARS}\\s\\u3000]*[${NUM_CHARS}])?)[\\s\\u3000]*(章|节|節|条|條)([\\s\\S]*)$`);
/** What may follow a heading number: whitespace, a colon, a dot or an enumeration comma. */
const SEPARATOR = /^[\s\u3000:：、.．]/;
const LAW_UNIT: Record<HeadingKind, string> = { chapter: '章', section: '节', article: '条' };

/** Law-shaped text: 第一章 / 第一节 / 第一条 (Chinese, Arabic or full-width numerals). */
const law: NumberingScheme = {
  id: 'law',
  description: '第X章 / 第X节 / 第X条 headings',
  match(text) {
    const m = LAW_HEADING.exec(text);
    if (!m) return null;
    const numeral = m[1]!.replace(/[\s\u3000]/g, '');
    const unit = m[2]!;
    const kind: HeadingKind = unit === '章' ? 'chapter' : unit === '节' || unit === '節' ? 'section' : 'article';
    const rest = m[3]!;
    const n = parseNumeral(numeral);
    return { kind, number: n !== null && n >= 1 ? n : null, numeral, rest, separated: rest === '' || SEPARATOR.test(rest) };
  },
  print: (kind, n) => `第${toChineseNumeral(n)}${LAW_UNIT[kind]}`,
};

/** Every scheme the importer reads, by id. */
export const SCHEMES: Record<SchemeId, NumberingScheme> = { law };
