/**
 * The importer's checks on what it was asked to do, before it reads a byte
 * (issue 15): everything the build would later reject or show wrongly is
 * refused here, with a message that says what to do. Each check returns the
 * message, or null when all is well.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseVersionLock } from '../content-hash.ts';

/** The longest version id: it becomes a folder name and a URL segment. */
export const MAX_VERSION_ID_LENGTH = 40;

const VERSION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `--version` can be a new version's id; `reserved` are the ids the site's routes use. */
export function versionIdProblem(id: string, reserved: ReadonlySet<string>): string | null {
  if (id.length > MAX_VERSION_ID_LENGTH) {
    return `--version "${id.slice(0, 20)}…" is ${id.length} characters long: a version id is at most ${MAX_VERSION_ID_LENGTH} (e.g. ed3, 2023-08-sstg)`;
  }
  if (!VERSION_ID.test(id)) {
    return `--version "${id}": a version id is lowercase letters a–z, digits and single hyphens between them (ed3, 2023, 2023-08-sstg)`;
  }
  if (reserved.has(id)) {
    return `--version "${id}": /${id}/ is already a page of the site, so a version there would be hidden; choose another id (taken: ${[...reserved].sort().join(', ')})`;
  }
  return null;
}

/** Whether a date is a real calendar date written YYYY-MM-DD; `what` names where it came from. */
export function dateProblem(date: string, what = '--date'): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return `${what} "${date}": write the date as YYYY-MM-DD, e.g. 2023-08-15`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const real = new Date(Date.UTC(y, mo - 1, d));
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) {
    return `${what} "${date}" is not a calendar date (${mo < 1 || mo > 12 ? `there is no month ${mo}` : `month ${mo} of ${y} has no day ${d}`})`;
  }
  return null;
}

/** Whether `--content-dir` can hold content: a folder, or nothing yet. */
export function contentDirProblem(dir: string): string | null {
  if (existsSync(dir) && !statSync(dir).isDirectory()) return `--content-dir "${dir}" is a file, not a folder: give the content folder (default content)`;
  return null;
}

/** Whether the input is a readable file (not a folder). */
export function inputProblem(input: string): string | null {
  if (!existsSync(input)) return `${input}: no such file`;
  if (statSync(input).isDirectory()) return `${input} is a folder: give the plan text file (.txt, .md, .html or .docx)`;
  return null;
}

/**
 * Whether `--replace` may overwrite `id`: a released version (in
 * `<content>/versions.lock`) is frozen, so a correction is a new version.
 */
export function replaceProblem(contentDir: string, id: string): string | null {
  const lockFile = join(contentDir, 'versions.lock');
  if (!existsSync(lockFile) || !parseVersionLock(readFileSync(lockFile, 'utf8'), lockFile).has(id)) return null;
  return (
    `version ${id} is released (${lockFile}) and frozen: --replace would change published text. ` +
    `Import the corrected text as a new version instead, e.g. --version <new id> --previous ${id}`
  );
}

/** A write failure in words a clerk can act on (read-only folder, full disk), naming the folder. */
export function describeWriteError(target: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `could not write ${target}: the folder is read-only for this user (${e.code}); make it writable or import into another --content-dir`;
    case 'ENOSPC':
      return `could not write ${target}: the disk is full (ENOSPC); nothing was changed`;
    case 'ENAMETOOLONG':
      return `could not write ${target}: the path is too long for this file system (ENAMETOOLONG); use a shorter version id`;
    default:
      return `could not write ${target}: ${e.message}`;
  }
}
