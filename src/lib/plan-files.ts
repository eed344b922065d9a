/**
 * Read versions straight from `content/plan/` with the same schemas the content
 * collections use. Markdown transforms and CLI scripts run outside Astro's
 * content layer (a remark plugin cannot await `getCollection`), so they load
 * the model through here; pages use `src/data/plan.ts`, and both feed
 * `buildPlanModel`, so the two views cannot disagree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildPlanModelOrThrow, PlanContentError, type ContentFile, type PlanModel, type VersionFiles } from './plan-model.ts';
import { chapterSchema, sectionSchema, versionSchema, type ChapterData, type SectionData } from './schemas.ts';

/** Split an MDX file into its YAML frontmatter object and body. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { frontmatter: {}, body: text };
  return { frontmatter: parseYaml(m[1]!) ?? {}, body: m[2]! };
}

/** The version ids that have a `_version.yaml` under `<contentDir>/plan/`. */
export function listVersionIds(contentDir: string): string[] {
  const planDir = join(contentDir, 'plan');
  if (!existsSync(planDir)) return [];
  return readdirSync(planDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(planDir, d.name, '_version.yaml')))
    .map((d) => d.name)
    .sort();
}

function parseWith<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new PlanContentError(
    result.error.issues.map((i) => ({
      file,
      message: `${i.path.length ? `\`${i.path.join('.')}\`: ` : ''}${i.message}`,
      fix: 'correct the frontmatter (or re-run the importer)',
    })),
  );
}

/** Read one version's files, validating each against its schema. */
export function loadVersionFiles(contentDir: string, versionId: string, root = process.cwd()): VersionFiles {
  const dir = join(contentDir, 'plan', versionId);
  const rel = (p: string) => relative(root, p).replace(/\\/g, '/');
  const versionFile = join(dir, '_version.yaml');
  const version = { file: rel(versionFile), data: parseWith(versionSchema, parseYaml(readFileSync(versionFile, 'utf8')), rel(versionFile)) };
  const chapters: ContentFile<ChapterData>[] = [];
  const sections: ContentFile<SectionData>[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory() || !/^\d+$/.test(d.name)) continue;
    for (const f of readdirSync(join(dir, d.name)).sort()) {
      const path = join(dir, d.name, f);
      if (!/\.mdx?$/.test(f)) continue;
      const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
      if (/^index\.mdx?$/.test(f)) chapters.push({ file: rel(path), data: parseWith(chapterSchema, frontmatter, rel(path)), body });
      else sections.push({ file: rel(path), data: parseWith(sectionSchema, frontmatter, rel(path)), body });
    }
  }
  return { version, chapters, sections };
}

/** Load and check one version's model from disk. */
export function loadPlanModel(contentDir: string, versionId: string): PlanModel {
  return buildPlanModelOrThrow(loadVersionFiles(contentDir, versionId));
}

/** Load every version under `<contentDir>/plan/`. */
export function loadAllPlanModels(contentDir: string): PlanModel[] {
  return listVersionIds(contentDir).map((id) => loadPlanModel(contentDir, id));
}
