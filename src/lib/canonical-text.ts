/**
 * The canonical text of a version (issue 6): the string whose sha256
 * `/<v>/plan.json` publishes, so anyone holding the JSON can check that the
 * text they cite is the text we published. It is built only from fields that
 * plan.json itself carries, so it can be recomputed from the JSON alone:
 *
 * 1. Blocks in reading order: the preamble (appendix part 0: its title,
 *    then its markdown) if any; for each chapter its heading `第四章 <title>`,
 *    its `intro` if any, its articles; then for each section its heading
 *    `第二节 <title>`, its `intro` if any, its articles. An article is its
 *    heading `第十八条 <title>` (or `第十八条` alone) followed by its
 *    `markdown` — the body exactly as the content file holds it, which the
 *    version lock freezes, so the hash never moves with how we render text;
 *    then each later appendix part (附表, 附图…): its title, then its markdown.
 * 2. Every block is normalised: Unicode NFC, line endings LF, white space at
 *    line ends removed, runs of blank lines collapsed to one, blank lines at
 *    the start and end removed. Empty blocks are dropped.
 * 3. Blocks are joined with one blank line ("\n\n"); the text ends with "\n".
 * 4. The hash is the sha256 of the UTF-8 bytes, written in lowercase hex.
 */
import { createHash } from 'node:crypto';
import { articleLabel, chapterLabel, sectionLabel } from './citation.ts';
import { labelledTitle } from './provision-number.ts';
import { absoluteUrl, articlePageUrl, chapterUrl, provisionUrl, sectionUrl, versionUrl } from './ids.ts';
import { toPlainText, type Article, type PlanModel } from './plan-model.ts';
import { xrefIndexFor } from './xref-index.ts';

/** An article as plan.json carries it. */
export interface CanonicalArticle {
  number: number;
  /** The number as printed when the version is not law-shaped (3.2.1); else 第X条 of `number`. */
  printed?: string | undefined;
  title?: string | undefined;
  /** Body as Markdown, exactly as in the content file, without the heading. */
  markdown: string;
}

/** A section as plan.json carries it. */
export interface CanonicalSection {
  number: number;
  /** The number as shown when it is not 第X节 (1.2, （二））. */
  label?: string | undefined;
  title: string;
  /** Markdown before the section's first article, if any. */
  intro?: string | undefined;
  articles: ReadonlyArray<CanonicalArticle>;
}

/** A chapter as plan.json carries it. */
export interface CanonicalChapter {
  number: number;
  /** The number as shown when it is not 第X章 (1, 一、; '' for a flat version). */
  label?: string | undefined;
  title: string;
  /** Markdown before the chapter's first article or section, if any. */
  intro?: string | undefined;
  articles: ReadonlyArray<CanonicalArticle>;
  sections: ReadonlyArray<CanonicalSection>;
}

/** A part outside the chapters as plan.json carries it (前言 is part 0). */
export interface CanonicalAppendix {
  part: number;
  kind: string;
  title: string;
  markdown: string;
}

