/**
 * Numbering schemes: how a plan text prints the numbers of its chapters,
 * sections and articles. The parser reads headings only through a scheme, so
 * a new shape of text is a new entry here, not branches spread through the
 * parser (issue 11). {@link detectScheme} picks one and says why.
 */
import { NUMERAL_CLASS_CHARS, countedLabel, parseNumeral, toChineseNumeral, type CountedUnit } from '../numerals.ts';
import { collapseCjkSpaces } from './clean.ts';
import { GROUP_HEADING, groupLabel, isPlacePart, isTerminated, isTitleLike } from './text-shapes.ts';
import type { SourceLine } from './types.ts';
import { bareNumberValue, isBareNumber } from './page-numbers.ts';

/** The three levels of the content model. */
export type HeadingKind = 'chapter' | 'section' | 'article';

/** A heading read at a line start. */
export interface HeadingMatch {
  kind: HeadingKind;
  /** The number within its sequence (1…), or null when the numeral cannot be read. */
  number: number | null;
  /** The numeral as printed, spaces removed (十八, 18, １８, 1.2.3). */
  numeral: string;
  /** The whole number as printed: 第十八条, 1.2.3, （三）; '' when the text had none (a recovered number). */
  printed: string;
  /** Everything after the number (and its unit), untrimmed. */
  rest: string;
  /** A separator (or nothing) follows the number. */
  separated: boolean;
  /** For decimal numbers: every component (1.2.3 → [1, 2, 3]). */
  path?: number[];
}

/** The value of `--numbering` and of `numbering` in `_version.yaml`. */
export type SchemeId = 'law' | 'flat' | 'decimal' | 'outline' | 'headings';

/** One way of numbering headings. */
export interface NumberingScheme {
  id: SchemeId;
  /** What the scheme looks like, for the import report. */
  description: string;
  /** Read a heading of this scheme at the start of a line; null when there is none. */
  match(text: string, line?: SourceLine): HeadingMatch | null;
  /**
   * A heading's number as this scheme prints it, for messages (第三章, 1.2).
   * `within` is the printed number of the part it stands in (1.2 for an
   * article of section 1.2): a scheme whose numbers carry their parents'
   * (decimal) prints the whole path with it; the others ignore it.
   */
  print(kind: HeadingKind, n: number, within?: string): string;
  /** Articles numbered through the whole plan (law) or within their chapter or section (1.1.1, 1.). */
  articles: 'plan' | 'local';
  /** The text has no chapters: every article goes into one chapter (see docs/design.md). */
  flat?: boolean;
  /** An article candidate may be an item of an ordinary list inside a provision (`1.` in outline texts; see outline-lists.ts). */
  listItems?: boolean;
}

const NUM_CHARS = NUMERAL_CLASS_CHARS;
/** 第 + numeral + 章/节/条 at a line start; spaced-out headings (第 一 章) are accepted. */
const LAW_HEADING = new RegExp(`^第[\\s\\u3000]*([${NUM_CHARS}](?:[${NUM_CHARS}\\s\\u3000]*[${NUM_CHARS}])?)[\\s\\u3000]*(章|节|節|条|條)([\\s\\S]*)$`);
/** What may follow a heading number: whitespace, a colon, a dot or an enumeration comma. */
const SEPARATOR = /^[\s\u3000:：、.．]/;
const LAW_UNIT: Record<HeadingKind, CountedUnit> = { chapter: '章', section: '节', article: '条' };

function matchLaw(text: string): HeadingMatch | null {
  const m = LAW_HEADING.exec(text);
  if (!m) return null;
  const numeral = m[1]!.replace(/[\s\u3000]/g, '');
  const unit = m[2]!;
  const kind: HeadingKind = unit === '章' ? 'chapter' : unit === '节' || unit === '節' ? 'section' : 'article';
  const rest = m[3]!;
  const n = parseNumeral(numeral);
  // The unit as written: a text in Traditional characters keeps its 節 and 條.
  return { kind, number: n !== null && n >= 1 ? n : null, numeral, printed: `第${numeral}${unit}`, rest, separated: rest === '' || SEPARATOR.test(rest) };
}

const printLaw = (kind: HeadingKind, n: number) => countedLabel(n, LAW_UNIT[kind]);

