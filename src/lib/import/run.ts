/**
 * One import, start to finish: read the file (text or .docx), parse it, read
 * the sidecars, align with the previous version for article keys, count
 * cross-references, render, check the result with the same plan model the
 * site builds from, and only then write the version atomically. Used by
 * `scripts/import.ts` and by the tests (no process exit, no printing here).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { parse as parseYaml, parseDocument, isMap, isScalar } from 'yaml';
import { assignArticleKeys, type ArticleKey, type KeyedArticle } from '../align.ts';
import { buildPlanModel, parseArticles, PlanContentError, toPlainText, type ContentProblem } from '../plan-model.ts';
import { parseVersionTexts } from '../plan-files.ts';
import { readFrontmatter as splitFrontmatter } from './frontmatter.ts';
import { COMPILED_STAGE, STAGES, SOURCE_ID_PATTERN } from '../schemas.ts';
import { COVER_STAGE_NAMES } from './cover-stages.ts';
import { findReferences, resolveReference, type XrefPlan } from '../xref.ts';
import { decodeText, detectFormat, InputFormatError } from './encoding.ts';
import { docxToLines, htmlFileToLines } from './docx.ts';
import { textToLines } from './lines.ts';
import { labelledTitle, NUMBERING_SCHEMES, partLabel, type NumberingSchemeId } from '../provision-number.ts';
import { articleLabel, articleRange } from '../citation.ts';
import { allArticles, parsePlan } from './parse.ts';
import { renderVersion, type VersionChangeInput, type VersionMetaInput } from './render.ts';
import { readVersionArticles, versionExists } from './previous.ts';
import { readAnnotations } from './annotations.ts';
import { recoverWorkArea, sameTree, writeTreeAtomically } from './writer.ts';
import { acquireImportLock, ImportLockedError } from './lock.ts';
import { contentDirProblem, dateProblem, describeWriteError, inputProblem, replaceProblem, versionIdProblem } from './validate.ts';
import { reservedVersionIds } from '../reserved-ids.ts';
import type { Block, Diagnostic, ParsedPlan, SourceLine } from './types.ts';

/** Exit codes of the CLI: 0 imported, 1 invalid input (nothing written), 2 usage error. */
export type ExitCode = 0 | 1 | 2;

/** A mistake in how the importer was called (exit 2), as opposed to in the input (exit 1). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ImportOptions {
  /** The plan text: .txt, .md, .html or .docx. */
  input: string;
  version: string;
  label?: string | undefined;
  date?: string | undefined;
  stage?: string | undefined;
  expect?: { chapters: number; sections: number } | undefined;
  /** Default `content`. */
  contentDir?: string | undefined;
  previous?: string | undefined;
  replace?: boolean | undefined;
  /** Parse and check only; write nothing. */
  dryRun?: boolean | undefined;
  /** The date used when none is given (tests pin it). Default: today, UTC. */
  today?: string | undefined;
  /** `--numbering`: the numbering scheme instead of the detected one. */
  numbering?: NumberingSchemeId | undefined;
}

/** Counts and problems of one import: what the report prints and `--json` emits. */
export interface ImportSummary {
  version: string;
  chapters: number;
  sections: number;
  articles: number;
  crossRefs: number;
  unresolved: number;
  warnings: Diagnostic[];
  errors: Diagnostic[];
}

export interface ImportResult extends ImportSummary {
  exitCode: ExitCode;
  /** The version folder written (relative to the working directory), or null. */
  written: string | null;
  /** True when an identical version was already there (nothing was written). */
  unchanged: boolean;
  /** Per-chapter lines for the report. */
  perChapter: string[];
  /** The rendered files (relative to the version folder), when the import got that far. */
  files: Map<string, string>;
  encoding: string;
  /** The numbering scheme read, and why (printed in the report). */
  numbering?: { scheme: string; reason: string };
}


