/**
 * Zod schemas for the content model (CONTRIBUTING.md): one schema per concept,
 * each field documented, with messages that say what to do. `src/content.config.ts`
 * uses them for the collections; tests and scripts use them directly.
 */
import { NUMBERING_SCHEMES } from './provision-number.ts';
import { z } from 'astro/zod';
import { VERSION_ID_PATTERN } from './ids.ts';

/** Stages a version of the plan can be at; 整理稿 is our compiled edition. */
export const STAGES = ['整理稿', '大纲', '过程稿', '公示稿', '送审稿', '批复稿', '修改'] as const;

/** The stage of our own compiled editions (整理稿): never an official text. */
export const COMPILED_STAGE = STAGES[0];

/** A source id: N1–N4 (drafting-notes parts), T2019-09[-2] (timeline entry), F1… (facts.md). */
export const SOURCE_ID_PATTERN = /^(N[1-4]|T\d{4}-\d{2}(-\d+)?|F[1-9]\d*)$/;

const sourceId = z
  .string()
  .regex(SOURCE_ID_PATTERN, 'a source id is N1–N4, T<yyyy-mm>[-k] or F<n>: fix the `sources` list');

// A missing field and an empty one get the same message: what to write there.
const required = (message: string) => z.string({ error: message }).min(1, message);
const idMessage = 'version `id` must be lowercase letters, digits and hyphens, e.g. ed2';
const previousMessage = '`previous` must be the id of the version this one revises, e.g. ed1';
const sectionsMessage = '`expect.sections` must be a whole number ≥ 0';
// YAML reads an unquoted 18 as a number, the most likely slip: say so.
const keyMessage = 'article `key` must be a quoted string like "18" or "ed2-19"';
const partVersionMessage = '`version` must be the version id of the folder, e.g. ed2';

const positive = (what: string) =>
  z.number({ error: `${what} must be a number` }).int(`${what} must be a whole number`).min(1, `${what} starts at 1`);

/** One entry of a version's changelog against its `previous` version. */
export const changeSchema = z.object({
  /** What happened to the article. */
  kind: z.enum(['added', 'removed', 'changed', 'renumbered'], {
    error: 'change `kind` must be one of added, removed, changed, renumbered',
  }),
  /** The article's number in this version (for `removed`: in the previous version). */
  article: positive('change `article`'),
  /** The former number, for a renumbered article. */
  from: positive('change `from`').optional(),
  /** Why, in a few words. */
  note: z.string().default(''),
});

/** `_version.yaml`: one version of the plan text. */
export const versionSchema = z.object({
  /** Lowercase ASCII id, never reused: `ed2`, `2023-08-sstg`. */
  id: z.string({ error: idMessage }).regex(VERSION_ID_PATTERN, idMessage),
  /** The plan's title, without book-title marks. */
  title: required('give the plan `title`, e.g. 示例县国土空间总体规划（2021—2035年）'),
  /** How readers name this version: 整理稿第2版. */
  label: required('give a `label`, e.g. 整理稿第2版'),
  /** Date of this version, YYYY-MM-DD. */
  date: z
    .union([z.string(), z.date()], { error: '`date` must be YYYY-MM-DD' })
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '`date` must be YYYY-MM-DD')),
  /** The stage of the planning process this text belongs to. */
  stage: z.enum(STAGES, { error: `\`stage\` must be one of ${STAGES.join(' / ')}` }),
  /** current: the text in force or newest; superseded: kept for citation. */
  status: z.enum(['current', 'superseded'], { error: '`status` must be current or superseded' }),
  /** What this version was compiled or received from. */
  basis: required('say in `basis` what this version was compiled from'),
  /**
   * The GB/T 7714 主要责任者 of this text (the body that issued or compiled it),
   * when a source names it; left out of citations when absent, never guessed.
   */
  responsible: z.string().trim().min(1, '`responsible` must not be empty; leave it out when no source names the responsible party').optional(),
  /** The version this one revises, if any. */
  previous: z.string({ error: previousMessage }).regex(VERSION_ID_PATTERN, previousMessage).optional(),
  /** The counts the text must have; the build checks them. */
  expect: z.object(
    {
      chapters: positive('`expect.chapters`'),
      sections: z.number({ error: sectionsMessage }).int(sectionsMessage).min(0, sectionsMessage),
    },
    { error: 'give the counts the text must have: `expect: { chapters: 14, sections: 46 }`' },
  ),
  /**
   * How the text numbers its provisions (src/lib/provision-number.ts): law
   * (第X章/第X条, the default), flat, decimal, outline or headings.
   */
  numbering: z.enum(NUMBERING_SCHEMES, { error: `\`numbering\` must be one of ${NUMBERING_SCHEMES.join(' / ')}` }).default('law'),
  /** Changelog against `previous`. */
  changes: z.array(changeSchema, { error: '`changes` must be a list of { kind, article, note }' }).default([]),
});