/** Law-shaped text: 第一章 / 第一节 / 第一条 (Chinese, Arabic or full-width numerals). */
const law: NumberingScheme = { id: 'law', description: '第X章 / 第X节 / 第X条 headings', match: matchLaw, print: printLaw, articles: 'plan' };

/** The words a part heading is written with: 第一部分, 第一篇, 第一编, 第一分编. */
export type PartWord = '部分' | '篇' | '编' | '分编';

/** A part heading (第一部分, 第二篇, 第三编) read as a chapter whose printed number is the part's. */
function matchPart(text: string): HeadingMatch | null {
  const part = GROUP_HEADING.exec(text);
  // 上篇 / 下篇 have no number to read the parts as chapters by: they only group chapters (tree-builder.ts).
  if (!part || isPlacePart(part)) return null;
  const n = parseNumeral(part[1]!);
  return { kind: 'chapter', number: n !== null && n >= 1 ? n : null, numeral: part[1]!, printed: groupLabel(part), rest: part[3]!, separated: true };
}

/**
 * Rules grouped in parts instead of chapters (第一篇 总则 / 第一条 … 第二篇 …
 * / 第十条): the part is the chapter, 第X节 a section, and articles run
 * through the plan as in a law text. `word` is what the text calls its parts.
 */
export function lawUnderParts(word: PartWord = '部分'): NumberingScheme {
  return {
    id: 'law',
    description: `第X${word} / 第X节 / 第X条 headings, the parts as chapters`,
    match(text) {
      const part = matchPart(text);
      if (part) return part;
      // Only parts are chapters here (the scheme is chosen for texts without 第X章).
      const h = matchLaw(text);
      return h && h.kind !== 'chapter' ? h : null;
    },
    print: (kind, n) => (kind === 'chapter' ? `第${toChineseNumeral(n)}${word}` : printLaw(kind, n)),
    articles: 'plan',
  };
}

/** Rules without chapters: 第一条（目的和依据） … 第二十七条. */
const flat: NumberingScheme = {
  id: 'flat',
  description: '第X条 provisions without chapters',
  match: (text) => {
    const h = matchLaw(text);
    return h && h.kind === 'article' ? h : null;
  },
  print: printLaw,
  articles: 'plan',
  flat: true,
};

/** `1 总则`, `1.1 规划目的`, `1.1.1 …`, with or without 第: by depth, chapter / section / article. */
// A dot after a number of two levels or more, before a space, is the heading's punctuation (1.1. 规划目的), not a level.
const DECIMAL = /^第?[\s\u3000]*([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){0,3})(?:(?<=[.．][0-9０-９]{1,3})[.．](?=[\s\u3000]))?(?=[\s\u3000]|[\u4e00-\u9fff]|$)([\s\S]*)$/;

/** The decimal scheme by depth: chapter.section.article (detect-scheme.ts derives the two-level 1 / 1.1 from it). */
function decimal(): NumberingScheme {
  const kinds: HeadingKind[] = ['chapter', 'section', 'article'];
  return {
    id: 'decimal',
    description: 'decimal headings 1 / 1.1 / 1.1.1',
    match(text) {
      // 第一章 总则 (第1章) above 1.1 / 1.1.1: the chapter keeps its 第…章 as printed; a space or
      // the line's end must follow 章 (第1章程 is a word).
      const chapter = matchLaw(text);
      if (chapter?.kind === 'chapter' && /^(?:[\s\u3000]|$)/.test(chapter.rest)) {
        return { ...chapter, separated: true, ...(chapter.number !== null ? { path: [chapter.number] } : {}) };
      }
      const m = DECIMAL.exec(text);
      if (!m) return null;
      const numeral = m[1]!.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
      const path = numeral.split('.').map(Number);
      const kind = kinds[path.length - 1];
      // A bare 2035 or 1.5 starting a sentence is not a heading: depth 1 needs a space and a short title.
      if (!kind || path.some((n) => n < 1) || (path.length === 1 && (!/^[\s\u3000]/.test(m[2]!) || /[。；，]/.test(m[2]!)))) return null;
      // printed as written: １．１ stays full-width on the page (the plan's words are not changed).
      return { kind, number: path.at(-1)!, numeral, printed: m[1]!, rest: m[2]!, separated: m[2] === '' || /^[\s\u3000]/.test(m[2]!), path };
    },
    print: (kind, n, within) => (within !== undefined && kind !== 'chapter' ? `${within}.${n}` : `${kind} ${n}`),
    articles: 'local',
  };
}

