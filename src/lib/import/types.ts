/**
 * Shared shapes of the importer (issue 3): the plan text goes
 * bytes → {@link SourceLine}s → {@link ParsedPlan} → MDX files.
 */

/** A problem found in the input: an error stops the import, a warning is reported. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** 1-based line in the input text (for .docx: the line of the extracted text), when known. */
  line: number | null;
  /** What is wrong and, where it helps, what to do. */
  message: string;
  /** The offending text (shortened), when there is one. */
  text?: string;
  /** Set on a warning a later phase may withdraw: `bare-number`, a kept number line that turns out to be a table cell. */
  code?: 'bare-number';
}

/** One line of the input after decoding and artefact cleaning, before structure is read. */
export interface SourceLine {
  /** 1-based line number in the input. */
  line: number;
  /** The text without its indentation or trailing spaces (artefacts removed, CJK spacing not yet collapsed). */
  text: string;
  /** Leading whitespace width (a full-width space counts 2, a tab 4): a new-paragraph cue in PDF exports. */
  indent: number;
  /**
   * True when the line is a paragraph of its own by construction (a Word paragraph):
   * then it is never joined to its neighbour as a wrapped line.
   */
  exact?: boolean;
  /** A Word heading level (1–6) when the line came from a Word heading style. */
  headingLevel?: number;
  /** Rows of cells when the line stands for a whole Word table. */
  table?: string[][];
  /**
   * Tabs before the first cell of a tab-separated row (`⇥⇥2020年⇥2035年`, a
   * second header row under merged cells): its leading empty cells, which the
   * trimmed `text` no longer shows. Absent when none or not a tab row.
   */
  leadingTabs?: number;
  /** A page break (form feed) came right before this line. */
  pageBreakBefore?: boolean;
  /** A 目录 entry by construction: a line of Word's table-of-contents field (a link to its heading's _Toc bookmark). */
  contentsEntry?: boolean;
}

/** A block of an article body, a chapter or section lead, or an appendix part. */
export type Block =
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'table'; rows: string[][]; line: number }
  /** A heading inside an appendix part or lead (附表1 … under 附表); rendered as `###`. */
  | { kind: 'subheading'; text: string; line: number };

export interface ParsedArticle {
  /** The ordinal through the plan (1…N): the `#a<n>` anchor and `/<v>/a/<n>/` URL. */
  number: number;
  /** The number as printed when the scheme is not law-shaped (1.1.1, 2.); absent for 第X条. */
  printed?: string;
  title: string;
  blocks: Block[];
  line: number;
}

export interface ParsedSection {
  number: number;
  /** The number as printed when the scheme is not law-shaped (1.2, （二））. */
  printed?: string;
  title: string;
  lead: Block[];
  articles: ParsedArticle[];
  line: number;
}

export interface ParsedChapter {
  number: number;
  /** The number as printed when the scheme is not law-shaped (1, 三、). */
  printed?: string;
  title: string;
  lead: Block[];
  /** Articles held by the chapter itself (a chapter without sections). */
  articles: ParsedArticle[];
  sections: ParsedSection[];
  line: number;
}

/** Text outside the chapters: 前言 before them, 附表/附图/附录/名词解释 after them. */
export interface ParsedPart {
  /** 前言 for text before the first chapter; else the appendix word the heading starts with. */
  kind: string;
  /** The heading line as in the text ('' for a preamble without a heading). */
  title: string;
  blocks: Block[];
  line: number;
}

export interface ParsedPlan {
  /** The title line, without book-title marks; '' if the text has none. */
  title: string;
  chapters: ParsedChapter[];
  /** Preamble (part 0, when present) and appendix parts, in text order. */
  parts: ParsedPart[];
  diagnostics: Diagnostic[];
  /** The numbering scheme read, and why it was chosen. */
  numbering?: { scheme: string; reason: string };
  /** The cover's lines after the title (文本, （送审稿）…), left out of the text; they may name its stage. */
  cover?: string[];
  /** Input lines of tables pasted one cell per line (cell-tables.ts): their bare numbers are cells, not page numbers. */
  cellLines?: Set<number>;
}
