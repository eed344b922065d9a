/**
 * Writing a version all at once: the files go into a temporary folder inside
 * the same content folder (same file system, so the final rename is atomic),
 * and only a complete version is renamed into place. An import that fails
 * leaves the content folder exactly as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';

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
 * Write `files` (relative path → content) as the folder `target`, replacing
 * an existing folder only when `replace` is set. Returns nothing; throws on
 * failure after removing its temporary folder.
 */
export function writeTreeAtomically(target: string, files: Map<string, string>, replace: boolean): void {
  const parent = dirname(target);
  const parentExisted = existsSync(parent);
  mkdirSync(parent, { recursive: true });
  const tag = randomBytes(4).toString('hex');
  const temp = join(parent, `.import-${tag}`);
  const old = join(parent, `.replaced-${tag}`);
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
      renameSync(temp, target);
    }
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    if (!parentExisted) rmSync(parent, { recursive: true, force: true });
    throw e;
  }
}