/** Rule 2: the normal form of one block. */
export function normalizeBlock(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

function heading(label: string, title?: string): string {
  return labelledTitle(label, title ?? '');
}

function articleBlocks(a: CanonicalArticle): string[] {
  return [heading(articleLabel(a.number, a.printed), a.title), a.markdown];
}

/** The canonical text of a version (rules in the module comment). */
export function canonicalText(
  chapters: ReadonlyArray<CanonicalChapter>,
  appendices: ReadonlyArray<CanonicalAppendix> = [],
): string {
  const blocks: string[] = [];
  const parts = [...appendices].sort((a, b) => a.part - b.part);
  for (const p of parts.filter((x) => x.part === 0)) blocks.push(p.title, p.markdown);
  for (const c of chapters) {
    blocks.push(heading(c.label ?? chapterLabel(c.number), c.title), c.intro ?? '');
    for (const a of c.articles) blocks.push(...articleBlocks(a));
    for (const s of c.sections) {
      blocks.push(heading(s.label ?? sectionLabel(s.number), s.title), s.intro ?? '');
      for (const a of s.articles) blocks.push(...articleBlocks(a));
    }
  }
  for (const p of parts.filter((x) => x.part > 0)) blocks.push(p.title, p.markdown);
  return `${blocks.map(normalizeBlock).filter(Boolean).join('\n\n')}\n`;
}

/** Rule 4: sha256 (lowercase hex) of the canonical text. */
export function canonicalSha256(
  chapters: ReadonlyArray<CanonicalChapter>,
  appendices: ReadonlyArray<CanonicalAppendix> = [],
): string {
  return createHash('sha256').update(canonicalText(chapters, appendices), 'utf8').digest('hex');
}

/** An article in plan.json. */
export interface PlanJsonArticle extends CanonicalArticle {
  key: string;
  /** Former number, when renumbered from the previous version. */
  from?: number | undefined;
  /** The body as plain text (for reading and search; not part of the hash). */
  text: string;
  /** Where it is read in context, and its own page. */
  url: string;
  page: string;
}

/** `/<v>/plan.json`: the version as data. */
export interface PlanJson {
  id: string;
  title: string;
  label: string;
  stage: string;
  date: string;
  status: string;
  basis: string;
  previous?: string | undefined;
  changes: ReadonlyArray<{ kind: string; article: number; from?: number | undefined; note: string }>;
  url: string;
  /** sha256 of the canonical text (src/lib/canonical-text.ts), recomputable from `chapters` and `appendices`. */
  sha256: string;
  canonicalText: string;
  chapters: (Omit<CanonicalChapter, 'articles' | 'sections'> & {
    url: string;
    articles: PlanJsonArticle[];
    sections: (Omit<CanonicalSection, 'articles'> & { url: string; articles: PlanJsonArticle[] })[];
  })[];
  /** Parts outside the chapters: 前言 (part 0), 附表, 附图…. */
  appendices: CanonicalAppendix[];
  /** Cross-references between articles of this version. */
  references: { from: number; text: string; to: { chapter: number; section?: number | undefined; article?: number | undefined }; articles: number[]; url: string }[];
}

/**
 * Builds plan.json for a version. `intros` gives the lead Markdown of a
 * chapter (`"4"`) or section (`"4.2"`) where there is one.
 */
export function planJson(
  model: PlanModel,
  site: string | URL,
  intros: ReadonlyMap<string, string> = new Map(),
  appendices: ReadonlyArray<CanonicalAppendix> = [],
): PlanJson {
  const v = model.version;
  const abs = (path: string) => absoluteUrl(path, site);
  const article = (a: Article): PlanJsonArticle => ({
    number: a.number,
    ...(a.printed ? { printed: a.printed } : {}),
    key: a.key,
    ...(a.from !== undefined ? { from: a.from } : {}),
    title: a.title,
    text: toPlainText(a.body),
    markdown: a.body,
    url: abs(provisionUrl({ version: v.id, chapter: a.chapter, section: a.section, article: a.number })),
    page: abs(articlePageUrl(v.id, a.number)),
  });
  const chapters: PlanJson['chapters'] = model.chapters.map((c) => ({
    number: c.chapter,
    ...(c.label !== chapterLabel(c.chapter) ? { label: c.label } : {}),
    title: c.title,
    ...(intros.get(`${c.chapter}`) ? { intro: intros.get(`${c.chapter}`) } : {}),
    url: abs(chapterUrl(v.id, c.chapter)),
    articles: c.articles.map(article),
    sections: c.sections.map((s) => ({
      number: s.section,
      ...(s.label !== sectionLabel(s.section) ? { label: s.label } : {}),
      title: s.title,
      ...(intros.get(`${c.chapter}.${s.section}`) ? { intro: intros.get(`${c.chapter}.${s.section}`) } : {}),
      url: abs(sectionUrl(v.id, c.chapter, s.section)),
      articles: s.articles.map(article),
    })),
  }));
  const references = xrefIndexFor(model).references.map((r) => ({
    from: r.from.article,
    text: r.text,
    to: { chapter: r.to.chapter, ...(r.to.section ? { section: r.to.section } : {}), ...(r.to.article ? { article: r.to.article } : {}) },
    articles: r.articles,
    url: abs(r.to.url),
  }));
  return {
    id: v.id,
    title: v.title,
    label: v.label,
    stage: v.stage,
    date: v.date,
    status: v.status,
    basis: v.basis,
    ...(v.previous ? { previous: v.previous } : {}),
    changes: v.changes,
    url: abs(versionUrl(v.id)),
    sha256: canonicalSha256(chapters, appendices),
    canonicalText:
      'sha256 of the UTF-8 canonical text: blocks in reading order (appendix part 0; then per chapter 第N章 title, intro, articles, then each 第N节 title, intro, articles; then appendix parts 1… as title and markdown; ' +
      'an article is "第N条 title" then its markdown), each block NFC-normalised with LF line ends, line-end white space removed, ' +
      'blank-line runs collapsed and edges trimmed; empty blocks dropped; blocks joined by one blank line; a final newline. ' +
      'Defined in src/lib/canonical-text.ts.',
    chapters,
    appendices: [...appendices].sort((a, b) => a.part - b.part),
    references,
  };
}