/** The sidecar files next to the input: `<base>.meta.yaml`, `<base>.sources.yaml` and `<base>.annotations.yaml`. */
export function sidecarPaths(input: string): { meta: string; sources: string; annotations: string } {
  const base = join(dirname(input), basename(input, extname(input)));
  return { meta: `${base}.meta.yaml`, sources: `${base}.sources.yaml`, annotations: `${base}.annotations.yaml` };
}

interface SidecarMeta {
  title?: string;
  label?: string;
  date?: string;
  stage?: string;
  status?: 'current' | 'superseded';
  basis?: string;
  /** The GB/T 7714 主要责任者 (the body that issued the text), when the source names it. */
  responsible?: string;
  previous?: string;
  expect?: { chapters: number; sections: number };
  changes?: VersionChangeInput[];
}

function readMeta(path: string, errors: Diagnostic[]): SidecarMeta {
  if (!existsSync(path)) return {};
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    errors.push({ severity: 'error', line: null, message: `${path}: not valid YAML (${(e as Error).message.split('\n')[0]})` });
    return {};
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    errors.push({ severity: 'error', line: null, message: `${path}: expected a mapping of version fields (title, label, date, stage, status, basis, responsible, previous, changes)` });
    return {};
  }
  const v = value as Record<string, unknown>;
  const meta: SidecarMeta = {};
  for (const k of ['title', 'label', 'stage', 'basis', 'responsible', 'previous'] as const) {
    if (v[k] !== undefined) meta[k] = String(v[k]);
  }
  if (v.date !== undefined) meta.date = v.date instanceof Date ? v.date.toISOString().slice(0, 10) : String(v.date);
  if (v.status !== undefined) {
    if (v.status !== 'current' && v.status !== 'superseded') errors.push({ severity: 'error', line: null, message: `${path}: status must be current or superseded, not "${String(v.status)}"` });
    else meta.status = v.status;
  }
  if (v.expect !== undefined) {
    const e = v.expect as { chapters?: unknown; sections?: unknown };
    if (typeof e?.chapters === 'number' && typeof e?.sections === 'number') meta.expect = { chapters: e.chapters, sections: e.sections };
    else errors.push({ severity: 'error', line: null, message: `${path}: expect must be { chapters: <n>, sections: <n> }` });
  }
  if (v.changes !== undefined) {
    if (!Array.isArray(v.changes)) errors.push({ severity: 'error', line: null, message: `${path}: changes must be a list` });
    else {
      meta.changes = [];
      v.changes.forEach((c: unknown, i: number) => {
        const ch = c as Record<string, unknown>;
        const kinds = ['added', 'removed', 'changed', 'renumbered'];
        if (!ch || !kinds.includes(String(ch.kind)) || typeof ch.article !== 'number') {
          errors.push({ severity: 'error', line: null, message: `${path}: changes[${i}] needs kind (${kinds.join('/')}) and article (a number)` });
          return;
        }
        meta.changes!.push({
          kind: ch.kind as VersionChangeInput['kind'],
          article: ch.article,
          ...(typeof ch.from === 'number' ? { from: ch.from } : {}),
          ...(ch.note !== undefined ? { note: String(ch.note) } : {}),
        });
      });
    }
  }
  return meta;
}

/**
 * Read `<base>.sources.yaml`: "<c>.<s>" or "<c>" → source ids. Keys are read
 * as written (YAML would read an unquoted 4.10 as the number 4.1).
 */
