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
import { bodyStartLine, buildPlanModelOrThrow, PlanContentError, type ContentFile, type ContentProblem, type PlanModel, type VersionFiles } from './plan-model.ts';
import { chapterSchema, sectionSchema, versionSchema, type ChapterData, type SectionData } from './schemas.ts';
import { parseYamlWith } from './schema-errors.ts';

function splitFrontmatterText(text: string): { yaml?: string; body: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { yaml: m[1]!, body: m[2]! } : { body: text };
}

/** Split an MDX file into its YAML frontmatter object and body. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const { yaml, body } = splitFrontmatterText(text);
  return { frontmatter: yaml === undefined ? {} : (parseYaml(yaml) ?? {}), body };
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

/**
 * Read one version's files, validating each against its schema. Every invalid
 * file is reported at once (a PlanContentError), not just the first.
 */
export function loadVersionFiles(contentDir: string, versionId: string, root = process.cwd()): VersionFiles {
  const dir = join(contentDir, 'plan', versionId);
  const rel = (p: string) => relative(root, p).replace(/\\/g, '/');
  const problems: ContentProblem[] = [];
  const versionFile = join(dir, '_version.yaml');
  const versionText = readFileSync(versionFile, 'utf8');
  const versionData = parseYamlWith(versionSchema, versionText, { file: rel(versionFile), fix: 'correct _version.yaml', syntaxFix: 'correct the YAML syntax (or re-run the importer)' }, problems);
  const chapters: ContentFile<ChapterData>[] = [];
  const sections: ContentFile<SectionData>[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory() || !/^\d+$/.test(d.name)) continue;
    for (const f of readdirSync(join(dir, d.name)).sort()) {
      const path = join(dir, d.name, f);
      if (!/\.mdx?$/.test(f)) continue;
      const file = rel(path);
      const text = readFileSync(path, 'utf8');
      const { yaml, body } = splitFrontmatterText(text);
      const bodyLine = bodyStartLine(text, body);
      // Frontmatter starts on line 2, after the opening `---`.
      const where = { file, fix: 'correct the frontmatter (or re-run the importer)', syntaxFix: 'correct the YAML syntax (or re-run the importer)', firstLine: 2 };
      if (/^index\.mdx?$/.test(f)) {
        const data = parseYamlWith(chapterSchema, yaml ?? '', where, problems);
        if (data) chapters.push({ file, data, body, bodyLine });
      } else {
        const data = parseYamlWith(sectionSchema, yaml ?? '', where, problems);
        if (data) sections.push({ file, data, body, bodyLine });
      }
    }
  }
  if (problems.length || !versionData) throw new PlanContentError(problems);
  return { version: { file: rel(versionFile), data: versionData }, chapters, sections };
}

/** Load and check one version's model from disk. */
export function loadPlanModel(contentDir: string, versionId: string): PlanModel {
  return buildPlanModelOrThrow(loadVersionFiles(contentDir, versionId));
}

/** Load every version under `<contentDir>/plan/`. */
export function loadAllPlanModels(contentDir: string): PlanModel[] {
  return listVersionIds(contentDir).map((id) => loadPlanModel(contentDir, id));
}