/** 一、 (or 一． 一., as some texts print it) / （一） / 1. : chapter / section / article; （1） and ① stay list items inside an article. */
const OUTLINE = /^(?:([一二三四五六七八九十百]+)(?:、|[.．](?![0-9０-９]))|[（(]([一二三四五六七八九十百]+)[）)]|([0-9０-９]{1,2})(?:[.．](?![0-9０-９])|、))([\s\S]*)$/;

const outline: NumberingScheme = {
  id: 'outline',
  description: 'outline numbering 一、 / （一） / 1.',
  match(text) {
    const m = OUTLINE.exec(text);
    if (!m) return null;
    const kind: HeadingKind = m[1] ? 'chapter' : m[2] ? 'section' : 'article';
    const numeral = m[1] ?? m[2] ?? m[3]!;
    const n = parseNumeral(numeral);
    // As written: 一、 or 一．, and 1. 1． 1、 (an outline text prints its numbers as its own).
    const printed = m[2] ? `（${numeral}）` : text.slice(0, text.length - m[4]!.length);
    return { kind, number: n !== null && n >= 1 ? n : null, numeral, printed, rest: m[4]!, separated: true };
  },
  print: (kind, n) => (kind === 'chapter' ? `${toChineseNumeral(n)}、` : kind === 'section' ? `（${toChineseNumeral(n)}）` : `${n}.`),
  articles: 'local',
  listItems: true,
};

/**
 * Outline numbering in two levels (一、 / （一）), for a text whose （一） hold
 * the text and whose 1. are never provisions: 一、 is the chapter, （一） the
 * provision; a `1.` line stays a list item inside it.
 */
export const outlineTwo: NumberingScheme = {
  id: 'outline',
  description: 'outline numbering 一、 / （一）',
  match(text) {
    const h = outline.match(text);
    if (!h || h.kind === 'article') return null;
    return h.kind === 'section' ? { ...h, kind: 'article' } : h;
  },
  print: (kind, n) => (kind === 'chapter' ? `${toChineseNumeral(n)}、` : `（${toChineseNumeral(n)}）`),
  articles: 'local',
};

/**
 * The scheme one level up, for an outline text read with none of its
 * provisions: where the lowest level the scheme looked for (1., or （一）
 * under 第X章) never holds a provision, the level above it does.
 */
export function outlineOneUp(scheme: NumberingScheme): NumberingScheme | null {
  if (scheme === outline) return outlineTwo;
  if (scheme === outlineUnderChapters) return outlineUnderSections;
  return null;
}

/**
 * Outline numbering under a level of groups that number their own 一、: the
 * group is the chapter, 一、 the section and （一） the provision; a `1.` line
 * stays a list item inside its provision. `group` reads a group heading,
 * `printGroup` names one the text does not print (an expected or missing one).
 */
function outlineUnder(description: string, group: (text: string) => HeadingMatch | null, printGroup: (n: number) => string): NumberingScheme {
  return {
    id: 'outline',
    description,
    match(text) {
      const g = group(text);
      if (g) return g;
      const h = outline.match(text);
      if (!h || h.kind === 'article') return null;
      return { ...h, kind: h.kind === 'chapter' ? 'section' : 'article' };
    },
    print: (kind, n) => (kind === 'chapter' ? printGroup(n) : kind === 'section' ? `${toChineseNumeral(n)}、` : `（${toChineseNumeral(n)}）`),
    articles: 'local',
  };
}

/**
 * Outline texts grouped in parts whose 一、 restart in each part (第一部分 …
 * 一、 二、, 第二部分 … 一、). `word` is what the text calls its parts (部分, 篇…).
 */
export function outlineUnderParts(word: PartWord = '部分'): NumberingScheme {
  return outlineUnder(`outline numbering in parts: 第一${word} / 一、 / （一）`, matchPart, (n) => `第${toChineseNumeral(n)}${word}`);
}

/**
 * Outline texts under 第X章 chapters, with no 第X条 (第一章 规划总则 / 一、规划目的 /
 * （一）…): the shape of many county plan texts, whose 一、 start again in each chapter.
 */
export const outlineUnderChapters: NumberingScheme = outlineUnder(
  'outline numbering under chapters: 第一章 / 一、 / （一）',
  (text) => {
    const h = matchLaw(text);
    return h?.kind === 'chapter' ? h : null;
  },
  (n) => printLaw('chapter', n),
);