function readSources(path: string, errors: Diagnostic[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!existsSync(path)) return out;
  const doc = parseDocument(readFileSync(path, 'utf8'));
  if (doc.errors.length) {
    errors.push({ severity: 'error', line: null, message: `${path}: not valid YAML (${doc.errors[0]!.message.split('\n')[0]})` });
    return out;
  }
  if (doc.contents === null) return out;
  if (!isMap(doc.contents)) {
    errors.push({ severity: 'error', line: null, message: `${path}: expected a mapping "<chapter>.<section>" → [source ids]` });
    return out;
  }
  for (const item of doc.contents.items) {
    const key = isScalar(item.key) ? String(item.key.source ?? item.key.value) : String(item.key);
    const raw = (item.key as { source?: string })?.source ?? key;
    const k = String(raw).trim();
    if (!/^\d+(\.\d+)?$/.test(k)) {
      errors.push({ severity: 'error', line: null, message: `${path}: key "${k}" is not "<chapter>" or "<chapter>.<section>"` });
      continue;
    }
    const value = (item.value as { toJSON?: () => unknown })?.toJSON?.() ?? (isScalar(item.value) ? item.value.value : item.value);
    const list = Array.isArray(value) ? value.map(String) : value === null || value === undefined ? [] : [String(value)];
    const bad = list.filter((s) => !SOURCE_ID_PATTERN.test(s));
    if (bad.length) errors.push({ severity: 'error', line: null, message: `${path}: "${k}" lists ${bad.map((b) => `"${b}"`).join(', ')}: a source id is N1–N4, T<yyyy-mm>[-k] or F<n>` });
    const [c, s] = k.split('.').map(Number);
    out[s === undefined ? String(c) : `${c}.${s}`] = list;
  }
  return out;
}

/** The plain text of blocks (what alignment and cross-references read). */
function blocksText(blocks: Block[]): string {
  return blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.join(' ')).join('\n') : b.text)).join('\n');
}

/** Find 第N条 references to the plan's own articles and resolve them against the parsed text. */
function countCrossReferences(plan: ParsedPlan, version: string): { found: number; unresolved: Diagnostic[] } {
  const articles = new Map<number, { chapter: number; section?: number | undefined }>();
  for (const a of allArticles(plan)) articles.set(a.article.number, { chapter: a.chapter, section: a.section });
  const xplan: XrefPlan = {
    version,
    articles,
    chapters: new Map(plan.chapters.map((c) => [c.number, { title: c.title, sections: new Map(c.sections.map((s) => [s.number, { title: s.title }])) }])),
  };
  let found = 0;
  const unresolved: Diagnostic[] = [];
  const scan = (blocks: Block[], here: { chapter?: number; section?: number }) => {
    for (const b of blocks) {
      const texts = b.kind === 'table' ? b.rows.flat() : [b.text];
      for (const text of texts) {
        for (const ref of findReferences(text)) {
          if (ref.target.kind !== 'article') continue;
          found++;
          const r = resolveReference(ref, xplan, here);
          if (!r.ok) unresolved.push({ severity: 'warning', line: b.line, message: `unresolved cross-reference: ${r.error}`, text: ref.text });
        }
      }
    }
  };
  for (const c of plan.chapters) {
    scan(c.lead, { chapter: c.number });
    for (const a of c.articles) scan(a.blocks, { chapter: c.number });
    for (const s of c.sections) {
      scan(s.lead, { chapter: c.number, section: s.number });
      for (const a of s.articles) scan(a.blocks, { chapter: c.number, section: s.number });
    }
  }
  for (const p of plan.parts) scan(p.blocks, {});
  return { found, unresolved };
}

/** Guess the stage from the title, the cover or the file name (…公示稿, （送审稿）): the stage and where it was read, else null. */
function stageFromText(places: [where: string, text: string][]): { stage: string; from: string } | null {
  for (const [from, text] of places) {
    for (const stage of STAGES) if (stage !== '修改' && text.includes(stage)) return { stage, from };
    // Other names a cover gives a stage the site has (报批稿 is 送审稿).
    for (const [name, stage] of COVER_STAGE_NAMES) if (stage && stage !== name && text.includes(name)) return { stage, from: `${from} (${name})` };
  }
  return null;
}

/** The stage when no flag or meta gives one: named by the title, the cover or the file name, else a compiled edition. */
function stageDefault(plan: ParsedPlan, input: string, defaulted: (flag: string, value: string, shown?: string) => string): string {
  const guess = stageFromText([['the title', plan.title], ['the cover', (plan.cover ?? []).join(' ')], ['the file name', basename(input)]]);
  return guess ? defaulted('stage', guess.stage, `${guess.stage} (named by ${guess.from})`) : defaulted('stage', COMPILED_STAGE);
}

