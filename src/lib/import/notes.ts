/**
 * Notes mode of the importer: the drafting notes (起草说明) → content/notes/.
 * The four parts (一、… 四、…) become anchored sections n1…n4, kept verbatim
 * (only extraction artefacts cleaned); the dated lines of 编制过程 become a
 * timeline whose entries are anchored t2019-09 (t2023-01-2 for a second entry
 * in the same month), the ids that frontmatter `sources` cite as T2019-09.
 * Output: `<name>.mdx` (frontmatter lists parts and timeline) and
 * `timeline.json` (the same timeline as data for other pages).
 */
import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseChineseNumeral } from '../numerals.ts';
import { COMPILED_STAGE, STAGES } from '../schemas.ts';
import { checkBrackets, collapseCjkSpaces } from './clean.ts';
import { escapeMdxText, yamlScalar } from './escape.ts';
import { buildParagraphs } from './paragraphs.ts';
import { readPlanLines, type ExitCode } from './run.ts';
import { readTree, sameTree, writeTreeAtomically } from './writer.ts';
import type { Diagnostic, SourceLine } from './types.ts';
import { InputFormatError } from './encoding.ts';

/** One dated entry of 编制过程. */
export interface TimelineEntry {
  /** Anchor on /notes/: t2019-09, t2023-01-2. */
  id: string;
  /** Source id for frontmatter `sources`: T2019-09, T2023-01-2. */
  source: string;
  /** ISO year-month (or year-month-day when the text gives the day). */
  date: string;
  /** The date as written: 2019年9月. */
  label: string;
  /** The rest of the line after the date, verbatim (it starts with its own punctuation). */
  text: string;
  /** Plan stages the entry names (大纲, 过程稿, 公示稿, 送审稿, 批复稿). */
  stages: string[];
  line: number;
}

export interface NotesPart {
  /** Anchor n1…: the part's number. */
  id: string;
  /** Source id N1…. */
  source: string;
  number: number;
  /** The heading line as written: 一、制定的必要性：. */
  heading: string;
  paragraphs: { text: string; line: number }[];
  /** Present on the part that holds the timeline (编制过程). */
  timeline?: TimelineEntry[];
  line: number;
}

export interface ParsedNotes {
  title: string;
  parts: NotesPart[];
  diagnostics: Diagnostic[];
}

const PART_HEADING = /^([一二三四五六七八九十]+)、(.{1,30})$/;
const DATED = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/;

/** Parse the drafting notes' lines into title, parts and timeline. */
export function parseNotes(lines: SourceLine[]): ParsedNotes {
  const diagnostics: Diagnostic[] = [];
  const nonBlank = lines.filter((l) => l.text);
  const parts: NotesPart[] = [];
  if (nonBlank.length === 0) {
    diagnostics.push({ severity: 'error', line: null, message: 'the drafting notes are empty' });
    return { title: '', parts, diagnostics };
  }
  const title = collapseCjkSpaces(nonBlank[0]!.text);
  let current: { part: NotesPart; lines: SourceLine[] } | null = null;
  const groups: { part: NotesPart; lines: SourceLine[] }[] = [];
  for (const l of lines.slice(lines.indexOf(nonBlank[0]!) + 1)) {
    const m = PART_HEADING.exec(l.text);
    const n = m ? parseChineseNumeral(m[1]!) : null;
    if (m && n === parts.length + 1 && !/[。；]/.test(m[2]!)) {
      const part: NotesPart = { id: `n${n}`, source: `N${n}`, number: n, heading: collapseCjkSpaces(l.text), paragraphs: [], line: l.line };
      parts.push(part);
      current = { part, lines: [] };
      groups.push(current);
      continue;
    }
    if (!current) {
      if (l.text) diagnostics.push({ severity: 'error', line: l.line, message: 'text before the first part (一、…) of the drafting notes', text: l.text.slice(0, 40) });
      continue;
    }
    current.lines.push(l);
  }
  if (parts.length === 0) {
    diagnostics.push({ severity: 'error', line: null, message: 'no parts found: the drafting notes are divided into 一、… 二、… at line starts' });
  }
  const perMonth = new Map<string, number>();
  for (const g of groups) {
    const isTimeline = /编制过程|工作过程|编制历程/.test(g.part.heading);
    const paragraphs = buildParagraphs(g.lines, isTimeline ? (t) => DATED.test(t) : undefined);
    g.part.paragraphs = paragraphs.map(({ text, line }) => ({ text, line }));
    for (const p of paragraphs) diagnostics.push(...checkBrackets(p.text, p.lineAt));
    if (!isTimeline) continue;
    g.part.timeline = [];
    for (const p of g.part.paragraphs) {
      const d = DATED.exec(p.text);
      if (!d) continue;
      const month = `${d[1]}-${d[2]!.padStart(2, '0')}`;
      const k = (perMonth.get(month) ?? 0) + 1;
      perMonth.set(month, k);
      const suffix = k > 1 ? `-${k}` : '';
      g.part.timeline.push({
        id: `t${month}${suffix}`,
        source: `T${month}${suffix}`,
        date: d[3] ? `${month}-${d[3].padStart(2, '0')}` : month,
        label: d[0],
        text: p.text.slice(d[0].length),
        stages: STAGES.filter((s) => s !== '修改' && s !== COMPILED_STAGE && p.text.includes(s)),
        line: p.line,
      });
    }
    if (g.part.timeline.length === 0) diagnostics.push({ severity: 'warning', line: g.part.line, message: `${g.part.heading} has no dated entries (2019年9月…) for the timeline` });
  }
  if (!parts.some((p) => p.timeline)) diagnostics.push({ severity: 'warning', line: null, message: 'no 编制过程 part: the notes have no timeline' });
  return { title, parts, diagnostics };
}

