/**
 * Writing a version all at once: the files go into a temporary folder in the
 * content folder's work area (`.content.import-tmp/` beside `content/`: same
 * file system, so the final rename is atomic, and outside `content/`, so no
 * build ever sees a half-written version), and only a complete version is
 * renamed into place.
 * An import that fails leaves the content folder exactly as it was; one
 * killed outright leaves only the work area, which the next import repairs
 * ({@link recoverWorkArea}).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The importer's work area for a content folder: beside it, so content/ itself only ever changes by a rename. */
export function workArea(contentDir: string): string {
  const full = resolve(contentDir);
  return join(dirname(full), `.${basename(full)}.import-tmp`);
}

/**
 * Repairs what an import killed outright (kill -9, power loss) left behind:
 * a replaced version moved aside but not yet replaced is put back, and the
 * rest of the work area is removed. Returns what it did, for the report.
 * Run only while holding the import lock.
 */
export function recoverWorkArea(contentDir: string): string[] {
  const area = workArea(contentDir);
  if (!existsSync(area)) return [];
  const done: string[] = [];
  for (const aside of movedAside(contentDir)) {
    if (existsSync(aside.target)) continue;
    mkdirSync(dirname(aside.target), { recursive: true });
    renameSync(aside.file, aside.target);
    done.push(`restored ${aside.target}, which an interrupted --replace had moved aside`);
  }
  rmSync(area, { recursive: true, force: true });
  done.push(`removed the unfinished work of an interrupted import (${area})`);
  return done;
}

/**
 * The folders a `--replace` moved aside into the work area
 * (`replaced-<tag>/<parent>__<name>`, named by {@link writeTreeAtomically}):
 * where each is, where it belongs, and that place relative to the content folder.
 */
function movedAside(contentDir: string): { file: string; target: string; relative: string }[] {
  const area = workArea(contentDir);
  if (!existsSync(area)) return [];
  return readdirSync(area)
    .filter((entry) => /^replaced-[0-9a-f]+$/.test(entry))
    .flatMap((entry) =>
      readdirSync(join(area, entry)).map((n) => {
        const [where, name] = n.split('__') as [string, string];
        return { file: join(area, entry, n), target: join(contentDir, where, name), relative: where === '.' ? name : `${where}/${name}` };
      }),
    );
}

/**
 * What an import killed in the middle of a `--replace` moved aside and did
 * not put back (content-relative paths such as `plan/ed3`): between its two
 * renames the content folder lacks the version, so a build then would publish
 * the plan without it (tester, 2026-12-03). The next import restores them
 * ({@link recoverWorkArea}); the build's check refuses to pass until then.
 */
export function interruptedReplacements(contentDir: string): string[] {
  return movedAside(contentDir).filter((a) => !existsSync(a.target)).map((a) => a.relative);
}

/** Read every file under a folder as relative path → content (for comparing with a new import). */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p).replace(/\\/g, '/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** Whether a folder holds exactly these files with exactly this content. */
export function sameTree(dir: string, files: Map<string, string>): boolean {
  const existing = readTree(dir);
  if (existing.size !== files.size) return false;
  for (const [p, c] of files) if (existing.get(p) !== c) return false;
  return true;
}

/**
 * Write `files` (relative path → content) as the folder `target` (a folder
 * or a folder's child inside `contentDir`: `notes/`, `plan/<v>/`), replacing an existing folder only when `replace` is set.
 * Returns nothing; throws on failure after removing its temporary folder.
 * Synchronous on purpose: a SIGINT or SIGTERM is handled between imports'
 * steps, never in the middle of this.
 */
export function writeTreeAtomically(target: string, files: Map<string, string>, replace: boolean, contentDir: string): void {
  const parent = dirname(target);
  const parentExisted = existsSync(parent);
  const tag = randomBytes(4).toString('hex');
  const area = workArea(contentDir);
  const temp = join(area, `import-${tag}`);
  // Named <folder>__<name> so recoverWorkArea knows where to put it back.
  const old = join(area, `replaced-${tag}`, `${relative(contentDir, parent).replace(/[\\/]/g, '_') || '.'}__${basename(target)}`);
  mkdirSync(dirname(old), { recursive: true });
  try {
    for (const [p, content] of files) {
      const file = join(temp, p);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    if (existsSync(target)) {
      if (!replace || !statSync(target).isDirectory()) throw new Error(`${target} exists (use --replace to replace it)`);
      renameSync(target, old);
      try {
        renameSync(temp, target);
      } catch (e) {
        renameSync(old, target); // put the old version back
        throw e;
      }
      rmSync(old, { recursive: true, force: true });
    } else {
      // The parent is made only now: an import killed while writing leaves no empty plan/ behind.
      mkdirSync(parent, { recursive: true });
      renameSync(temp, target);
    }
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    if (!parentExisted) rmSync(parent, { recursive: true, force: true });
    throw e;
  } finally {
    rmSync(dirname(old), { recursive: true, force: true });
    if (existsSync(area) && readdirSync(area).length === 0) rmSync(area, { recursive: true, force: true });
  }
}