/** Changes against the previous version, from the alignment: added, removed, renumbered, changed. */
function detectChanges(previous: KeyedArticle[], current: { number: number; text: string; title: string }[], keys: ArticleKey[]): VersionChangeInput[] {
  const byKey = new Map(previous.map((p) => [p.key, p]));
  const kept = new Set<string>();
  const changes: VersionChangeInput[] = [];
  current.forEach((a, i) => {
    const k = keys[i]!;
    const p = byKey.get(k.key);
    if (!p) {
      changes.push({ kind: 'added', article: a.number });
      return;
    }
    kept.add(p.key);
    const textChanged = p.text !== a.text || p.title !== a.title;
    if (textChanged) changes.push({ kind: 'changed', article: a.number, ...(k.from !== undefined ? { from: k.from } : {}) });
    else if (k.from !== undefined) changes.push({ kind: 'renumbered', article: a.number, from: k.from });
  });
  for (const p of previous) if (!kept.has(p.key)) changes.push({ kind: 'removed', article: p.number });
  return changes;
}

/** Check the rendered files with the site's own schemas and plan model: what the build would reject. */
function checkRendered(files: Map<string, string>, id: string, sourcesFile: string): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  // The same loader the site and the checks use, fed the files in memory.
  let problems: ContentProblem[];
  try {
    problems = buildPlanModel(parseVersionTexts(files, (path) => `plan/${id}/${path}`)).problems;
  } catch (e) {
    if (!(e instanceof PlanContentError)) throw e;
    problems = e.problems;
  }
  // The files are the importer's own writing: a problem in them is the importer's defect, not the text's
  // (the fix the site gives for a hand-edited file, re-run the importer, would not help).
  for (const p of problems.filter((x) => x.severity !== 'warning')) {
    errors.push({
      severity: 'error',
      line: null,
      message: `the importer wrote ${p.file}${p.line ? `:${p.line}` : ''} so that the site would reject it: ${p.message}. This is a defect of the importer, not of the text: report it with the input file; --dry-run shows the structure it read`,
    });
  }
  // Missing sources (a warning the model gives a compiled edition only) fail it at build: say so now, once.
  const unsourced = problems.filter((x) => x.severity === 'warning').map((x) => x.file.replace(/^plan\/[^/]+\//, ''));
  if (unsourced.length) {
    errors.push({
      severity: 'error',
      line: null,
      message:
        `stage ${COMPILED_STAGE} (a compiled edition) needs the sources of every section, and ${unsourced.length} list none (${unsourced.slice(0, 3).join(', ')}${unsourced.length > 3 ? ', …' : ''}): ` +
        `add ${sourcesFile} with a line per section such as "4.2": [N4, F2], or give the stage of an official text with --stage (${STAGES.filter((x) => x !== COMPILED_STAGE).join(' / ')})`,
    });
  }
  return { errors, warnings };
}

/** Read a plan file into lines, whatever its format. */
export async function readPlanLines(path: string): Promise<{ lines: SourceLine[]; diagnostics: Diagnostic[]; encoding: string }> {
  const bytes = readFileSync(path);
  const format = detectFormat(bytes, basename(path));
  if (format === 'docx') {
    const { lines, diagnostics } = await docxToLines(bytes);
    return { lines, diagnostics, encoding: 'docx' };
  }
  const { text, encoding } = decodeText(bytes, basename(path));
  const { lines, diagnostics } =
    format === 'html' ? htmlFileToLines(text) : textToLines(text, { markdown: /\.(md|markdown|mdx)$/i.test(path) });
  if (encoding !== 'utf-8') diagnostics.unshift({ severity: 'warning', line: null, message: `the input is ${encoding.toUpperCase()}; converted to UTF-8` });
  return { lines, diagnostics, encoding };
}

/** An empty result for `version`, to be filled in. */
function emptyResult(version: string): ImportResult {
  return {
    exitCode: 1,
    version,
    chapters: 0,
    sections: 0,
    articles: 0,
    crossRefs: 0,
    unresolved: 0,
    warnings: [],
    errors: [],
    written: null,
    unchanged: false,
    perChapter: [],
    files: new Map(),
    encoding: '',
  };
}

/** The first problem with how the importer was called (exit 2), or null. */
function usageProblem(options: ImportOptions, contentDir: string): string | null {
  return (
    versionIdProblem(options.version, reservedVersionIds()) ??
    (options.date !== undefined ? dateProblem(options.date) : null) ??
    (options.stage !== undefined && !(STAGES as readonly string[]).includes(options.stage) ? `--stage "${options.stage}": one of ${STAGES.join(' / ')}` : null) ??
    contentDirProblem(contentDir) ??
    inputProblem(options.input)
  );
}

/**
 * Run one import. Never throws for bad input or usage: the result carries the
 * exit code and every diagnostic. Holds the content folder's import lock
 * (src/lib/import/lock.ts) while it works, and first repairs what an import
 * killed outright left behind.
 */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const contentDir = options.contentDir ?? 'content';
  const result = emptyResult(options.version);
  const problem = usageProblem(options, contentDir);
  if (problem) {
    result.exitCode = 2;
    result.errors.push({ severity: 'error', line: null, message: problem });
    return result;
  }
  if (options.dryRun) return importUnlocked(options, contentDir, result);
  let release: () => void;
  try {
    release = acquireImportLock(contentDir, `importing ${basename(options.input)} as ${options.version}`);
  } catch (e) {
    if (!(e instanceof ImportLockedError)) throw e;
    result.errors.push({ severity: 'error', line: null, message: e.message });
    return result;
  }
  try {
    for (const message of recoverWorkArea(contentDir)) result.warnings.push({ severity: 'warning', line: null, message });
    return await importUnlocked(options, contentDir, result);
  } finally {
    release();
  }
}