/**
 * 第X章 / 第X节 with outline provisions and no 第X条 (第一章 总则 / 第一节 规划目的 /
 * 一、指导思想): the 一、 are the provisions, numbered within their section;
 * （一） and 1. stay items inside a provision.
 */
export const outlineUnderSections: NumberingScheme = {
  id: 'outline',
  description: 'outline provisions under chapters and sections: 第一章 / 第一节 / 一、',
  match(text) {
    const h = matchLaw(text);
    if (h) return h.kind === 'article' ? null : h;
    const o = outline.match(text);
    return o?.kind === 'chapter' ? { ...o, kind: 'article' } : null;
  },
  print: (kind, n) => (kind === 'article' ? `${toChineseNumeral(n)}、` : printLaw(kind, n)),
  articles: 'local',
};

/** A heading numbered with digits alone (a decimal chapter 3, as a table's 序号 3 or a list's item 3 also reads). */
export function isBareNumbered(h: HeadingMatch): boolean {
  return /^[0-9０-９]+$/.test(h.printed);
}

/** A chapter written with a dot or 、 after its number (1. 总则, 1.总则, 2．目标, 3、实施): the number and the title. */
const DOTTED_CHAPTER = /^([0-9０-９]{1,3})[.．、][\s\u3000]*([^\s\u3000。；，][^。；，]{0,28})$/;

/**
 * A decimal scheme that also reads chapters written with a dot or 、 (1. 总则,
 * 1、总则 / 1.1 规划目的): such a line is a chapter only where the next line with text is
 * its first section or article (N.1), as a list item 1. … inside a provision
 * never is, and only in a text with no chapter written without the dot.
 * Returns `scheme` itself when the text has none.
 */