/** An article as listed in a section's (or chapter's) frontmatter. */
export const articleRefSchema = z.object({
  /** Its number in this version (第N条). */
  number: positive('article `number`'),
  /** A key that survives renumbering: `18`, or `ed2-19` for an article added in ed2. */
  key: z.string({ error: keyMessage }).regex(/^([1-9]\d*|[a-z0-9-]+-[1-9]\d*)$/, keyMessage),
  /** Its former number if it was renumbered. */
  from: positive('article `from`').optional(),
});

/**
 * An editorial annotation (编者注) on an article or one of its paragraphs:
 * the editor's words, kept out of the provision's text, citation, canonical
 * hash and diff. Written by the importer from `<name>.annotations.yaml`.
 */
export const annotationSchema = z.object({
  /** The article it is attached to (its number in this version). */
  article: positive('annotation `article`'),
  /** The paragraph (款) of that article, counted from 1; absent for the whole article. */
  paragraph: positive('annotation `paragraph`').optional(),
  /** The note, in the editor's words. */
  text: required('give the annotation `text` (the editor\'s note)'),
  /** What the note rests on: N1–N4, T<yyyy-mm>, F<n>. */
  sources: z.array(sourceId, { error: 'annotation `sources` must be a list, e.g. [N2, F14]' }).min(1, 'give each annotation its `sources` (N1–N4, T<yyyy-mm>, F<n>)'),
});

/** Fields shared by chapters and sections. */
const partFields = {
  /** The version id; must match the folder. */
  version: z.string({ error: partVersionMessage }).regex(VERSION_ID_PATTERN, partVersionMessage),
  /** Chapter number, 1–n in order. */
  chapter: positive('`chapter`'),
  /** The heading without its number: 国土空间开发保护格局. */
  title: required('give a `title` (the heading without 第X章/第X节)'),
  /**
   * The number as printed when the version is not law-shaped (1.2, 三、,
   * （二）); the page shows it instead of 第X章/第X节. URLs keep `chapter`/`section`.
   */
  printed: z.string().trim().min(1, '`printed` must not be empty; leave it out when the text prints no number').optional(),
  /** Sources this text is drawn from (required for compiled editions). */
  sources: z.array(sourceId, { error: '`sources` must be a list, e.g. [N4, F2]' }).default([]),
  /** The articles in the body, in order. */
  articles: z.array(articleRefSchema, { error: '`articles` must be a list of { number, key }' }).default([]),
  /** Editorial annotations (编者注) on the articles of this file; never part of their text. */
  annotations: z.array(annotationSchema, { error: '`annotations` must be a list of { article, text, sources }' }).optional(),
};

/** `plan/<v>/<cc>/index.mdx`: a chapter. */
export const chapterSchema = z.object(partFields);

/** `plan/<v>/<cc>/<ss>.mdx`: a section. */
export const sectionSchema = z.object({
  ...partFields,
  /** Section number within its chapter, 1–n in order. */
  section: positive('`section`'),
});

/**
 * `plan/<v>/appendix/<nn>.mdx`: a part outside the chapters, written by the
 * importer: 00 is text before 第一章 (前言), then 附表 / 附图 / 附录 / 名词解释 / 注释.
 */
export const appendixSchema = z.object({
  /** The version id; must match the folder. */
  version: z.string().regex(VERSION_ID_PATTERN, '`version` must be the version id of the folder, e.g. ed2'),
  /** Its place among the parts: 0 for the preamble, then 1, 2… in text order. */
  part: z.number().int().min(0, '`part` is 0 for the preamble, then 1, 2…'),
  /** 前言, 附表, 附图, 附录, 名词解释 or 注释. */
  kind: z.string().min(1, 'give the part\'s `kind`, e.g. 附图'),
  /** The part's heading as in the text. */
  title: z.string().min(1, 'give the part\'s `title`'),
});

export type AppendixData = z.infer<typeof appendixSchema>;
export type VersionMeta = z.infer<typeof versionSchema>;
export type VersionChange = z.infer<typeof changeSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type ArticleRef = z.infer<typeof articleRefSchema>;
export type ChapterData = z.infer<typeof chapterSchema>;
export type SectionData = z.infer<typeof sectionSchema>;