/**
 * Lets a pending SIGINT/SIGTERM handler run (scripts/import.ts). The phases
 * are synchronous, so without this a Ctrl-C would wait for the whole import
 * and then find the version written; called between phases and before the
 * write, it stops the import while nothing has been written.
 */
const yieldToSignals = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Stops an import between steps: exit 1 (the input is wrong; its errors are
 * already in the result) or exit 2 (a usage mistake, whose message this carries).
 */
class ImportStop extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly usage?: string,
  ) {
    super(usage ?? 'import stopped');
  }
}

const usageStop = (message: string) => new ImportStop(2, message);
const inputStop = () => new ImportStop(1);

/** The import itself, once the lock is held (or for a dry run): each step may stop it. */
async function importUnlocked(options: ImportOptions, contentDir: string, result: ImportResult): Promise<ImportResult> {
  try {
    const lines = await readInput(options, result);
    await yieldToSignals();
    const plan = parsePlan(lines, { ...(options.numbering ? { numbering: options.numbering } : {}) });
    if (plan.numbering) result.numbering = plan.numbering;
    await yieldToSignals();
    // The 序号 of a table pasted one cell per line were flagged as possible page numbers before the table was seen.
    const cells = plan.cellLines;
    if (cells) result.warnings = result.warnings.filter((w) => !(w.code === 'bare-number' && w.line !== null && cells.has(w.line)));
    for (const d of plan.diagnostics) (d.severity === 'error' ? result.errors : result.warnings).push(d);
    summarise(plan, options.version, result);
    const sidecars = readSidecarsChecked(options, plan, contentDir, result);
    const versionMeta = buildVersionMeta(options, plan, sidecars, contentDir, result);
    await yieldToSignals();
    result.files = renderVersion(plan, versionMeta, sidecars.keys, sidecars.sources, sidecars.annotations);
    const check = checkRendered(result.files, options.version, sidecars.paths.sources);
    result.errors.push(...check.errors);
    result.warnings.push(...check.warnings);
    if (result.errors.length) throw inputStop();
    return await writeVersion(options, contentDir, result);
  } catch (e) {
    if (!(e instanceof ImportStop)) throw e;
    if (e.usage) result.errors.push({ severity: 'error', line: null, message: e.usage });
    result.exitCode = e.exitCode;
    return result;
  }
}

