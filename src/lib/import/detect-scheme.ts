/**
 * Which numbering scheme a text uses, and why: the importer prints the
 * reason, and `--numbering <scheme>` overrides the choice. A text that fits
 * no scheme gets one message saying what was found and what to do.
 */
import { SCHEMES, headingsScheme, outlineUnderParts, type NumberingScheme, type SchemeId } from './numbering-schemes.ts';
import { GROUP_HEADING, TOC_ENTRY, TOC_PAGE, groupHeading, isTitleLike } from './text-shapes.ts';
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
  /** 第X章 entries of the 目录 that carry a page number. */
  tocChapters: number;
  lawArticles: number;
  decimalDeep: number;
  decimalMiddle: number;
  outlineChapters: number;
  /** 第一部分 / 第一篇 headings, and how often a 一、 heading after one starts again at 一、 (the parts number their own 一、 二、). */
  parts: number;
  outlineRestarts: number;
  unnumberedHeadings: number;
}

function census(lines: SourceLine[]): Census {
  const c: Census = { lawChapters: [], tocChapters: 0, lawArticles: 0, decimalDeep: 0, decimalMiddle: 0, outlineChapters: 0, parts: 0, outlineRestarts: 0, unnumberedHeadings: 0 };
  let lastOutline = 0;
  let partBefore = false;
  const titleLine = lines.find((l) => l.text)?.line;
  for (const l of lines) {
    if (!l.text || l.table || l.line === titleLine || /^目\s*[录次]$/.test(l.text)) continue;
    // A 目录 entry with its page (第一章 总则……1) is no heading of the body.
    if (TOC_PAGE.test(l.text)) {
      if (SCHEMES.law.match(l.text)?.kind === 'chapter') c.tocChapters++;
      continue;
    }
    const law = SCHEMES.law.match(l.text);
    if (law && law.number !== null && (law.separated || isTitleLike(law.rest, 20) || /^[（(【]/.test(law.rest))) {
      if (law.kind === 'chapter') c.lawChapters.push(law.number);
      if (law.kind === 'article') c.lawArticles++;
      continue;
    }
    // A bare 1.1.1 on its own line (its text on the next) ends in digits like a TOC entry but is a heading.
    const bareNumber = /^[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){1,3}$/.test(l.text.trim());
    const dec = TOC_ENTRY.test(l.text) && !bareNumber ? null : SCHEMES.decimal.match(l.text);
    if (dec?.path && dec.path.length === 3) c.decimalDeep++;
    if (dec?.path && dec.path.length === 2 && /^[\s\u3000]/.test(dec.rest)) c.decimalMiddle++;
    const group = GROUP_HEADING.exec(l.text);
    const part = group && groupHeading(group);
    // Judged without its separator: 第一部分：总体要求 is a heading like 第一部分 总体要求.
    if (part && isTitleLike(`${part.label} ${part.title}`, 30)) {
      c.parts++;
      partBefore = true;
      continue;
    }
    if (/^[一二三四五六七八九十]+、/.test(l.text) && [...l.text].length <= 30 && !/[。；]/.test(l.text)) {
      c.outlineChapters++;
      const n = SCHEMES.outline.match(l.text)?.number ?? 0;
      if (partBefore && n === 1 && lastOutline >= 1) c.outlineRestarts++;
      [lastOutline, partBefore] = [n, false];
    }
    if (l.headingLevel && l.headingLevel <= 3 && !dec) c.unnumberedHeadings++;
  }
  return c;
}

/** Choose the scheme of a text (`forced` from `--numbering` wins); `contents` are the 目录 lines. */
export function detectScheme(lines: SourceLine[], contents: (scheme: NumberingScheme) => string[], forced?: SchemeId): SchemeChoice {
  const c = census(lines);
  const headings = () => headingsScheme(lines, contents(SCHEMES.law));
  if (forced) {
    const scheme = forced === 'headings' ? headings() : forced === 'decimal' && c.decimalDeep === 0 ? decimalTwo() : forced === 'outline' ? outlineOf(c) : SCHEMES[forced];
    return { scheme, reason: `--numbering ${forced}` };
  }
  const repeated = c.lawChapters.length > new Set(c.lawChapters).size;
  const listed = c.tocChapters || c.lawChapters.length;
  if (listed > 0 && c.unnumberedHeadings >= 2 && !repeated) {
    return { scheme: headings(), reason: `the 目录 lists ${listed} 第X章 entries but the body's ${c.unnumberedHeadings} headings carry no numbers: numbered from the 目录 by title` };
  }
  if (c.lawChapters.length > 0 && c.lawArticles === 0 && c.decimalDeep >= 2) {
    return { scheme: SCHEMES.decimal, reason: `${c.decimalDeep} headings numbered like 1.1.1 under ${c.lawChapters.length} 第X章 headings, and no 第X条` };
  }
  if (c.lawChapters.length > 0) return { scheme: SCHEMES.law, reason: `${c.lawChapters.length} 第X章 headings and ${c.lawArticles} 第X条 headings at line starts` };
  if (c.lawArticles >= 1) return { scheme: SCHEMES.flat, reason: `${c.lawArticles} 第X条 provisions and no 第X章 heading: a text without chapters` };
  if (c.decimalDeep >= 2) return { scheme: SCHEMES.decimal, reason: `${c.decimalDeep} headings numbered like 1.1.1` };
  if (c.decimalMiddle >= 2) return { scheme: decimalTwo(), reason: `${c.decimalMiddle} headings numbered like 1.1 and none like 1.1.1` };
  if (c.outlineChapters >= 2 && outlineOf(c) === outlineUnderParts) {
    return { scheme: outlineUnderParts, reason: `${c.parts} 第X部分 headings whose 一、 二、 … start again in each part, and no 第X章: parts are chapters, 一、 sections, （一） provisions` };
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
      'no numbering scheme fits: the text has no 第X章 or 第X条 at a line start, no decimal headings (1 / 1.1 / 1.1.1), no outline headings (一、 / （一）) and no Markdown or Word headings. ' +
      'Fix: number the headings in the text (第一章 … / 第一条 …), or mark them as headings (# in Markdown, Heading 1–3 in Word), or pass --numbering <law|flat|decimal|outline|headings>',
  };
}

/** Outline numbering, in parts when the 一、 headings start again after each 第X部分. */
function outlineOf(c: Census): NumberingScheme {
  return c.parts >= 2 && c.outlineRestarts >= 1 ? outlineUnderParts : SCHEMES.outline;
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
