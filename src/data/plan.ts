/**
 * The plan as the pages see it: every version's model built from the content
 * collections (checked as a whole by `buildPlanModel`, so a broken import
 * fails the build with the file and the fix), the newest version, and the
 * collection entries to render. Cached for the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildPlanModel, orderVersions, PlanContentError, type ContentProblem, type PlanModel } from '../lib/plan-model.ts';
import { LATEST } from '../lib/ids.ts';
import { entryBodyLine } from '../lib/plan-files.ts';
import { partChangeLines, titleChangeLines, versionChangeLines, type PartText } from '../lib/changelog.ts';
import { readBasisCorrections, readerBasis, statusLabel } from '../lib/version-status.ts';
import { contentDir } from '../lib/site-config.ts';

/** Everything the pages need about the plan. */
export interface SiteData {
  /** Versions oldest first. */
  versions: PlanModel[];
  /** The newest version (the one `/latest/` shows), if there is any content. */
  newest: PlanModel | undefined;
  /** Collection entries by id (`ed2/04` for a chapter, `ed2/04/02` for a section). */
  chapterEntries: Map<string, CollectionEntry<'chapters'>>;
  sectionEntries: Map<string, CollectionEntry<'sections'>>;
  /** Parts outside the chapters (前言, 附图, 附表…) by version id, in text order. */
  appendixEntries: Map<string, CollectionEntry<'appendices'>[]>;
}

let cached: Promise<SiteData> | undefined;

/** Load (once) and check every version. Throws a PlanContentError naming each problem. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The collection key of a chapter or section. */
export function entryKey(version: string, chapter: number, section?: number): string {
  return section === undefined ? `${version}/${pad(chapter)}` : `${version}/${pad(chapter)}/${pad(section)}`;
}

async function load(): Promise<SiteData> {
  const [versionEntries, chapterList, sectionList, appendixList] = await Promise.all([
    getCollection('versions'),
    getCollection('chapters'),
    getCollection('sections'),
    getCollection('appendices'),
  ]);
  const file = (e: { filePath?: string | undefined; id: string }) => e.filePath ?? e.id;
  // Problems carry file lines; the collection body is trimmed and without its frontmatter.
  const bodyLine = (e: { filePath?: string | undefined; body?: string | undefined }) => (e.filePath && e.body ? entryBodyLine(e.filePath, e.body) : undefined);
  const problems: ContentProblem[] = [];
  const models: PlanModel[] = [];
  const chapterEntries = new Map<string, CollectionEntry<'chapters'>>();
  const sectionEntries = new Map<string, CollectionEntry<'sections'>>();
  for (const c of chapterList) chapterEntries.set(entryKey(c.data.version, c.data.chapter), c);
  for (const s of sectionList) sectionEntries.set(entryKey(s.data.version, s.data.chapter, s.data.section), s);

  const ids = new Set<string>();
  for (const v of versionEntries) {
    const meta = v.data;
    if (meta.id === LATEST) {
      problems.push({ file: file(v), message: '"latest" is reserved for the newest-version alias', fix: 'choose another version id' });
      continue;
    }
    // The id/folder agreement is checked by buildPlanModel (below), for scripts too.
    if (ids.has(meta.id)) problems.push({ file: file(v), message: `version id "${meta.id}" is used twice`, fix: 'version ids are never reused: choose a new one' });
    ids.add(meta.id);
    const inVersion = <T extends { data: { version: string } }>(list: T[]) => list.filter((e) => e.data.version === meta.id);
    const result = buildPlanModel({
      version: { file: file(v), data: meta },
      chapters: inVersion(chapterList).map((e) => ({ file: file(e), data: e.data, body: e.body ?? '', bodyLine: bodyLine(e) })),
      sections: inVersion(sectionList).map((e) => ({ file: file(e), data: e.data, body: e.body ?? '', bodyLine: bodyLine(e) })),
    });
    problems.push(...result.problems);
    if (result.model) models.push(result.model);
  }
  for (const e of [...chapterList, ...sectionList]) {
    if (!ids.has(e.data.version)) {
      problems.push({ file: file(e), message: `belongs to version "${e.data.version}", which has no _version.yaml`, fix: 'import the version again, or remove the stray file' });
    }
  }
  if (problems.length) throw new PlanContentError(problems);
  const { ordered, newest } = orderVersions(models.map((m) => ({ ...m.version, model: m })));
  const appendixEntries = new Map<string, CollectionEntry<'appendices'>[]>();
  for (const a of [...appendixList].sort((x, y) => x.data.part - y.data.part)) {
    appendixEntries.set(a.data.version, [...(appendixEntries.get(a.data.version) ?? []), a]);
  }
  return { versions: ordered.map((v) => v.model), newest: newest?.model, chapterEntries, sectionEntries, appendixEntries };
}

/** Path parameters for a version and its `/latest/` alias. */
export interface VersionRoute {
  /** The URL segment: a version id or `latest`. */
  segment: string;
  model: PlanModel;
  /** True on the `/latest/…` alias (its canonical URL is the versioned one). */
  isAlias: boolean;
}

/** Every version under its own id, and the newest also under `latest`. */
export function versionRoutes(data: SiteData): VersionRoute[] {
  const routes: VersionRoute[] = data.versions.map((model) => ({ segment: model.version.id, model, isAlias: false }));
  if (data.newest) routes.push({ segment: LATEST, model: data.newest, isAlias: true });
  return routes;
}

/** `getStaticPaths` for routes with one page per version (and `/latest/`): `{ version }` params, `{ route }` props. */
export async function versionStaticPaths(): Promise<{ params: { version: string }; props: { route: VersionRoute } }[]> {
  return versionRoutes(await getSiteData()).map((route) => ({ params: { version: route.segment }, props: { route } }));
}

/** How a version's changes against its previous one read (src/lib/changelog.ts); [] for a first version. */
export function versionChanges(data: SiteData, model: PlanModel): string[] {
  const older = data.versions.find((m) => m.version.id === model.version.previous);
  if (!older) return [];
  return versionChangeLines(older, model, appendixParts(data, older), appendixParts(data, model));
}

/** Changed chapter and section titles and parts (附图…) between any two versions. */
export function structuralChanges(data: SiteData, older: PlanModel, newer: PlanModel): string[] {
  return [...titleChangeLines(older, newer), ...partChangeLines(appendixParts(data, older), appendixParts(data, newer), older.version.label)];
}

function appendixParts(data: SiteData, model: PlanModel): PartText[] {
  return (data.appendixEntries.get(model.version.id) ?? []).filter((e) => e.data.part > 0).map((e) => ({ title: e.data.title, text: e.body ?? '' }));
}

/** The status and basis of a version as readers see them (src/lib/version-status.ts). */
export function versionWording(data: SiteData, model: PlanModel): { status: string; basis: string } {
  corrections ??= readBasisCorrections(contentDir);
  return {
    status: statusLabel(model.version, model === data.newest),
    basis: readerBasis(model.version, corrections),
  };
}
let corrections: Map<string, string> | undefined;