/** Step 1: the input file as lines (its read warnings into the result), and the --numbering value checked. */
async function readInput(options: ImportOptions, result: ImportResult): Promise<SourceLine[]> {
  let lines: SourceLine[];
  try {
    const read = await readPlanLines(options.input);
    lines = read.lines;
    result.encoding = read.encoding;
    for (const d of read.diagnostics) (d.severity === 'error' ? result.errors : result.warnings).push(d);
  } catch (e) {
    const message = e instanceof InputFormatError ? e.message : `${options.input}: ${(e as Error).message}`;
    result.errors.push({ severity: 'error', line: null, message });
    throw inputStop();
  }
  if (options.numbering !== undefined && !(NUMBERING_SCHEMES as readonly string[]).includes(options.numbering)) {
    throw usageStop(`--numbering "${options.numbering}": one of ${NUMBERING_SCHEMES.join(' / ')}`);
  }
  return lines;
}

/** Step 2: counts, one line per chapter (numbered as the text numbers it), and cross-references. */
function summarise(plan: ParsedPlan, version: string, result: ImportResult): void {
  const scheme = (plan.numbering?.scheme ?? 'law') as NumberingSchemeId;
  result.chapters = plan.chapters.length;
  result.sections = plan.chapters.reduce((n, c) => n + c.sections.length, 0);
  result.articles = allArticles(plan).length;
  result.perChapter = plan.chapters.map((c) => {
    const list = [...c.articles, ...c.sections.flatMap((s) => s.articles)];
    // Numbers that start again in each section (一、 … 一、) make a span that says nothing.
    const printed = list.map((a) => articleLabel(a.number, a.printed));
    const range = list.length === 0 ? 'no articles' : new Set(printed).size < printed.length ? 'numbered within each section' : articleRange(list);
    const label = labelledTitle(partLabel({ scheme, chapter: c.number, printed: c.printed }), c.title);
    return `${label}: ${c.sections.length} section(s), ${list.length} article(s) (${range})`;
  });
  const refs = countCrossReferences(plan, version);
  result.crossRefs = refs.found;
  result.unresolved = refs.unresolved.length;
  result.warnings.push(...refs.unresolved);
}

/** What the sidecar files and the previous version give an import. */
interface Sidecars {
  paths: ReturnType<typeof sidecarPaths>;
  meta: SidecarMeta;
  sources: Record<string, string[]>;
  annotations: ReturnType<typeof readAnnotations>;
  previousId: string | undefined;
  keys: Map<number, ArticleKey>;
}

/** Step 3: the sidecars read and checked against the text, and the previous version named by --previous or the meta. */
function readSidecarsChecked(options: ImportOptions, plan: ParsedPlan, contentDir: string, result: ImportResult): Sidecars {
  const paths = sidecarPaths(options.input);
  const meta = readMeta(paths.meta, result.errors);
  const sources = readSources(paths.sources, result.errors);
  const annotations = readAnnotations(paths.annotations, result.errors);
  const count = result.articles;
  const numbers = new Set(allArticles(plan).map((a) => a.article.number));
  for (const n of annotations) {
    if (!numbers.has(n.article)) result.errors.push({ severity: 'error', line: null, message: `${paths.annotations}: article ${n.article} is not in this text (it has articles 1–${count}); fix the key` });
  }
  for (const key of Object.keys(sources)) {
    const [c, s] = key.split('.').map(Number);
    const chapter = plan.chapters.find((x) => x.number === c);
    if (!chapter || (s !== undefined && !chapter.sections.some((x) => x.number === s))) {
      result.warnings.push({ severity: 'warning', line: null, message: `${paths.sources}: "${key}" names no ${s === undefined ? 'chapter' : 'section'} of this text; ignored` });
    }
  }
  checkExpected(options, meta, result);
  const previousId = options.previous ?? meta.previous;
  if (previousId !== undefined) {
    if (previousId === options.version) throw usageStop(`--previous ${previousId}: a version cannot be its own previous version`);
    if (!versionExists(contentDir, previousId)) throw usageStop(`previous version "${previousId}" not found under ${join(contentDir, 'plan')} (import it first, or drop --previous)`);
  }
  checkMetaFields(options, meta, paths.meta, result);
  return { paths, meta, sources, annotations, previousId, keys: new Map() };
}

