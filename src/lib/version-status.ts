/**
 * How a version's status and basis read to readers (issue 13). In Chinese
 * legal usage 现行 means "in force": a compiled edition (整理稿) has no legal
 * effect, so it is never called 现行, only 最新整理稿 or 已被新版取代. The
 * basis a notice states is the version's own: a version whose sections cite
 * no public fact (F…) was compiled from the drafting notes only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COMPILED_STAGE } from './schemas.ts';
import { loadVersionFiles } from './plan-files.ts';


/** What the status wording needs of a version. */
export interface StatusInput {
  stage: string;
  status: string;
}

/**
 * The status as shown: 最新整理稿 / 已被新版整理稿取代 for compiled editions;
 * 现行 only for an approved text (批复稿) that is the newest; otherwise
 * 最新收录文本 / 已被替代.
 */
export function statusLabel(v: StatusInput, isNewest: boolean): string {
  if (v.stage === COMPILED_STAGE) return isNewest ? '最新整理稿' : '已被新版整理稿取代';
  if (v.stage === '批复稿' && v.status === 'current' && isNewest) return '现行';
  return isNewest ? '最新收录文本' : '已被替代';
}

/** What the sections and chapters of a version list as their sources. */
/** Whether the version `id` is one a newer version replaced: not the newest (there is no newest without versions). */
export function isSuperseded(id: string, newest: { version: { id: string } } | undefined): boolean {
  return !!newest && id !== newest.version.id;
}

export interface SourcedParts {
  chapters: ReadonlyArray<{ sources: readonly string[]; sections: ReadonlyArray<{ sources: readonly string[] }> }>;
}

/** 起草说明 when no part cites a public fact (F…), else 起草说明和公开资料: what a compiled edition's notice says it rests on. */
export function compiledBasis(model: SourcedParts): '起草说明' | '起草说明和公开资料' {
  const sources = model.chapters.flatMap((c) => [...c.sources, ...c.sections.flatMap((s) => s.sources)]);
  return sources.some((s) => s.startsWith('F')) ? '起草说明和公开资料' : '起草说明';
}

/**
 * Reader-facing corrections of a released version's `basis`
 * (`<content>/version-notes.yaml`, `<id>: { basis: … }`): its `_version.yaml`
 * is frozen, so a wording that misleads readers is corrected here instead.
 */
export function readBasisCorrections(contentDir: string): Map<string, string> {
  const file = join(contentDir, 'version-notes.yaml');
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  const data = (parseYaml(readFileSync(file, 'utf8')) ?? {}) as Record<string, { basis?: unknown } | null>;
  for (const [id, entry] of Object.entries(data)) {
    if (typeof entry?.basis !== 'string' || !entry.basis.trim()) {
      throw new Error(`${file}: "${id}" needs a \`basis:\` text (the reader-facing wording of that version's basis)`);
    }
    out.set(id, entry.basis.trim());
  }
  return out;
}

/** The basis as readers see it: the correction where there is one, else the version's own. */
export function readerBasis(v: { id: string; basis: string }, corrections: ReadonlyMap<string, string>): string {
  return corrections.get(v.id) ?? v.basis;
}

/**
 * A version's `_version.yaml` text with `status: current` made `superseded`
 * (the one field of a frozen version that may change: it is outside the
 * version hash), or null when it says superseded already. The release of a
 * new version does this to the version it revises, so plan.json stops
 * calling both current (second-plan tester, 2026-12-03).
 */
export function supersededVersionYaml(text: string): string | null {
  if (!/^status: current$/m.test(text)) return null;
  return text.replace(/^status: current$/m, 'status: superseded');
}

/**
 * Marks the version that `version` revises (its `previous:`) superseded in
 * its `_version.yaml`: what `npm run release` does after the import, before
 * the build. Returns the file changed, or null when there was nothing to do.
 */
export function supersedePrevious(contentDir: string, version: string): string | null {
  const previous = loadVersionFiles(contentDir, version).version.data.previous;
  const file = previous ? join(contentDir, 'plan', previous, '_version.yaml') : null;
  const changed = file && existsSync(file) ? supersededVersionYaml(readFileSync(file, 'utf8')) : null;
  if (!file || changed === null) return null;
  writeFileSync(file, changed);
  return file;
}

/**
 * The entries of `version-notes.yaml` that name no version of the plan (a
 * file left from another plan, or a version since deleted): a problem for
 * check-dist, since the rewording they hold reaches no reader.
 */
export function strayBasisCorrections(contentDir: string, versionIds: readonly string[]): string[] {
  return [...readBasisCorrections(contentDir).keys()].filter((id) => !versionIds.includes(id));
}
