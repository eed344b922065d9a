/**
 * Read versions straight from `content/plan/` with the same schemas the content
 * collections use. Markdown transforms and CLI scripts run outside Astro's
 * content layer (a remark plugin cannot await `getCollection`), so they load
 * the model through here; pages use `src/data/plan.ts`, and both feed
 * `buildPlanModel`, so the two views cannot disagree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

/** A version's files as text, keyed by path inside the version folder: `_version.yaml`, `04/index.mdx`, `04/02.mdx`. */
export type VersionTexts = ReadonlyMap<string, string>;

/** Read a version folder's own files (version, chapters, sections) into memory. */
export function readVersionTexts(dir: string): VersionTexts {
  const texts = new Map<string, string>([['_version.yaml', readFileSync(join(dir, '_version.yaml'), 'utf8')]]);
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory() || !/^\d+$/.test(d.name)) continue;
    for (const f of readdirSync(join(dir, d.name)).sort()) {
      if (/\.mdx?$/.test(f)) texts.set(`${d.name}/${f}`, readFileSync(join(dir, d.name, f), 'utf8'));
    }
  }
  return texts;
}

/**
 * Parse a version's files — from a folder on disk or the importer's files in
 * memory — validating each against its schema. `fileName` turns a path inside
 * the version into the name problems carry. Every invalid file is reported at
 * once (a PlanContentError), not just the first.
 */
export function parseVersionTexts(texts: VersionTexts, fileName: (path: string) => string): VersionFiles {
  const problems: ContentProblem[] = [];
  const versionFile = fileName('_version.yaml');
  const reimport = 'correct the YAML syntax (or re-run the importer)';
  const versionData = parseYamlWith(versionSchema, texts.get('_version.yaml') ?? '', { file: versionFile, fix: 'correct _version.yaml', syntaxFix: reimport }, problems);
  const chapters: ContentFile<ChapterData>[] = [];
  const sections: ContentFile<SectionData>[] = [];
  for (const [path, text] of texts) {
    const m = /^\d+\/(index|\d+)\.mdx?$/.exec(path);
    if (!m) continue;
    const file = fileName(path);
    const { yaml, body } = splitFrontmatterText(text);
    const bodyLine = bodyStartLine(text, body);
    // Frontmatter starts on line 2, after the opening `---`.
    const where = { file, fix: 'correct the frontmatter (or re-run the importer)', syntaxFix: reimport, firstLine: 2 };
    if (m[1] === 'index') {
      const data = parseYamlWith(chapterSchema, yaml ?? '', where, problems);
      if (data) chapters.push({ file, data, body, bodyLine });
    } else {
      const data = parseYamlWith(sectionSchema, yaml ?? '', where, problems);
      if (data) sections.push({ file, data, body, bodyLine });
    }
  }
  if (problems.length || !versionData) throw new PlanContentError(problems);
  return { version: { file: versionFile, data: versionData }, chapters, sections };
}

/** Read one version's files from `<contentDir>/plan/<versionId>/` (see {@link parseVersionTexts}). */
export function loadVersionFiles(contentDir: string, versionId: string, root = process.cwd()): VersionFiles {
  const dir = join(contentDir, 'plan', versionId);
  return parseVersionTexts(readVersionTexts(dir), (p) => relative(root, join(dir, p)).replace(/\\/g, '/'));
}

/** Load and check one version's model from disk. */
export function loadPlanModel(contentDir: string, versionId: string): PlanModel {
  return buildPlanModelOrThrow(loadVersionFiles(contentDir, versionId));
}

/** The newest modification time and the count of a version's files: cheap change detection. */
function versionStamp(dir: string): string {
  if (!existsSync(dir)) return 'missing';
  let newest = 0;
  let count = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    count++;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return `${count}:${newest}`;
}

/**
 * Version models from `<contentDir>/plan/<v>/`, each read once. While
 * `watch()` says the files may change (the default; `astro dev`) a version is
 * read again after a file of it changed; in a build it says they cannot, and
 * the walk of the version's folder on every call (twice per plan file and
 * once per article page) is skipped. The Markdown transforms share one, so a
 * version is parsed once per build.
 */
export function cachedModelLoader(contentDir: string, { watch = () => true }: { watch?: () => boolean } = {}): (version: string) => PlanModel {
  const cache = new Map<string, { stamp: string; model: PlanModel }>();
  return (version) => {
    const hit = cache.get(version);
    if (hit && !watch()) return hit.model;
    const stamp = versionStamp(join(contentDir, 'plan', version));
    if (hit && hit.stamp === stamp) return hit.model;
    const model = loadPlanModel(contentDir, version);
    cache.set(version, { stamp, model });
    return model;
  };
}

/** Load every version under `<contentDir>/plan/`. */
export function loadAllPlanModels(contentDir: string): PlanModel[] {
  return listVersionIds(contentDir).map((id) => loadPlanModel(contentDir, id));
}

const bodyLines = new Map<string, { body: string; line: number }>();

/**
 * The line of `filePath` where a content entry's `body` starts (the content
 * layer gives it trimmed, without its frontmatter), read from the file once
 * per body: the plan model's messages and the rendered file
 * (src/markdown/plan-html.ts) both need it. An edited file gives a new body.
 */
export function entryBodyLine(filePath: string, body: string): number {
  const key = resolve(filePath);
  const known = bodyLines.get(key);
  if (known?.body === body) return known.line;
  const line = bodyStartLine(readFileSync(key, 'utf8'), body);
  bodyLines.set(key, { body, line });
  return line;
}
