/**
 * Content collections: versions (`_version.yaml`), chapters (`<cc>/index.mdx`)
 * and sections (`<cc>/<ss>.mdx`) under `<contentDir>/plan/`. Plan files are
 * read as frontmatter and Markdown body (markdown-files.ts) and rendered by
 * src/markdown/plan-html.ts. Each file is validated by its zod schema here
 * (Astro names the file on failure); the checks across files (numbering, counts, keys) run in `src/data/plan.ts`
 * through `buildPlanModel`, which names the file and the fix.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { appendixSchema, chapterSchema, sectionSchema, versionSchema } from './lib/schemas.ts';
import { contentDir } from './lib/site-config.ts';
import { markdownFiles } from './data/markdown-files.ts';

const base = `${contentDir}/plan`;

/** One entry per version folder. */
const versions = defineCollection({
  loader: glob({ pattern: '*/_version.yaml', base }),
  schema: versionSchema,
});

/** One entry per chapter. */
const chapters = defineCollection({
  loader: markdownFiles({ pattern: '*/[0-9]*/index.mdx', base }),
  schema: chapterSchema,
});

/** One entry per section. */
const sections = defineCollection({
  loader: markdownFiles({ pattern: '*/[0-9]*/[0-9]*.mdx', base }),
  schema: sectionSchema,
});

/** Parts outside the chapters (preamble, 附表, 附图, 附录, 名词解释). */
const appendices = defineCollection({
  loader: markdownFiles({ pattern: '*/appendix/[0-9]*.mdx', base }),
  schema: appendixSchema,
});

/** Site pages written as Markdown at the top of the content folder (about.md). */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: contentDir }),
});

/** The drafting notes (起草说明) as imported by `npm run import -- … --notes`, shown at /notes/. */
const notes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/notes` }),
  schema: z.looseObject({
    title: z.string(),
    parts: z.array(z.object({ id: z.string(), source: z.string(), number: z.number(), heading: z.string() })),
    timeline: z.array(z.object({ id: z.string(), source: z.string(), date: z.string(), label: z.string() })),
  }),
});

export const collections = { versions, chapters, sections, appendices, pages, notes };
