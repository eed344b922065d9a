/**
 * Content collections: versions (`_version.yaml`), chapters (`<cc>/index.mdx`)
 * and sections (`<cc>/<ss>.mdx`) under `<contentDir>/plan/`. Each file is
 * validated by its zod schema here (Astro names the file on failure); the
 * checks across files (numbering, counts, keys) run in `src/data/plan.ts`
 * through `buildPlanModel`, which names the file and the fix.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { appendixSchema, chapterSchema, sectionSchema, versionSchema } from './lib/schemas.ts';
import { contentDir } from './lib/site-config.ts';

const base = `${contentDir}/plan`;

/** One entry per version folder. */
const versions = defineCollection({
  loader: glob({ pattern: '*/_version.yaml', base }),
  schema: versionSchema,
});

/** One entry per chapter. */
const chapters = defineCollection({
  loader: glob({ pattern: '*/[0-9]*/index.mdx', base }),
  schema: chapterSchema,
});

/** One entry per section. */
const sections = defineCollection({
  loader: glob({ pattern: '*/[0-9]*/[0-9]*.mdx', base }),
  schema: sectionSchema,
});

/** Parts outside the chapters (preamble, 附表, 附图, 附录, 名词解释). */
const appendices = defineCollection({
  loader: glob({ pattern: '*/appendix/[0-9]*.mdx', base }),
  schema: appendixSchema,
});

/** Site pages written as Markdown at the top of the content folder (about.md). */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: contentDir }),
});

export const collections = { versions, chapters, sections, appendices, pages };