/** The expected counts (--expect or the meta's) against the text's. */
function checkExpected(options: ImportOptions, meta: SidecarMeta, result: ImportResult): void {
  const expect = options.expect ?? meta.expect;
  if (expect && (expect.chapters !== result.chapters || expect.sections !== result.sections)) {
    result.errors.push({
      severity: 'error',
      line: null,
      message: `expected ${expect.chapters} chapters and ${expect.sections} sections (${options.expect ? '--expect' : 'expect in the .meta.yaml'}) but the text has ${result.chapters} chapters and ${result.sections} sections`,
    });
  }
}

/** The meta's stage and date, when no flag overrides them. */
function checkMetaFields(options: ImportOptions, meta: SidecarMeta, metaPath: string, result: ImportResult): void {
  if (meta.stage !== undefined && options.stage === undefined && !(STAGES as readonly string[]).includes(meta.stage)) {
    result.errors.push({ severity: 'error', line: null, message: `${metaPath}: stage "${meta.stage}" is not one of ${STAGES.join(' / ')}` });
  }
  const metaDateProblem = meta.date !== undefined && options.date === undefined ? dateProblem(meta.date, `${metaPath}: date`) : null;
  if (metaDateProblem) result.errors.push({ severity: 'error', line: null, message: metaDateProblem });
}

/** Step 4: `_version.yaml`'s fields (flags over the meta over defaults, each default reported) and the article keys. */
function buildVersionMeta(options: ImportOptions, plan: ParsedPlan, sidecars: Sidecars, contentDir: string, result: ImportResult): VersionMetaInput {
  const { meta, previousId } = sidecars;
  // Usage problems above win over input errors; input errors stop here.
  if (result.errors.length) throw inputStop();
  const title = meta.title ?? plan.title;
  if (!title) {
    result.errors.push({ severity: 'error', line: null, message: `the text has no title line before its first chapter, and the .meta.yaml gives no title: put the plan's title (某县国土空间总体规划（2021—2035年）) as the text's first line, or give it as title: in ${sidecarPaths(options.input).meta}` });
    throw inputStop();
  }
  const defaulted = (flag: string, value: string, shown = value) => {
    result.warnings.push({ severity: 'warning', line: null, message: `no --${flag} given: using ${shown}` });
    return value;
  };
  const stage = options.stage ?? meta.stage ?? stageDefault(plan, options.input, defaulted);
  const named = stageFromText([['the title', plan.title], ['the cover', (plan.cover ?? []).join(' ')]]);
  if (named && named.stage !== stage) {
    result.warnings.push({ severity: 'warning', line: null, message: `${named.from} names the stage ${named.stage}, but this version is imported as ${stage}: check that this is the text you mean, or give --stage ${named.stage}` });
  }
  const date = options.date ?? meta.date ?? defaulted('date', options.today ?? new Date().toISOString().slice(0, 10));
  const label = options.label ?? meta.label ?? defaulted('label', options.version, `"${options.version}"`);
  const { keyList, previous, comparable } = articleKeys(plan, previousId, contentDir, options.version);
  for (const k of keyList) sidecars.keys.set(k.number, k);
  return {
    id: options.version,
    title: title.replace(/^《(.+)》$/, '$1'),
    label,
    date,
    stage,
    status: meta.status ?? 'current',
    // Readers see the basis: never the name of the file imported (second-plan tester, 2026-12-03).
    basis: meta.basis ?? basisDefault(stage, sidecarPaths(options.input).meta, result),
    ...(meta.responsible ? { responsible: meta.responsible } : {}),
    ...(previousId ? { previous: previousId } : {}),
    ...(plan.numbering ? { numbering: plan.numbering.scheme } : {}),
    expect: { chapters: result.chapters, sections: result.sections },
    changes: meta.changes ?? (previous ? detectChanges(previous, comparable, keyList) : []),
  };
}

