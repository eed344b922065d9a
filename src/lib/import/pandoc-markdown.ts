/**
 * What `pandoc -t markdown` writes for a Word plan that is pandoc's notation,
 * not the plan's words, read back before the line is read as Markdown:
 *
 * - a YAML block at the top (`---` / `title: …` / `---`): its title is the
 *   plan's title line, the rest goes;
 * - heading attributes (`# 第一章 总则 {#第一章-总则 .unnumbered}`), fenced divs
 *   (`::: {custom-style="Body Text"}` … `:::`), rules and setext underlines
 *   (`---`, `===`, `***` alone on a line);
 * - spans (`[严格保护耕地]{.underline}` is underlined: 强制性内容, as `<u>`);
 * - superscripts and subscripts of figures (`km^2^`, `CO~2~`);
 * - a hard line break's `\` at a line's end;
 * - a bullet list's marker (`-   坚持生态优先；`);
 * - the dashes and ellipsis pandoc writes in ASCII (`---` —, `--` –, `...` …),
 *   and the ’ that closes a ‘ written as `'`.
 */

import { asSubscript, asSuperscript } from './script-chars.ts';

/** A line that is only a rule or a setext underline. */
const RULE = /^\s*([-=*_])(?:\s*\1){2,}\s*$/;
/** A fenced div's fence: `:::`, `::: note`, `::: {custom-style="Body Text"}`. */
const DIV_FENCE = /^\s*:{3,}\s*(?:\{[^{}]*\}|[\w-]+)?\s*:*\s*$/;
/** Attributes at the end of a heading: `{#id .class key="value"}`. */
const HEADING_ATTRIBUTES = /\s*\{(?:\s*(?:[#.][^\s{}]+|[\w-]+=(?:"[^"]*"|[^\s{}]+)))+\s*\}\s*$/;
/** A span: `[text]{.underline}`. */
const SPAN = /\[([^[\]]+)\]\{([^{}]*)\}/g;
const SUPERSCRIPT = /(?<!\\)\^([0-9+-]{1,4})\^/g;
const SUBSCRIPT = /(?<!\\)~([0-9+-]{1,4})~/g;

/** The lines of a Markdown file with a YAML block at its top read: its title kept as the first line, its other lines blank. */
export function withoutFrontMatter(lines: readonly string[]): { lines: string[]; title?: string; block?: [number, number] } {
  const start = lines.findIndex((l) => l.trim() !== '');
  if (start < 0 || lines[start]!.trim() !== '---') return { lines: [...lines] };
  const end = lines.findIndex((l, i) => i > start && /^(?:---|\.\.\.)\s*$/.test(l));
  const body = lines.slice(start + 1, end);
  if (end < 0 || !body.every((l) => !l.trim() || /^(?:[\w-]+:|\s|-\s)/.test(l))) return { lines: [...lines] };
  const title = body.map((l) => /^title:\s*(.+)$/.exec(l)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2')).find(Boolean);
  const out = lines.map((l, i) => (i >= start && i <= end ? '' : l));
  if (title) out[start] = title;
  return { lines: out, ...(title ? { title } : {}), block: [start + 1, end + 1] };
}

/** One line of pandoc's Markdown with its notation read back (see the module comment); '' for a line that is notation only. */
export function pandocMarkdownLine(line: string): string {
  if (RULE.test(line) || DIV_FENCE.test(line)) return '';
  // A pipe table's delimiter row (|---|:--:|) keeps its dashes.
  if (/^[\s|:-]+$/.test(line) && line.includes('|')) return line;
  // A grid table's border or row kept as text (+---+, | … |) keeps its characters too.
  if (/^\s*[+|]/.test(line)) return line;
  let s = /^#{1,6}\s/.test(line) ? line.replace(HEADING_ATTRIBUTES, '') : line;
  s = s.replace(SPAN, (_, text: string, attributes: string) => (/(?:^|\s)\.underline(?:\s|$)/.test(attributes) ? `<u>${text}</u>` : text));
  s = s.replace(SUPERSCRIPT, (whole: string, x: string) => asSuperscript(x) ?? whole);
  s = s.replace(SUBSCRIPT, (whole: string, x: string) => asSubscript(x) ?? whole);
  s = s.replace(/(?<!\\)\\$/, '');
  // A bullet list's marker (a Word list pandoc wrote as Markdown); an ordered list's number is kept.
  s = s.replace(/^\s*[-*+]\s{1,4}(?=\S)/, '');
  return s
    // Exactly pandoc's runs: a longer run of dashes or dots (a 目录's leader 总则........3) is the text's own.
    .replace(/(?<=[^\s-])---(?=[^\s-])/g, '—')
    .replace(/(?<=[^\s-])--(?=[^\s-])/g, '–')
    .replace(/(?<!\.)\.{6}(?!\.)/g, '……')
    .replace(/(?<!\.)\.\.\.(?!\.)/g, '…')
    .replace(/‘([^‘’'\n]*)(?<!\\)'/g, '‘$1’');
}
