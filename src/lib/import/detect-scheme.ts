/**
 * Which numbering scheme a text uses, and why: the importer prints the
 * reason, and `--numbering <scheme>` overrides the choice. A text that fits
 * no scheme gets one message saying what was found and what to do.
 */
import { SCHEMES, headingsScheme, titleKey, withContentsTitles, withoutPageNumber, withDottedChapters, withSplitChapters, lawUnderParts, outlineUnderChapters, outlineUnderParts, outlineUnderSections, type NumberingScheme, type PartWord, type SchemeId } from './numbering-schemes.ts';
import { GROUP_HEADING, TOC_ENTRY, TOC_PAGE, groupHeading, isPlacePart, isTitleLike } from './text-shapes.ts';
import type { SourceLine } from './types.ts';

/** The scheme chosen and the sentence that says why. */
export interface SchemeChoice {
  scheme: NumberingScheme;
  reason: string;
  /** Set when no scheme fits: what was found and the fix (reported as the one error). */
  problem?: string;
}

/** What the text's lines look like under each scheme. */
interface Census {
  lawChapters: number[];
  /** 第X节 headings. */
  lawSections: number;
  /** 第X章 entries of the 目录 that carry a page number. */
  tocChapters: number;
  lawArticles: number;
  decimalDeep: number;
  decimalMiddle: number;
  outlineChapters: number;
  /** 第一部分 / 第一篇 headings, and how often a 一、 heading after one starts again at 一、 (the parts number their own 一、 二、). */
  parts: number;
  /** What the first part heading calls a part (部分 unless a 第一篇 / 第一编 came first). */
  partWord: PartWord;
  outlineRestarts: number;
  /** Every line that opens with a readable 第X条, spaced or not (第一条为了…): a text with any has articles. */
  anyArticles: number;
  /** 第X条 provisions before the first part heading (none: the parts can be the chapters of a text without 第X章). */
  articlesBeforeParts: number;
  /** Part headings with a 第X条 after them before the next one. */
  partsWithArticles: number;
  unnumberedHeadings: number;
}