export function withDottedChapters(scheme: NumberingScheme, lines: readonly SourceLine[]): NumberingScheme {
  // A text that writes its chapters 1 总则 has no dotted ones: its 1. lines are list items.
  if (lines.some((l) => scheme.match(l.text, l)?.kind === 'chapter')) return scheme;
  const byLine = new Map<number, HeadingMatch>();
  const byText = new Map<string, HeadingMatch>();
  lines.forEach((l, i) => {
    const m = DOTTED_CHAPTER.exec(l.text);
    if (!m) return;
    const n = Number(m[1]!.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    const next = lines.slice(i + 1).find((x) => x.text);
    const first = next ? scheme.match(next.text, next)?.path : undefined;
    if (n < 1 || first?.length !== 2 || first[0] !== n || first[1] !== 1) return;
    const h: HeadingMatch = { kind: 'chapter', number: n, numeral: String(n), printed: String(n), rest: ` ${m[2]!}`, separated: true, path: [n] };
    byLine.set(l.line, h);
    byText.set(l.text, h);
  });
  return withLineHeadings(scheme, byLine, byText);
}

/**
 * `scheme` with some lines read as the headings given (by input line, and by
 * text where no line is passed): the shape of every reading that recovers
 * headings the scheme's own patterns cannot see. `scheme` itself when none.
 */
function withLineHeadings(scheme: NumberingScheme, byLine: ReadonlyMap<number, HeadingMatch>, byText: ReadonlyMap<string, HeadingMatch> = new Map()): NumberingScheme {
  if (byLine.size === 0) return scheme;
  return { ...scheme, match: (text, line) => (line ? byLine.get(line.line) : byText.get(text)) ?? scheme.match(text, line) };
}

/**
 * The texts of lines as {@link isSplitChapterNumber} reads them: a line that
 * opens a page (after a page break) starts with a form feed.
 */
export function pageTexts(lines: readonly SourceLine[]): string[] {
  return lines.map((l) => (l.pageBreakBefore ? `\f${l.text}` : l.text));
}

/**
 * Whether line `i` of `texts` is the number of a decimal chapter that a
 * conversion split from its title (`1` / `总则` / `1.1 规划目的`): it holds only
 * N, the next line with text is a short title on the same page (a line that
 * opens a page, `\f…`, follows a page number) and no heading of its own
 * (第一章 总则, 第一篇…), and the one after opens N.1. Such a line is a heading,
 * never a page number. `texts` mark the lines that open a page with a leading
 * form feed (raw input, or {@link pageTexts}).
 */
export function isSplitChapterNumber(texts: readonly string[], i: number): boolean {
  const text = texts[i] ?? '';
  if (!isBareNumber(text)) return false;
  const [title = '\f', first = ''] = nextTexts(texts, i, 2);
  if (title.includes('\f') || !isTitleLike(title, 25) || /^[0-9０-９]/.test(title) || matchLaw(title) || GROUP_HEADING.test(title)) return false;
  return new RegExp(`^${bareNumberValue(text)}[.．]1(?![0-9０-９])`).test(first.replace(/\f/g, ''));
}

/** The next `count` lines with text after line `i`, trimmed of spaces but not of page breaks. */
function nextTexts(texts: readonly string[], i: number, count: number): string[] {
  const found: string[] = [];
  for (let k = i + 1; k < texts.length && found.length < count; k++) {
    const t = texts[k]!.replace(/^[ \t\u3000]+|[\s\u3000]+$/g, '');
    if (t.replace(/\f/g, '')) found.push(t);
  }
  return found;
}

/**
 * A decimal scheme that also reads a chapter number split from its title by a
 * conversion (`1` / `总则` / `1.1 规划目的`, {@link isSplitChapterNumber}): the
 * number alone is the chapter heading and its title is read from the next
 * line. Returns `scheme` itself when the text has none.
 */
export function withSplitChapters(scheme: NumberingScheme, lines: readonly SourceLine[]): NumberingScheme {
  const texts = pageTexts(lines);
  const byLine = new Map<number, HeadingMatch>();
  lines.forEach((l, i) => {
    if (!isSplitChapterNumber(texts, i)) return;
    const n = bareNumberValue(l.text);
    if (n >= 1) byLine.set(l.line, { kind: 'chapter', number: n, numeral: String(n), printed: String(n), rest: '', separated: true, path: [n] });
  });
  return withLineHeadings(scheme, byLine);
}

/**
 * A plain text whose chapter and section headings lost their numbers (a
 * converter that dropped Word's automatic 第%1章 numbering) but whose 目录
 * kept them: a short line alone after the 目录 with the title of the next
 * 第X章 or 第X节 entry (总则 → 第一章 总则), followed by a heading (第一条 …)
 * or by the next entry's title, or standing after a heading or a finished
 * sentence, is that heading. Entries are taken strictly
 * in order; a numbered heading of the body passes its entry; a kind of
 * heading the body numbers anywhere (第二章 …) is never read by its title, so
 * a list item or table cell that happens to share a title stays text.
 * `recovered` lists what was read so, for the report; `scheme` reads every
 * other line.
 */
export function withContentsTitles(scheme: NumberingScheme, lines: readonly SourceLine[], contents: readonly string[], skip: (i: number) => boolean): NumberingScheme & { recovered: { line: number; kind: HeadingKind; heading: string }[] } {
  const entries = contents.flatMap((t) => {
    const h = matchLaw(t);
    return h && h.kind !== 'article' && h.number !== null ? [{ ...h, key: titleKey(h.rest) }] : [];
  });
  const byLine = new Map<number, HeadingMatch>();
  const recovered: { line: number; kind: HeadingKind; heading: string }[] = [];
  const body = lines.flatMap((l, i) => (!l.text || l.table || skip(i) ? [] : [{ l, own: scheme.match(l.text, l) }]));
  const numbered = new Set(body.flatMap((b) => (b.own?.number ? [b.own.kind] : [])));
  let next = 0;
  for (const [j, { l, own }] of body.entries()) {
    if (next >= entries.length) break;
    const after = body[j + 1];
    // The next entry a title may stand for: entries of a kind the body numbers pass only by their number.
    let k = next;
    while (k < entries.length && numbered.has(entries[k]!.kind)) k++;
    const e = entries[k];
    // Not an item of a list the line before announces (…包括：); followed by a heading or the next entry's title,
    // or set between paragraphs: after a heading or a finished sentence (a 节 of text without articles; tester, 2026-12-03).
    const before = body[j - 1];
    const between = !!before && (!!before.own || byLine.has(before.l.line) || isTerminated(before.l.text));
    const standsAlone = () => !/[：:]$/.test(before?.l.text ?? '') && !!after && (!!after.own || titleKey(after.l.text) === entries[k + 1]?.key || between);
    const at = own
      ? entries.findIndex((x, n) => n >= next && x.kind === own.kind && x.number === own.number)
      : e && isTitleLike(l.text) && e.key === titleKey(l.text) && standsAlone() ? k : -1;
    if (at < 0) continue;
    next = at + 1;
    if (own || !e) continue;
    byLine.set(l.line, { kind: e.kind, number: e.number, numeral: e.numeral, printed: e.printed, rest: ` ${l.text}`, separated: true });
    recovered.push({ line: l.line, kind: e.kind, heading: `${e.printed} ${l.text}` });
  }
  return { ...withLineHeadings(scheme, byLine), recovered };
}

/** Every fixed scheme the importer reads, by id (`headings` is built from the text: {@link headingsScheme}). */
export const SCHEMES = { law, flat, decimal: decimal(), outline } as const;

/** A title as compared between the 目录 and the body: no spaces, bold marks or page numbers. */
export function titleKey(text: string): string {
  return withoutPageNumber(collapseCjkSpaces(text).replace(/[*_]{2}/g, '')).replace(/[\s\u3000*]/g, '');
}

/** A 目录 entry without the page number after its title (a dot leader, spaces or a tab before it): 总则……1 → 总则. */
export function withoutPageNumber(text: string): string {
  return text.replace(/(?:[.…·．\-_－—\s\u3000]+|\t)[0-9０-９]{1,4}$/, '');
}

/**
 * Headings whose numbers were lost in conversion (Markdown `#` levels, Word
 * Heading 1–3): the number of each is recovered from the 目录 entry with the
 * same title, else assigned in order (and `assigned` counts those). Level 1
 * is a chapter; level 2 a section when the 目录 lists 第X节, else an article;
 * level 3 an article.
 */
export function headingsScheme(lines: SourceLine[], contents: string[]): NumberingScheme & { assigned: number; assignedHeadings: { line: number; heading: string }[] } {
  // Entries by kind and title, in order: a section and its article often share a
  // title (第二节 规划范围 / 第三条 规划范围), and two articles may too.
  const toc = new Map<string, HeadingMatch[]>();
  const tocKey = (kind: HeadingKind, title: string) => `${kind}|${titleKey(title)}`;
  let hasSections = false;
  for (const entry of contents) {
    const h = matchLaw(entry);
    if (!h) continue;
    const key = tocKey(h.kind, h.rest);
    toc.set(key, [...(toc.get(key) ?? []), h]);
    hasSections ||= h.kind === 'section';
  }
  const byLine = new Map<number, HeadingMatch>();
  const counters: Record<HeadingKind, number> = { chapter: 0, section: 0, article: 0 };
  let assigned = 0;
  const assignedHeadings: { line: number; heading: string }[] = [];
  // The first line is the plan's title and 目录 is no chapter, whatever their heading level.
  const titleLine = lines.find((l) => l.text)?.line;
  for (const l of lines) {
    if (!l.headingLevel || !l.text || l.headingLevel > 3 || l.line === titleLine || /^目\s*[录次]$/.test(l.text)) continue;
    // A heading that kept its number (第一章 总则) is read by it, and the count goes on from it.
    const own = matchLaw(l.text);
    if (own?.number) {
      if (own.kind === 'chapter') counters.section = 0;
      counters[own.kind] = own.number;
      continue;
    }
    const kind: HeadingKind = l.headingLevel === 1 ? 'chapter' : l.headingLevel === 2 && hasSections ? 'section' : 'article';
    const fromToc = toc.get(tocKey(kind, l.text))?.shift();
    if (kind === 'chapter') counters.section = 0;
    const n = fromToc?.number ? fromToc.number : ++counters[kind];
    if (!fromToc) {
      assigned++;
      assignedHeadings.push({ line: l.line, heading: `${printLaw(kind, n)} “${l.text}”` });
    }
    counters[kind] = n;
    byLine.set(l.line, { kind, number: n, numeral: String(n), printed: fromToc?.printed ?? '', rest: ` ${l.text}`, separated: true });
  }
  return {
    id: 'headings',
    description: 'headings without numbers (Markdown # levels or Word Heading styles), numbered from the 目录',
    match: (text, line) => (line ? (byLine.get(line.line) ?? (line.headingLevel ? matchLaw(text) : null)) : matchLaw(text)),
    print: printLaw,
    articles: 'plan',
    assigned,
    assignedHeadings,
  };
}
