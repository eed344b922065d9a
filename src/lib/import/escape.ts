/**
 * Escaping plan text for MDX. Plan text is data, never code: a `{` would start
 * a JavaScript expression, `<` a JSX tag, `import`/`export` at a line start an
 * ES module statement, and `* _ [ ] ` # | ~` would change the Markdown. Every
 * character that can do so is escaped so that the rendered text is exactly
 * the source text. Backslash escapes are used where CommonMark allows them
 * (any ASCII punctuation), so `toPlainText` in plan-model.ts reads them back.
 */

/**
 * ASCII punctuation that is escaped wherever it appears in running text. The
 * pipe is not: a one-line paragraph cannot become a table (tables need a
 * delimiter row below), and table cells escape it themselves.
 */
const ALWAYS = /[\\`*_{}[\]<>~#]/g;

/**
 * Escape one line of plan text (a paragraph, a heading title or a table cell)
 * so that MDX shows it literally and runs nothing.
 */
export function escapeMdxText(text: string): string {
  // `&` could start a character reference (&lt;): written as &amp;.
  let s = text.replace(ALWAYS, (ch) => `\\${ch}`).replace(/&/g, '&amp;');
  // GFM turns http://… and www.… into links while parsing, and inside such a
  // link an escape would show as a backslash. Escaping the ':' or '.' that the
  // syntax looks for stops that; the text may still become a link afterwards,
  // with its characters intact.
  s = s.replace(/(?<=\b(?:https?|ftp|file)):(?=\/\/)/gi, '\\:').replace(/(?<=\bwww)\./gi, '\\.');
  // Line-start constructs: lists (-, +, 1. 1)), thematic breaks (---), ESM. Setext
  // underlines (===) cannot occur: every paragraph is one line after a blank line.
  s = s.replace(/^([-+])/, '\\$1');
  s = s.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  // `import`/`export` at a line start is an ES module statement in MDX; a
  // character reference for the first letter keeps the word and stops that.
  s = s.replace(/^(i)(mport\b)/i, (_m, first: string, rest: string) => `&#${first.charCodeAt(0)};${rest}`);
  s = s.replace(/^(e)(xport\b)/i, (_m, first: string, rest: string) => `&#${first.charCodeAt(0)};${rest}`);
  // Leading spaces would make an indented code block; the importer trims them,
  // but a caller may not, so they become a character reference too.
  s = s.replace(/^[ \t]+/, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
  return s;
}

/** Escape a table cell: like running text, plus the pipe that would end the cell; newlines flattened. */
export function escapeTableCell(text: string): string {
  return escapeMdxText(text.replace(/\s*\n\s*/g, ' ').trim()).replace(/\|/g, '\\|') || ' ';
}

/**
 * A YAML scalar for frontmatter: plain when it is unambiguous, else
 * double-quoted (JSON strings are valid YAML).
 */
export function yamlScalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const plain =
    value !== '' &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`~]/.test(value) &&
    !/[:#]\s|\s#|:$|\s$/.test(value) &&
    !/[\n\r\t"'\\]/.test(value) &&
    !/^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan|\d{4}-\d{2}-\d{2}.*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
