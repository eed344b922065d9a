/**
 * The plan model: a version's chapters, sections and articles, built from the
 * content files and checked as a whole. Articles are parsed out of section
 * bodies (`## 第十八条 标题`), so the body is the single source of the text and
 * the frontmatter `articles` list only adds keys; the two must agree.
 */
import { removeMandatoryTags } from './mandatory.ts';
import { numberParagraphs, paragraphShape } from './paragraphs.ts';
import { formatArticleHeadingText, lawArticleNumber, parseArticleHeadingText, partLabel, provisionNumber } from './provision-number.ts';
import { COMPILED_STAGE, type Annotation, type ArticleRef, type ChapterData, type SectionData, type VersionMeta } from './schemas.ts';

/** An article heading's parts. */
export interface ArticleHeading {
  /** The ordinal (1…N); 0 while unknown (a 3.2.1 heading: the file's `articles` list gives it). */
  number: number;
  /** The title after the number, or '' when the article has none. */
  title: string;
  /** The number as printed when it is not the law-shaped 第X条 of the ordinal (3.2.1). */
  printed?: string | undefined;
}

/** Read `第十八条 生态保护红线` as {number: 18, title: '生态保护红线'}, `3.2.1 目的` as {number: 0, printed: '3.2.1'}; null if it is not one. */
export function parseArticleHeading(text: string): ArticleHeading | null {
  const h = parseArticleHeadingText(text);
  if (!h) return null;
  if (h.ordinal === null) return { number: 0, title: h.title, printed: h.printed };
  // 第18条 as printed is kept; 第十八条 is what the ordinal prints anyway.
  return h.printed === provisionNumber(h.ordinal).printed ? { number: h.ordinal, title: h.title } : { number: h.ordinal, title: h.title, printed: h.printed };
}

/** The heading text the importer writes and the parser reads: 第十八条 生态保护红线, or 3.2.1 规划目的. */
export function formatArticleHeading(h: ArticleHeading): string {
  return formatArticleHeadingText(provisionNumber(h.number, h.printed), h.title);
}

/** An article as parsed from a body: its heading, its Markdown and where it starts. */
export interface ParsedArticle extends ArticleHeading {
  /** The article's Markdown, without its heading. */
  body: string;
  /** 1-based line of the heading in the body (not the file: see ContentFile.bodyLine). */
  line: number;
}

/** Split a section body into articles at its `## 第X条` headings; text before the first is the lead. */
export function parseArticles(body: string): { lead: string; articles: ParsedArticle[] } {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const articles: ParsedArticle[] = [];
  const lead: string[] = [];
  let current: { heading: ArticleHeading; line: number; lines: string[] } | null = null;
  const flush = () => {
    if (current) articles.push({ ...current.heading, line: current.line, body: current.lines.join('\n').trim() });
  };
  lines.forEach((line, i) => {
    const m = /^##[ \t]+(.+?)[ \t#]*$/.exec(line);
    // The title as the reader sees it: contents, <title>, previews and search read it.
    const heading = m ? parseArticleHeading(unescapeMarkdownText(m[1]!)) : null;
    if (heading) {
      flush();
      current = { heading, line: i + 1, lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else {
      lead.push(line);
    }
  });
  flush();
  return { lead: lead.join('\n').trim(), articles };
}

/**
 * One line of escaped plan text as the reader sees it: the importer escapes
 * any ASCII punctuation Markdown or MDX could read (escape.ts), and titles,
 * search entries and previews must not show those backslashes (issue 15).
 */
export function unescapeMarkdownText(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** Markdown of an article reduced to plain text (escapes, emphasis and table pipes removed). */
export function toPlainText(markdown: string): string {
  const unescape = unescapeMarkdownText;
  const lines: string[] = [];
  for (const raw of removeMandatoryTags(markdown).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line)) continue; // a table's separator row
    if (line.startsWith('|')) {
      // A table row: cells split at unescaped pipes, one row per line.
      const cells = line.replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => unescape(c.trim()));
      lines.push(cells.filter(Boolean).join(' '));
    } else {
      lines.push(unescape(line));
    }
  }
  return lines.join('\n');
}