/**
 * The basis a version says without a `basis:` in its sidecar: the stage's
 * text, its source unstated, never the name of the file imported (readers
 * see it on every version page and in plan.json); the report says how to
 * give it.
 */
function basisDefault(stage: string, metaPath: string, result: ImportResult): string {
  const basis = `${stage}文本（来源未载明）`;
  result.warnings.push({ severity: 'warning', line: null, message: `no basis given: the version says “${basis}”; say what the text was received from (basis: 某县自然资源局提供的批复稿文本) in ${relative(process.cwd(), metaPath) || metaPath}, and the body that issued it (responsible: 某县人民政府) for its citations` });
  return basis;
}

/** Keys for the articles: aligned with the previous version when there is one, compared like with like. */
function articleKeys(plan: ParsedPlan, previousId: string | undefined, contentDir: string, version: string) {
  let previous: KeyedArticle[] | null = null;
  if (previousId) {
    try {
      previous = readVersionArticles(contentDir, previousId);
    } catch (e) {
      throw usageStop(`previous version "${previousId}" could not be read: ${(e as Error).message}`);
    }
  }
  // The previous text is read back from MDX, so the current text goes through the same rendering before comparison.
  const comparable = previous
    ? comparableTexts(plan)
    : allArticles(plan).map(({ article }) => ({ number: article.number, title: article.title, text: blocksText(article.blocks) }));
  return { keyList: assignArticleKeys(previous, comparable, version), previous, comparable };
}

/** Step 5: write the version (atomically), or report it unchanged, refuse to replace it, or stop at a dry run. */
async function writeVersion(options: ImportOptions, contentDir: string, result: ImportResult): Promise<ImportResult> {
  const target = join(contentDir, 'plan', options.version);
  if (existsSync(target)) {
    if (sameTree(target, result.files)) {
      result.unchanged = true;
      result.exitCode = 0;
      return result;
    }
    if (!options.replace) throw usageStop(`version ${options.version} already exists at ${target}: choose a new version id, or pass --replace to overwrite it`);
    const frozen = replaceProblem(contentDir, options.version);
    if (frozen) {
      result.errors.push({ severity: 'error', line: null, message: frozen });
      throw inputStop();
    }
  }
  if (options.dryRun) {
    result.exitCode = 0;
    return result;
  }
  await yieldToSignals();
  try {
    writeTreeAtomically(target, result.files, !!options.replace, contentDir);
  } catch (e) {
    result.errors.push({ severity: 'error', line: null, message: describeWriteError(target, e as NodeJS.ErrnoException) });
    throw inputStop();
  }
  result.written = relative(process.cwd(), target) || target;
  result.exitCode = 0;
  return result;
}

/** Articles' title and text as they read back from the rendered MDX (for alignment with a previous version). */
function comparableTexts(plan: ParsedPlan): { number: number; title: string; text: string }[] {
  const out: { number: number; title: string; text: string }[] = [];
  const files = renderVersion(plan, { id: 'x', title: 'x', label: 'x', date: '2000-01-01', stage: COMPILED_STAGE, status: 'current', basis: 'x', expect: { chapters: 0, sections: 0 }, changes: [] }, new Map(), {});
  const ordered = [...files.keys()].filter((p) => /^\d+\//.test(p)).sort();
  for (const p of ordered) {
    for (const a of parseArticles(splitFrontmatter(files.get(p)!).body).articles) out.push({ number: a.number, title: a.title, text: toPlainText(a.body) });
  }
  return out;
}
