/**
 * Phase 4 of the parser: the numbering checks. Each message names the heading
 * found, the one before it with its line, and the one expected, so that the
 * fix can be made from the message alone ("第三章 at line 160 after 第二章 at
 * line 95; 第四章 missing").
 */
import { NUMERAL_CLASS_CHARS } from '../numerals.ts';
import type { HeadingKind, NumberingScheme } from './numbering-schemes.ts';
import { quoteList } from './text-shapes.ts';
import type { Diagnostic, ParsedChapter, ParsedPlan } from './types.ts';

/** A heading already read: its number and line (and its whole number as printed, when the sequence is local: 1.1.3). */
export interface SeenHeading {
  number: number;
  line: number;
  printed?: string;
}

/** What a new heading is checked against. */
export interface NumberContext {
  kind: HeadingKind;
  /** The number found. */
  n: number;
  /** The number the sequence expects next. */
  expected: number;
  /** The heading of this kind before it in the same sequence, if any. */
  previous: SeenHeading | undefined;
  /** Where an earlier heading with the same number stands, if any. */
  duplicateOf: SeenHeading | undefined;
  line: number;
  text: string;
  /** ' in 第一章' when the sequence is local to a chapter. */
  scope?: string;
  /** The printed number of the part the heading stands in, for schemes that print the path (1.2 → 1.2.3). */
  within?: string;
  /** With `within`: the heading's number as written (1.2.1 under 1.1 stays 1.2.1 in the message). */
  found?: string | undefined;
}

/** A diagnostic for a heading whose number is not the one expected; null when it is. */
export function checkNumber(scheme: NumberingScheme, c: NumberContext): Diagnostic | null {
  const { kind, n, expected, line, text } = c;
  if (n === expected) return null;
  const p = (k: number) => scheme.print(kind, k, c.within);
  const error = (message: string): Diagnostic => ({ severity: 'error', line, message, text: text.length > 60 ? [...text].slice(0, 60).join('') + '…' : text });
  const scope = c.scope ?? '';
  const after = c.previous ? `${c.previous.printed ?? p(c.previous.number)} at line ${c.previous.line}` : 'the start';
  const found = c.found ?? p(n);
  // Chapters, and articles of a scheme that numbers them through the plan, never start again at 1;
  // a decimal or outline article does in every section, so a 1 among its siblings is a duplicate.
  if (
    (kind === 'chapter' || (kind === 'article' && scheme.articles === 'plan')) &&
    n === 1 &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: n === expected returned above and a sequence expects 1 or more, so here expected > 1 always
    expected > 1
  ) {
    // Chapters may start again in each part (the tree builder reads that); without a part heading the text lost one, or a number is wrong.
    if (kind === 'chapter') {
      return error(`chapter numbers restart at ${p(1)} (after ${p(expected - 1)}) with no part heading (第二篇, 第二部分) right before it: if the text is in parts, a part heading is missing there or lost its number; otherwise a chapter heading is mistyped`);
    }
    return error(`${kind} numbers restart at ${p(1)} (after ${p(expected - 1)}): number the ${kind}s through the whole plan (${p(1)} … ${p(expected)}…), as the content model and citations require`);
  }
  if (c.duplicateOf) return error(`duplicate ${kind} number: ${found} appears twice${scope} (first at line ${c.duplicateOf.line}); expected ${p(expected)} after ${after}`);
  // Stryker disable next-line EqualityOperator: n === expected returned above, so < and <= agree
  if (n < expected) return error(`${kind} numbers out of order: ${found} at line ${line} comes after ${after}${scope}; expected ${p(expected)}`);
  const missing = expected === n - 1 ? p(expected) : `${p(expected)}–${p(n - 1)}`;
  return error(`gap in ${kind} numbering: expected ${p(expected)}, found ${found}${scope} at line ${line} after ${after} (${missing} missing)`);
}

/**
 * Checks over the whole tree: empty chapters, sections and articles; no
 * chapters at all. `unnumbered`: the Markdown or Word headings the scheme
 * did not read (numbers lost in conversion), named when no article was found.
 */
export function checkTree(plan: ParsedPlan, scheme: NumberingScheme, hasArticles: boolean, wordHeadings: number, problem?: string, unnumbered: readonly string[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const p = scheme.print;
  if (plan.chapters.length === 0) {
    out.push({
      severity: 'error',
      line: null,
      message:
        wordHeadings > 0
          ? `no chapters: none of the ${wordHeadings} Word headings starts with 第X章 (if the chapters are numbered automatically by Word, the numbers are not in the text: type them in, or save as .txt from Word with numbering)`
          : problem ?? `no chapters: the text read as ${scheme.description} has no chapter heading at a line start (pass --numbering to choose another scheme)`,
    });
  }
  for (const c of plan.chapters) out.push(...checkChapter(c, p, hasArticles));
  if (plan.chapters.length > 0 && !hasArticles) {
    // Headings without numbers below the chapters are most likely the articles (###/Heading 3 whose 第X条 a conversion lost).
    const hint = unnumbered.length && scheme.id !== 'headings' ? `; ${unnumbered.length} heading(s) without a number (${quoteList(unnumbered)}) may be the articles: import with --numbering headings to read them as articles, numbered in order` : runOnHint(plan);
    out.push({ severity: 'warning', line: null, message: `no articles found (${scheme.description}): the chapters and sections hold paragraphs only${hint}` });
  }
  return out;
}

function checkChapter(c: ParsedChapter, p: NumberingScheme['print'], hasArticles: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (c.sections.length === 0 && c.articles.length === 0) out.push({ severity: 'warning', line: c.line, message: `${p('chapter', c.number)} ${c.title} has no sections and no articles` });
  for (const s of c.sections) {
    if (s.articles.length === 0 && hasArticles) {
      // A section of text alone is common in outline and decimal plans: say that nothing is lost.
      const what = s.lead.length > 0 ? ': its text is kept as the section\'s own, cited by the section' : ' and no text';
      out.push({ severity: 'warning', line: s.line, message: `${p('section', s.number)} ${s.title} of ${p('chapter', c.number)} has no articles${what}` });
    }
  }
  for (const a of [...c.articles, ...c.sections.flatMap((s) => s.articles)]) {
    if (a.blocks.length === 0) out.push({ severity: 'error', line: a.line, message: `${p('article', a.number)} has no text`, text: `${p('article', a.number)} ${a.title}`.trim() });
  }
  return out;
}

/** 第二条 and the like inside a chapter's title: the whole text on one line, its line breaks lost (a copy from a web page or a PDF). */
const ARTICLE_INSIDE = new RegExp(`第[${NUMERAL_CLASS_CHARS}]+[条條]`, 'g');

/** The hint for a text whose line breaks were lost: a chapter heading runs on with the articles (the tester's list of 2026-12-03). */
function runOnHint(plan: ParsedPlan): string {
  const c = plan.chapters.find((ch) => (ch.title.match(ARTICLE_INSIDE) ?? []).length >= 2);
  if (!c) return '';
  const found = c.title.match(ARTICLE_INSIDE)!;
  return `; the heading at line ${c.line} runs on with ${found.length} article headings inside it (${quoteList(found)}): the text's line breaks were lost, so put each 第X章 and 第X条 at the start of a line of its own`;
}