/** The notes as MDX: frontmatter (title, parts, timeline) and one `<section id="n…">` per part. */
export function renderNotesMdx(notes: ParsedNotes, sourcePath: string): string {
  const fm = [`title: ${yamlScalar(notes.title)}`, `source: ${yamlScalar(sourcePath)}`, 'parts:'];
  for (const p of notes.parts) fm.push(`  - { id: ${p.id}, source: ${p.source}, number: ${p.number}, heading: ${yamlScalar(p.heading)} }`);
  const timeline = notes.parts.flatMap((p) => p.timeline ?? []);
  fm.push(timeline.length ? 'timeline:' : 'timeline: []');
  for (const t of timeline) fm.push(`  - { id: ${t.id}, source: ${t.source}, date: ${yamlScalar(t.date)}, label: ${yamlScalar(t.label)} }`);
  const body: string[] = [];
  for (const p of notes.parts) {
    body.push(`<section id="${p.id}" aria-labelledby="${p.id}-heading">`, '', `<h2 id="${p.id}-heading">${escapeMdxText(p.heading)}</h2>`, '');
    const dated = new Set((p.timeline ?? []).map((t) => t.line));
    let inList = false;
    for (const para of p.paragraphs) {
      const entry = p.timeline?.find((t) => t.line === para.line);
      if (entry && dated.has(para.line)) {
        if (!inList) body.push('<ol class="timeline">');
        inList = true;
        body.push(`<li id="${entry.id}"><a href="#${entry.id}"><time datetime="${entry.date}">${escapeMdxText(entry.label)}</time></a>${escapeMdxText(entry.text)}</li>`);
        continue;
      }
      if (inList) body.push('</ol>', '');
      inList = false;
      body.push(escapeMdxText(para.text), '');
    }
    if (inList) body.push('</ol>', '');
    body.push('</section>', '');
  }
  return `---\n${fm.join('\n')}\n---\n\n${body.join('\n').trimEnd()}\n`;
}

export interface NotesImportResult {
  exitCode: ExitCode;
  report: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  json: Record<string, unknown>;
  files: Map<string, string>;
}

/** Import the drafting notes into `<contentDir>/notes/`. */
export async function runNotesImport(options: { input: string; contentDir?: string; replace?: boolean; dryRun?: boolean }): Promise<NotesImportResult> {
  const contentDir = options.contentDir ?? 'content';
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const files = new Map<string, string>();
  const finish = (exitCode: ExitCode, extra: string[] = []): NotesImportResult => {
    const timeline = [...files.keys()].length ? JSON.parse(files.get('timeline.json') ?? '{"entries":[]}').entries.length : 0;
    const report = [
      `Notes import of ${options.input}`,
      `Parts: ${parsedParts}; timeline entries: ${timeline}`,
      `Warnings (${warnings.length}):`,
      ...warnings.map((d) => `  ${d.line !== null ? `line ${d.line}: ` : ''}${d.message}${d.text ? `  “${d.text}”` : ''}`),
      `Errors (${errors.length}):`,
      ...errors.map((d) => `  ${d.line !== null ? `line ${d.line}: ` : ''}${d.message}${d.text ? `  “${d.text}”` : ''}`),
      ...extra,
    ].join('\n');
    return { exitCode, report, errors, warnings, files, json: { notes: join(contentDir, 'notes'), parts: parsedParts, timeline, warnings, errors } };
  };
  let parsedParts = 0;
  if (!existsSync(options.input)) {
    errors.push({ severity: 'error', line: null, message: `${options.input}: no such file` });
    return finish(2);
  }
  let lines: SourceLine[];
  try {
    const read = await readPlanLines(options.input);
    lines = read.lines;
    warnings.push(...read.diagnostics.filter((d) => d.severity === 'warning'));
  } catch (e) {
    errors.push({ severity: 'error', line: null, message: e instanceof InputFormatError ? e.message : (e as Error).message });
    return finish(1);
  }
  const notes = parseNotes(lines);
  parsedParts = notes.parts.length;
  for (const d of notes.diagnostics) (d.severity === 'error' ? errors : warnings).push(d);
  if (errors.length) return finish(1, ['Nothing written (exit 1).']);
  const name = basename(options.input).replace(/\..*$/, '');
  const sourcePath = relative(process.cwd(), options.input).replace(/\\/g, '/');
  files.set(`${name}.mdx`, renderNotesMdx(notes, sourcePath));
  const timeline = notes.parts.flatMap((p) => p.timeline ?? []);
  files.set('timeline.json', JSON.stringify({ source: sourcePath, entries: timeline }, null, 2) + '\n');
  const target = join(contentDir, 'notes');
  // content/notes holds only what this mode writes, so the folder is replaced as a whole.
  const existing = existsSync(target) ? readTree(target) : null;
  if (existing && sameTree(target, files)) return finish(0, ['The notes are already imported with identical content: nothing written.']);
  if (existing && existing.size > 0 && !options.replace) {
    errors.push({ severity: 'error', line: null, message: `${target} already holds imported notes that differ: pass --replace to overwrite them` });
    return finish(2, ['Nothing written (exit 2).']);
  }
  if (options.dryRun) return finish(0, ['Dry run: nothing written.']);
  writeTreeAtomically(target, files, true, contentDir);
  return finish(0, [`Wrote ${relative(process.cwd(), target) || target}/ (${[...files.keys()].join(', ')}).`]);
}
