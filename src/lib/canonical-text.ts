/**
 * The canonical text of a version (issue 6): the string whose sha256
 * `/<v>/plan.json` publishes, so anyone holding the JSON can check that the
 * text they cite is the text we published. It is built only from fields that
 * plan.json itself carries, so it can be recomputed from the JSON alone:
 *
 * 1. Blocks in reading order: for each chapter its heading `第四章 <title>`,
 *    its `intro` if any, its articles; then for each section its heading
 *    `第二节 <title>`, its `intro` if any, its articles. An article is its
 *    heading `第十八条 <title>` (or `第十八条` alone) followed by its `text`.
 * 2. Every block is normalised: Unicode NFC, line endings LF, white space at
 *    line ends removed, runs of blank lines collapsed to one, blank lines at
 *    the start and end removed. Empty blocks are dropped.
 * 3. Blocks are joined with one blank line ("\n\n"); the text ends with "\n".
 * 4. The hash is the sha256 of the UTF-8 bytes, written in lowercase hex.
 */
import { createHash } from 'node:crypto';
import { articleLabel, chapterLabel, sectionLabel } from './citation.ts';

/** An article as plan.json carries it. */
export interface CanonicalArticle {
  number: number;
  title?: string | undefined;
  /** Body as Markdown source, without the heading. */
  text: string;
}

/** A section as plan.json carries it. */
export interface CanonicalSection {
  number: number;
  title: string;
  intro?: string | undefined;
  articles: ReadonlyArray<CanonicalArticle>;
}

/** A chapter as plan.json carries it. */
export interface CanonicalChapter {
  number: number;
  title: string;
  intro?: string | undefined;
  articles: ReadonlyArray<CanonicalArticle>;
  sections: ReadonlyArray<CanonicalSection>;
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
  return title ? `${label} ${title}` : label;
}

function articleBlocks(a: CanonicalArticle): string[] {
  return [heading(articleLabel(a.number), a.title), a.text];
}

/** The canonical text of a version (rules in the module comment). */
export function canonicalText(chapters: ReadonlyArray<CanonicalChapter>): string {
  const blocks: string[] = [];
  for (const c of chapters) {
    blocks.push(heading(chapterLabel(c.number), c.title), c.intro ?? '');
    for (const a of c.articles) blocks.push(...articleBlocks(a));
    for (const s of c.sections) {
      blocks.push(heading(sectionLabel(s.number), s.title), s.intro ?? '');
      for (const a of s.articles) blocks.push(...articleBlocks(a));
    }
  }
  return `${blocks.map(normalizeBlock).filter(Boolean).join('\n\n')}\n`;
}

/** Rule 4: sha256 (lowercase hex) of the canonical text. */
export function canonicalSha256(chapters: ReadonlyArray<CanonicalChapter>): string {
  return createHash('sha256').update(canonicalText(chapters), 'utf8').digest('hex');
}