/** An article body's blocks (paragraphs, items, tables), as the blank-line-separated parts of its Markdown. */
function articleBlocks(body: string): string[] {
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/**
 * How many 款 an article has, counted as its page numbers them
 * (`numberParagraphs`): a （一） item belongs to the 款 before it, and a table,
 * list or heading is no 款.
 */
export function articleParagraphCount(body: string): number {
  const blocks = articleBlocks(body).map((b) => (/^(\||[-*+]\s|\d+[.)]\s|#|<)/.test(b) ? null : toPlainText(b)));
  return paragraphShape(numberParagraphs(blocks)).length;
}

/** One article in the model. */
export interface Article {
  number: number;
  key: string;
  /** Former number, when renumbered from the previous version. */
  from?: number | undefined;
  title: string;
  /** The number as printed when the version is not law-shaped (3.2.1); else 第X条 of `number`. */
  printed?: string | undefined;
  /** The article's Markdown. */
  body: string;
  chapter: number;
  /** Undefined when the article sits directly in a chapter without sections. */
  section?: number | undefined;
  /** The content file that holds it, and the line of its heading in that file. */
  file: string;
  line: number;
  /** Editorial annotations (编者注) attached to it: shown beside it, never part of `body`. */
  annotations: Annotation[];
}

/** One section in the model. */
export interface Section {
  chapter: number;
  section: number;
  /** Its number as the page shows it, in the version's scheme: 第二节, 1.2, （二）. */
  label: string;
  title: string;
  sources: string[];
  file: string;
  articles: Article[];
}

/** One chapter in the model. */
export interface Chapter {
  chapter: number;
  /** Its number as the page shows it, in the version's scheme: 第一章, 1, 一、; '' for a flat version's one chapter. */
  label: string;
  title: string;
  sources: string[];
  file: string;
  sections: Section[];
  /** Articles held by the chapter itself (only when it has no sections). */
  articles: Article[];
}

/** A whole version. */
export interface PlanModel {
  version: VersionMeta;
  chapters: Chapter[];
  /** Every article in reading order. */
  articles: Article[];
}

/** A content file as the model needs it: its path, validated frontmatter and body. */
export interface ContentFile<T> {
  file: string;
  data: T;
  body: string;
  /** The line of the file on which `body` starts (after the frontmatter), so problems point at file lines; 1 if unknown. */
  bodyLine?: number | undefined;
}

/**
 * The line on which `body` starts in the file `text` it was cut from (1 when it
 * is not found). The last occurrence, because loaders may trim the body's ends.
 */
export function bodyStartLine(text: string, body: string): number {
  const at = body.trim() ? text.lastIndexOf(body) : -1;
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Everything that makes one version. */
export interface VersionFiles {
  version: { file: string; data: VersionMeta };
  chapters: ContentFile<ChapterData>[];
  sections: ContentFile<SectionData>[];
}

/** A problem found in the content: where, what, and what to do. */
export interface ContentProblem {
  file: string;
  line?: number | undefined;
  message: string;
  fix: string;
  /**
   * `warning`: the text itself is sound and only the editor's part is missing
   * (a compiled section's `sources`): the importer still writes the version,
   * the site build still refuses it. Absent means `error`.
   */
  severity?: 'error' | 'warning' | undefined;
}

/** Thrown when a version's content does not hold together; the message lists every problem. */
export class PlanContentError extends Error {
  constructor(public readonly problems: ContentProblem[]) {
    super(
      `The plan content has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n    fix: ${p.fix}`).join('\n'),
    );
    this.name = 'PlanContentError';
  }
}

/** `04` in `plan/ed2/04/02.mdx` → {chapter: 4, section: 2}; `04/index.mdx` → {chapter: 4}. */
export function locationFromPath(file: string): { version?: string; chapter?: number; section?: number } {
  const m = /(?:^|\/)([a-z0-9-]+)\/(\d+)\/(index|\d+)\.mdx?$/.exec(file.replace(/\\/g, '/'));
  if (!m) return {};
  return {
    version: m[1]!,
    chapter: Number(m[2]),
    ...(m[3] === 'index' ? {} : { section: Number(m[3]) }),
  };
}

/** Collects the problems of one version; `warn` marks an editorial warning that does not stop the build. */
class ProblemList {
  readonly items: ContentProblem[] = [];
  add(file: string, message: string, fix: string, line?: number): void {
    this.items.push({ file, line, message, fix });
  }
  warn(file: string, message: string, fix: string): void {
    this.items.push({ file, message, fix, severity: 'warning' });
  }
}

type PlanFile = ContentFile<ChapterData | SectionData>;

/**
 * The numbers of a run that should go 1, 2, 3… without gaps, each with the
 * number it should have been and the one before it. Checking each number
 * against its predecessor makes one missing item one problem, not one per
 * later item.
 */
function breaksInRun(numbers: number[]): { at: number; expected: number; after?: number }[] {
  const breaks: { at: number; expected: number; after?: number }[] = [];
  numbers.forEach((n, i) => {
    const after = i === 0 ? undefined : numbers[i - 1]!;
    const expected = after === undefined ? 1 : after + 1;
    if (n !== expected) breaks.push({ at: n, expected, after });
  });
  return breaks;
}

/** The version's id must be its folder's name. */
function checkVersionFolder(input: VersionFiles, p: ProblemList): void {
  const id = input.version.data.id;
  const folder = /(?:^|\/)([^/]+)\/_version\.ya?ml$/.exec(input.version.file.replace(/\\/g, '/'))?.[1];
  if (folder !== undefined && folder !== id) {
    p.add(input.version.file, `id "${id}" does not match the folder "${folder}"`, `set \`id: ${folder}\` or rename the folder`);
  }
}

/** The folder decides which version, chapter and section a file belongs to; the frontmatter must agree with it. */
function checkPlacement(f: PlanFile, versionId: string, section: number | undefined, p: ProblemList): void {
  const loc = locationFromPath(f.file);
  const owner = loc.version ?? versionId;
  if (f.data.version !== owner) {
    p.add(f.file, `frontmatter says version "${f.data.version}" but the file is in the folder of version "${owner}"`, `set \`version: ${owner}\``);
  }
  if (loc.chapter !== undefined && loc.chapter !== f.data.chapter) {
    p.add(f.file, `frontmatter says chapter ${f.data.chapter} but the folder is chapter ${loc.chapter}`, 'make the folder name and `chapter` agree (folders are two-digit chapter numbers)');
  }
  if (section !== undefined && loc.section !== undefined && loc.section !== section) {
    p.add(f.file, `frontmatter says section ${section} but the file name is section ${loc.section}`, 'make the file name and `section` agree (two-digit section numbers)');
  }
}

/** Every annotation must point at an article (and paragraph) of its own file. */
function checkAnnotations(f: PlanFile, articles: ParsedArticle[], notes: Annotation[], p: ProblemList): void {
  for (const note of notes) {
    const target = articles.find((a) => a.number === note.article);
    if (!target) {
      p.add(f.file, `an annotation is attached to article ${note.article}, which is not in this file`, 'attach it to an article of this section (fix the .annotations.yaml and re-import)');
    } else if (note.paragraph !== undefined && note.paragraph > articleParagraphCount(target.body)) {
      p.add(f.file, `an annotation is attached to paragraph (款) ${note.paragraph} of article ${note.article}, which has ${articleParagraphCount(target.body)}`, 'give a 款 the article has (a （一） item or a table is not a 款), or drop `paragraph` to attach the note to the whole article');
    }
  }
}

/** The articles of one chapter or section file, checked against its frontmatter list. */
function fileArticles(f: PlanFile, section: number | undefined, p: ProblemList): Article[] {
  const { articles } = parseArticles(f.body);
  const refs: ArticleRef[] = f.data.articles;
  // A heading printed as 3.2.1 carries no ordinal: the file's list gives it, in order.
  for (const [i, a] of articles.entries()) if (a.number === 0 && refs[i]) a.number = refs[i].number;
  if (refs.length !== articles.length || refs.some((r, i) => r.number !== articles[i]!.number)) {
    p.add(
      f.file,
      `the body has articles [${articles.map((a) => a.number).join(', ')}] but frontmatter \`articles\` lists [${refs.map((r) => r.number).join(', ')}]`,
      'list every `## 第X条` heading of the body in `articles`, in order (re-run the importer)',
    );
  }
  const notes: Annotation[] = f.data.annotations ?? [];
  checkAnnotations(f, articles, notes, p);
  return articles.map((a, i) => {
    const ref = refs[i]?.number === a.number ? refs[i] : refs.find((r) => r.number === a.number);
    return {
      number: a.number,
      key: ref?.key ?? String(a.number),
      from: ref?.from,
      title: a.title,
      ...(a.printed ? { printed: a.printed } : {}),
      body: a.body,
      chapter: f.data.chapter,
      section,
      file: f.file,
      line: a.line + (f.bodyLine ?? 1) - 1,
      annotations: notes.filter((n) => n.article === a.number),
    };
  });
}

/** Chapters by number: unique, running 1..n. */
function indexChapters(input: VersionFiles, p: ProblemList): Map<number, ContentFile<ChapterData>> {
  const byNumber = new Map<number, ContentFile<ChapterData>>();
  for (const c of input.chapters) {
    checkPlacement(c, input.version.data.id, undefined, p);
    const dup = byNumber.get(c.data.chapter);
    if (dup) p.add(c.file, `chapter ${c.data.chapter} is defined twice (also in ${dup.file})`, 'give each chapter its own number');
    else byNumber.set(c.data.chapter, c);
  }
  for (const b of breaksInRun([...byNumber.keys()].sort((a, b) => a - b))) {
    p.add(byNumber.get(b.at)!.file, `chapter ${b.at} follows ${b.after === undefined ? 'no chapter' : `chapter ${b.after}`}: chapters must run 1, 2, 3… without gaps`, `renumber it to ${b.expected} or add the missing chapter`);
  }
  return byNumber;
}

/** Sections by chapter and number: each in an existing chapter, unique, running 1..n within it. */
function indexSections(input: VersionFiles, chapters: Map<number, unknown>, p: ProblemList): Map<number, Map<number, ContentFile<SectionData>>> {
  const meta = input.version.data;
  const byChapter = new Map<number, Map<number, ContentFile<SectionData>>>();
  for (const s of input.sections) {
    checkPlacement(s, meta.id, s.data.section, p);
    if (!chapters.has(s.data.chapter)) {
      p.add(s.file, `section ${s.data.section} belongs to chapter ${s.data.chapter}, which has no index.mdx`, `add plan/${meta.id}/${String(s.data.chapter).padStart(2, '0')}/index.mdx with the chapter title`);
    }
    const inChapter = byChapter.get(s.data.chapter) ?? new Map<number, ContentFile<SectionData>>();
    byChapter.set(s.data.chapter, inChapter);
    const dup = inChapter.get(s.data.section);
    if (dup) p.add(s.file, `section ${s.data.chapter}.${s.data.section} is defined twice (also in ${dup.file})`, 'give each section of a chapter its own number');
    else inChapter.set(s.data.section, s);
    if (meta.stage === COMPILED_STAGE && s.data.sources.length === 0) {
      p.warn(s.file, 'this compiled edition (整理稿) section lists no `sources`', 'list the drafting-notes parts (N1–N4, T<yyyy-mm>) and facts (F<n>) it draws on');
    }
  }
  for (const [c, inChapter] of byChapter) {
    for (const b of breaksInRun([...inChapter.keys()].sort((a, b) => a - b))) {
      p.add(inChapter.get(b.at)!.file, `section ${c}.${b.at} follows ${b.after === undefined ? 'the chapter start' : `section ${c}.${b.after}`}: sections must run 1, 2, 3… within a chapter`, `renumber it to ${b.expected} or add the missing section`);
    }
  }
  return byChapter;
}

/** One chapter in reading order, with its sections and articles. */
function assembleChapter(c: ContentFile<ChapterData>, sectionFiles: ContentFile<SectionData>[], meta: VersionMeta, p: ProblemList): Chapter {
  const n = c.data.chapter;
  const scheme = meta.numbering ?? 'law';
  const direct = fileArticles(c, undefined, p);
  if (sectionFiles.length > 0 && direct.length > 0) {
    p.add(c.file, `chapter ${n} has sections and also articles of its own`, 'move the articles into a section, or remove the sections');
  }
  if (meta.stage === COMPILED_STAGE && sectionFiles.length === 0 && direct.length > 0 && c.data.sources.length === 0) {
    p.warn(c.file, 'this chapter holds articles but lists no `sources`', 'list the sources it draws on (N1–N4, T<yyyy-mm>, F<n>)');
  }
  return {
    chapter: n,
    label: partLabel({ scheme, chapter: n, printed: c.data.printed }),
    title: c.data.title,
    sources: c.data.sources,
    file: c.file,
    articles: direct,
    sections: sectionFiles.map((s) => ({
      chapter: n,
      section: s.data.section,
      label: partLabel({ scheme, chapter: n, section: s.data.section, printed: s.data.printed }),
      title: s.data.title,
      sources: s.data.sources,
      file: s.file,
      articles: fileArticles(s, s.data.section, p),
    })),
  };
}

/** Articles run 1..N through the version, and their keys are unique. */
function checkArticles(articles: Article[], p: ProblemList): void {
  articles.forEach((a, i) => {
    const expected = i === 0 ? 1 : articles[i - 1]!.number + 1;
    if (a.number !== expected) {
      p.add(a.file, `article ${a.number} (${lawArticleNumber(a.number)}) stands where article ${expected} should: articles are numbered through the whole plan without gaps or repeats`, `renumber it to ${lawArticleNumber(expected)}, or add the missing article (fix the plan text and re-import)`, a.line);
    }
  });
  const keys = new Map<string, Article>();
  for (const a of articles) {
    const other = keys.get(a.key);
    if (other) p.add(a.file, `article key "${a.key}" of ${lawArticleNumber(a.number)} is also used by ${lawArticleNumber(other.number)}`, 'keys must be unique within a version (re-run the importer with --previous)', a.line);
    keys.set(a.key, a);
  }
}

/** The chapter and section counts `_version.yaml` declares must be what the content has. */
function checkDeclaredCounts(input: VersionFiles, chapters: Chapter[], p: ProblemList): void {
  const { expect } = input.version.data;
  const sectionCount = chapters.reduce((sum, c) => sum + c.sections.length, 0);
  if (chapters.length !== expect.chapters || sectionCount !== expect.sections) {
    p.add(
      input.version.file,
      `the version declares ${expect.chapters} chapters and ${expect.sections} sections but the content has ${chapters.length} chapters and ${sectionCount} sections`,
      'import the missing files, or correct `expect` in _version.yaml',
    );
  }
}

/**
 * Build and check one version. Every problem is collected (not just the first)
 * so an editor fixes a whole import in one pass; the model is returned only
 * when there are none.
 */
export function buildPlanModel(input: VersionFiles): { model?: PlanModel; problems: ContentProblem[] } {
  const p = new ProblemList();
  const meta = input.version.data;
  checkVersionFolder(input, p);
  const chapterFiles = indexChapters(input, p);
  const sectionFiles = indexSections(input, chapterFiles, p);
  const chapters = [...chapterFiles.keys()]
    .sort((a, b) => a - b)
    .map((n) => {
      const sections = [...(sectionFiles.get(n)?.values() ?? [])].sort((a, b) => a.data.section - b.data.section);
      return assembleChapter(chapterFiles.get(n)!, sections, meta, p);
    });
  const articles = chapters.flatMap((c) => [...c.articles, ...c.sections.flatMap((s) => s.articles)]);
  checkArticles(articles, p);
  checkDeclaredCounts(input, chapters, p);
  return p.items.length ? { problems: p.items } : { model: { version: meta, chapters, articles }, problems: p.items };
}

/** Like buildPlanModel, but throws a PlanContentError listing every problem. */
export function buildPlanModelOrThrow(input: VersionFiles): PlanModel {
  const { model, problems } = buildPlanModel(input);
  if (!model) throw new PlanContentError(problems);
  return model;
}

/** Each chapter's and section's label as the version prints it (第一部分, 一、, 第四章), keyed "1" and "1.2", for citations. */
export function partLabels(model: PlanModel): Record<string, string> {
  return Object.fromEntries(model.chapters.flatMap((c) => [[String(c.chapter), c.label], ...c.sections.map((s) => [`${c.chapter}.${s.section}`, s.label])]));
}

/** An article of a model by its number (the ordinal), or undefined. */
export function findArticle(model: PlanModel, number: number): Article | undefined {
  return model.articles[number - 1]?.number === number ? model.articles[number - 1] : model.articles.find((a) => a.number === number);
}

/**
 * Order versions oldest first (by date, then by the `previous` chain, then id)
 * and pick the newest: the last `current` one, else the last one.
 */
export function orderVersions<T extends { id: string; date: string; status: string; previous?: string | undefined }>(
  versions: T[],
): { ordered: T[]; newest: T | undefined } {
  // Depth in the `previous` chain, not pairwise links: a pairwise test is not a
  // consistent order for three same-day versions, and sort() then scrambles them.
  const byId = new Map(versions.map((v) => [v.id, v]));
  const depth = (v: T, seen = new Set<string>()): number => {
    const prev = v.previous === undefined ? undefined : byId.get(v.previous);
    if (!prev || seen.has(v.id)) return 0;
    seen.add(v.id);
    return 1 + depth(prev, seen);
  };
  const ordered = [...versions].sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    const d = depth(a) - depth(b);
    if (d !== 0) return d;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const current = ordered.filter((v) => v.status === 'current');
  return { ordered, newest: current.at(-1) ?? ordered.at(-1) };
}
