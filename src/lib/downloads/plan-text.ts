/**
 * A version as plain text in the importer's own input format (README,
 * “Importing a plan text”): the title, then 第一章／第一节／第一条 headings
 * with a full-width space before their titles, one paragraph per line, tables
 * as pipe rows, parts after the chapters (附图…) under their own heading.
 * Importing this file (with the version's sidecars) reproduces the version's
 * content files byte for byte; tests/unit/download-text.test.ts checks it.
 */
import { articleLabel, chapterLabel, sectionLabel } from '../citation.ts';
import { markdownBlocks, type TextBlock } from './blocks.ts';
import { addressLine, splitAppendices, type DownloadDocument } from './document.ts';

const SPACE = '\u3000';

function heading(label: string, title?: string): string {
  // A flat version's one chapter has no number: its title stands alone.
  return title ? (label ? `${label}${SPACE}${title}` : title) : label;
}

function blockLines(block: TextBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'subheading':
      return [block.text];
    case 'table':
      return block.rows.map((row) => `| ${row.map((c) => c.replace(/\|/g, '｜')).join(' | ')} |`);
  }
}

function bodyLines(markdown: string | undefined): string[] {
  return markdownBlocks(markdown ?? '').flatMap(blockLines);
}

/** The plain-text download of a version (UTF-8, LF line ends, ending in a newline). */
export function planText(doc: DownloadDocument): string {
  // Under the title, as on a cover: which text this is and where it is kept. Forwarded on its own,
  // the file still says it is not the official text; the importer leaves a cover out (not plan text).
  const out: string[] = [doc.title, doc.label, `${doc.stage} · ${doc.date}`, doc.notice, addressLine(doc.url), ''];
  const push = (lines: string[]) => lines.length && out.push(...lines, '');
  const article = (a: DownloadDocument['chapters'][number]['articles'][number]) => push([heading(articleLabel(a.number, a.printed), a.title), ...bodyLines(a.markdown)]);
  const { preamble, back } = splitAppendices(doc);
  for (const p of preamble) push([p.title, ...bodyLines(p.markdown)]);
  for (const c of doc.chapters) {
    push([heading(c.label ?? chapterLabel(c.number), c.title)]);
    push(bodyLines(c.intro));
    c.articles.forEach(article);
    for (const s of c.sections) {
      push([heading(s.label ?? sectionLabel(s.number), s.title)]);
      push(bodyLines(s.intro));
      s.articles.forEach(article);
    }
  }
  for (const p of back) push([p.title, ...bodyLines(p.markdown)]);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