function census(lines: SourceLine[]): Census {
  const c: Census = { lawChapters: [], lawSections: 0, tocChapters: 0, lawArticles: 0, decimalDeep: 0, decimalMiddle: 0, outlineChapters: 0, parts: 0, partWord: '部分', outlineRestarts: 0, anyArticles: 0, articlesBeforeParts: 0, partsWithArticles: 0, unnumberedHeadings: 0 };
  let lastOutline = 0;
  let partBefore = false;
  let articleInPart = false;
  // The first line is the title, unless it is a chapter's heading (a text that starts at 第一章).
  const first = lines.find((l) => l.text);
  const titleLine = first && SCHEMES.law.match(first.text)?.kind !== 'chapter' ? first.line : undefined;
  let previous = '';
  for (const l of lines) {
    if (!l.text || l.table || l.line === titleLine || /^目\s*[录次]$/.test(l.text)) continue;
    const before = previous;
    previous = l.text;
    // A 目录 entry with its page (第一章 总则……1) is no heading of the body.
    if (TOC_PAGE.test(l.text)) {
      if (SCHEMES.law.match(l.text)?.kind === 'chapter') c.tocChapters++;
      continue;
    }
    const law = SCHEMES.law.match(l.text);
    if (law?.kind === 'article' && law.number !== null) c.anyArticles++;
    if (law && law.number !== null && (law.separated || isTitleLike(law.rest, 20) || /^[（(【]/.test(law.rest))) {
      if (law.kind === 'chapter') c.lawChapters.push(law.number);
      if (law.kind === 'section') c.lawSections++;
      // A 一、 after a 第X章 (第X节) that starts again at 一、 tells groups that number their own (outline under chapters or sections).
      if (law.kind === 'chapter' || law.kind === 'section') partBefore = true;
      if (law.kind === 'article') c.lawArticles++;
      if (law.kind === 'article' && c.parts === 0) c.articlesBeforeParts++;
      if (law.kind === 'article' && c.parts > 0 && !articleInPart) [c.partsWithArticles, articleInPart] = [c.partsWithArticles + 1, true];
      continue;
    }
    // A bare 1.1.1 on its own line (its text on the next) ends in digits like a TOC entry but is a heading.
    const bareNumber = /^[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){1,3}$/.test(l.text.trim());
    const dec = TOC_ENTRY.test(l.text) && !bareNumber ? null : SCHEMES.decimal.match(l.text);
    if (dec?.path && dec.path.length === 3) c.decimalDeep++;
    if (dec?.path && dec.path.length === 2 && /^[\s\u3000]/.test(dec.rest)) c.decimalMiddle++;
    const group = GROUP_HEADING.exec(l.text);
    const part = group && !isPlacePart(group) && groupHeading(group);
    // Judged without its separator: 第一部分：总体要求 is a heading like 第一部分 总体要求.
    if (part && isTitleLike(`${part.label} ${part.title}`, 30)) {
      if (c.parts === 0) c.partWord = group[2] as PartWord;
      c.parts++;
      articleInPart = false;
      partBefore = true;
      continue;
    }
    // An item of a list announced by the line before (…包括：) is no heading.
    if (SCHEMES.outline.match(l.text)?.kind === 'chapter' && [...l.text].length <= 30 && !/[。；]/.test(l.text) && !/[：:]$/.test(before)) {
      c.outlineChapters++;
      const n = SCHEMES.outline.match(l.text)?.number ?? 0;
      if (partBefore && n === 1 && lastOutline >= 1) c.outlineRestarts++;
      [lastOutline, partBefore] = [n, false];
    }
    // A Word or Markdown heading that carries an outline number (一、规划目的, （一）…) is numbered.
    if (l.headingLevel && l.headingLevel <= 3 && !dec && !SCHEMES.outline.match(l.text)) c.unnumberedHeadings++;
  }
  return c;
}

/** A decimal scheme that also reads the text's chapters written 1. 总则 or split from their titles (1 / 总则). */
function decimalOf(scheme: NumberingScheme, lines: readonly SourceLine[]): NumberingScheme {
  return withSplitChapters(withDottedChapters(scheme, lines), lines);
}

/** The 目录 as a scheme reads it: its lines' texts, and the indices of the lines the front matter takes (title, 目录, cover). */
export interface ContentsRead {
  contents: string[];
  skip: ReadonlySet<number>;
}

/** Choose the scheme of a text (`forced` from `--numbering` wins); `front` reads the 目录 under a scheme. */
export function detectScheme(lines: SourceLine[], front: (scheme: NumberingScheme) => ContentsRead, forced?: SchemeId): SchemeChoice {
  const c = census(lines);
  const headings = () => headingsScheme(lines, front(SCHEMES.law).contents);
  if (forced) {
    const scheme =
      forced === 'headings' ? headings() : forced === 'decimal' ? decimalOf(c.decimalDeep === 0 ? decimalTwo() : SCHEMES.decimal, lines) : forced === 'outline' ? outlineOf(c) : forced === 'law' && lawInParts(c) ? lawUnderParts(c.partWord) : SCHEMES[forced];
    return { scheme, reason: `--numbering ${forced}` };
  }
  const repeated = c.lawChapters.length > new Set(c.lawChapters).size;
  const listed = c.tocChapters || c.lawChapters.length;
  if (listed > 0 && c.unnumberedHeadings >= 2 && !repeated) {
    const why = c.tocChapters > 0 || front(SCHEMES.law).contents.length > 0
      ? `the 目录 lists ${listed} 第X章 entries but the body's ${c.unnumberedHeadings} headings carry no numbers: numbered from the 目录 by title`
      : `the body numbers its ${listed} 第X章 headings but not its ${c.unnumberedHeadings} other headings (Markdown # or Word Heading styles): numbered from a 目录 by title where it lists them, else in order`;
    return { scheme: headings(), reason: why };
  }
  if (c.lawChapters.length > 0 && c.anyArticles === 0 && c.decimalDeep >= 2) {
    return { scheme: SCHEMES.decimal, reason: `${c.decimalDeep} headings numbered like 1.1.1 under ${c.lawChapters.length} 第X章 headings, and no 第X条` };
  }
  if (c.lawChapters.length > 0 && c.lawSections === 0 && c.anyArticles === 0 && c.decimalMiddle >= 2) {
    return { scheme: decimalTwo(), reason: `${c.decimalMiddle} headings numbered like 1.1 under ${c.lawChapters.length} 第X章 headings, none like 1.1.1, and no 第X条` };
  }
  const underLaw = outlineUnderLaw(c);
  if (underLaw) {
    const groups = underLaw === outlineUnderSections ? `${new Set(c.lawChapters).size} 第X章 and ${c.lawSections} 第X节 headings` : `${new Set(c.lawChapters).size} 第X章 headings`;
    const reading = underLaw === outlineUnderSections ? 'no 第X条: the 一、 are provisions' : 'no 第X节 or 第X条: chapters, 一、 sections, （一） provisions';
    return { scheme: underLaw, reason: `${groups} over ${c.outlineChapters} headings numbered 一、 二、 …, and ${reading}` };
  }
  const titled = contentsTitles(lines, front, c);
  if (titled) return titled;
  // Distinct chapters: a 目录 without page numbers lists each chapter again.
  if (c.lawChapters.length > 0) return { scheme: SCHEMES.law, reason: `${new Set(c.lawChapters).size} 第X章 headings and ${c.anyArticles} 第X条 headings at line starts` };
  if (lawInParts(c)) {
    return { scheme: lawUnderParts(c.partWord), reason: `${c.parts} 第X${c.partWord} headings above ${c.lawArticles} 第X条 provisions and no 第X章: parts are chapters` };
  }
  if (c.lawArticles >= 1) return { scheme: SCHEMES.flat, reason: `${c.lawArticles} 第X条 provisions and no 第X章 heading: a text without chapters` };
  if (c.decimalDeep >= 2) return { scheme: decimalOf(SCHEMES.decimal, lines), reason: `${c.decimalDeep} headings numbered like 1.1.1` };
  if (c.decimalMiddle >= 2) return { scheme: decimalOf(decimalTwo(), lines), reason: `${c.decimalMiddle} headings numbered like 1.1 and none like 1.1.1` };
  if (c.outlineChapters >= 2 && inParts(c)) {
    return { scheme: outlineOf(c), reason: `${c.parts} 第X${c.partWord} headings whose 一、 二、 … start again in each part, and no 第X章: parts are chapters, 一、 sections, （一） provisions` };
  }
  if (c.outlineChapters >= 2) return { scheme: SCHEMES.outline, reason: `${c.outlineChapters} headings numbered 一、 二、 … and no 第X章` };
  if (c.unnumberedHeadings >= 2) {
    return { scheme: headings(), reason: `${c.unnumberedHeadings} headings without numbers (Markdown # or Word Heading styles) and no 目录 to number them from: numbered in order` };
  }
  if (c.tocChapters > 0) {
    return {
      scheme: SCHEMES.law,
      reason: 'no numbering scheme fits',
      problem:
        `no numbering scheme fits: the 目录 lists ${c.tocChapters} 第X章 entries but the body has no numbered headings and no Markdown or Word headings. ` +
        'Fix: mark the body\'s chapter and article headings as headings (# and ## in Markdown, Heading 1–3 in Word) so they are numbered from the 目录 by title, or number them in the text (第一章 … / 第一条 …)',
    };
  }
  return {
    scheme: SCHEMES.law,
    reason: 'no numbering scheme fits',
    problem:
      'no numbering scheme fits: the text has no 第X章 or 第X条 at a line start, no decimal headings (1 / 1.1 / 1.1.1), no outline headings (一、 / （一）) and no Markdown or Word headings' +
      lostNumbersHint(lines, front(SCHEMES.law)) +
      '. Fix: number the headings in the text (第一章 … / 第一条 …), or mark them as headings (# in Markdown, Heading 1–3 in Word), or pass --numbering <law|flat|decimal|outline|headings>',
  };
}

/**
 * For a text no scheme fits: the body lines that repeat the title of a 目录
 * entry (1.1 规划目的 … 1 → 规划目的 alone on line 12), the headings whose
 * numbers a conversion lost, named so the fix can be typed in (tester,
 * 2026-12-03: the error named no line). Empty when there are none.
 */
function lostNumbersHint(lines: readonly SourceLine[], read: ContentsRead): string {
  const listed = new Map(read.contents.map((t) => withoutPageNumber(t.trim())).flatMap((t) => {
    const m = /^(\S+)[\s\u3000]+(\S.*)$/.exec(t);
    return m ? [[titleKey(m[2]!), `${m[1]} ${m[2]}`] as const] : [];
  }));
  const found = lines.flatMap((l, i) => (!read.skip.has(i) && l.text && isTitleLike(l.text) && listed.has(titleKey(l.text)) ? [`line ${l.line} “${l.text.trim()}” (目录: ${listed.get(titleKey(l.text))})`] : []));
  return found.length ? `; the 目录 lists headings whose titles stand in the body without their numbers: ${found.slice(0, 4).join(', ')}${found.length > 4 ? ', …' : ''}: type each number in front of its title as the 目录 prints it` : '';
}

/**
 * 第X条 (or no provisions yet) under chapters the 目录 lists but the body
 * writes without numbers (总则 alone on a line): numbered from the 目录 by
 * title, when at least one chapter is found so.
 */
function contentsTitles(lines: SourceLine[], front: (scheme: NumberingScheme) => ContentsRead, c: Census): SchemeChoice | null {
  // Markdown or Word headings without numbers are the headings scheme's.
  if ((c.tocChapters === 0 && c.lawChapters.length === 0) || c.unnumberedHeadings > 0) return null;
  const read = front(SCHEMES.law);
  const scheme = withContentsTitles(SCHEMES.law, lines, read.contents, (i) => read.skip.has(i));
  if (scheme.recovered.length === 0) return null;
  const chapters = scheme.recovered.filter((r) => r.kind === 'chapter').length;
  return { scheme, reason: `the 目录 lists 第X章 entries and ${scheme.recovered.length} of the body's headings (${chapters} chapter(s)) stand without their numbers: numbered from the 目录 by title` };
}

/** Outline numbering, in parts when the 一、 headings start again after each 第X部分. */
function outlineOf(c: Census): NumberingScheme {
  if (inParts(c)) return outlineUnderParts(c.partWord);
  if (c.lawChapters.length > 0) return c.lawSections > 0 ? outlineUnderSections : outlineUnderChapters;
  return SCHEMES.outline;
}

/**
 * Outline 一、 headings under 第X章 (and 第X节) with no 第X条, starting again in
 * each 第X节, else in each 第X章 (or there is one group): provisions under
 * sections, or sections under chapters. Null for any other text.
 */
function outlineUnderLaw(c: Census): NumberingScheme | null {
  if (c.lawChapters.length === 0 || c.anyArticles > 0 || c.outlineChapters < 2) return null;
  const groups = c.lawSections > 0 ? c.lawSections : new Set(c.lawChapters).size;
  if (c.outlineRestarts < 1 && groups > 1) return null;
  return c.lawSections > 0 ? outlineUnderSections : outlineUnderChapters;
}

/** 第X条 grouped under two or more part headings (each of two at least with one), none before the first part, and no 第X章. */
function lawInParts(c: Census): boolean {
  return c.lawChapters.length === 0 && c.partsWithArticles >= 2 && c.articlesBeforeParts === 0;
}

function inParts(c: Census): boolean {
  return c.parts >= 2 && c.outlineRestarts >= 1;
}

function decimalTwo(): NumberingScheme {
  // Two levels: 1 is a chapter, 1.1 an article.
  const d3 = SCHEMES.decimal;
  return {
    ...d3,
    description: 'decimal headings 1 / 1.1',
    match(text) {
      const h = d3.match(text);
      if (!h || !h.path || h.path.length > 2) return null;
      return h.path.length === 2 ? { ...h, kind: 'article' } : h;
    },
  };
}
