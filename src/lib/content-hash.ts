/**
 * Frozen released versions (issue 6, docs/design.md "a released version is
 * frozen: its files never change again"). `content/versions.lock` records one
 * sha256 per released version over the files of `content/plan/<v>/`; the
 * dist check fails when a locked version's files change. A fix is a new
 * version; `npm run lock-versions` records a newly released one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** One file of a version: its path inside the version folder and its text. */
export interface VersionFile {
  path: string;
  text: string;
}

/**
 * `status` is left out of the hash of `_version.yaml`: releasing ed3 turns
 * ed2 from `current` into `superseded` without touching ed2's text, and that
 * must not count as changing a frozen version.
 */
const MUTABLE_VERSION_FIELDS = ['status'];

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, sortKeysDeep((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The hashed form of `_version.yaml`: parsed, mutable fields dropped, keys sorted, as JSON. */
export function canonicalVersionYaml(text: string): string {
  const data = (parseYaml(text) ?? {}) as Record<string, unknown>;
  for (const field of MUTABLE_VERSION_FIELDS) delete data[field];
  return JSON.stringify(sortKeysDeep(data));
}

/**
 * The sha256 (hex) of a version's files: sorted by path, each contributing
 * its path and its text with line endings normalised to LF (so a checkout
 * with CRLF does not look like an edit).
 */
export function hashVersionFiles(files: ReadonlyArray<VersionFile>): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const text = f.path === '_version.yaml' ? canonicalVersionYaml(f.text) : f.text.replace(/\r\n?/g, '\n');
    h.update(`${f.path}\0${Buffer.byteLength(text)}\0`);
    h.update(text);
    h.update('\0');
  }
  return h.digest('hex');
}

/** Parses `content/versions.lock`: `<version-id> <sha256>` per line, `#` comments. */
export function parseVersionLock(text: string, file = 'content/versions.lock'): Map<string, string> {
  const lock = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^([a-z0-9-]+)\s+([0-9a-f]{64})$/.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: expected "<version-id> <sha256 hex>", got "${line}"`);
    if (lock.has(m[1])) throw new Error(`${file}:${i + 1}: version ${m[1]} is locked twice`);
    lock.set(m[1], m[2]);
  });
  return lock;
}

/** The text of `content/versions.lock`, versions sorted by id. */
export function formatVersionLock(lock: ReadonlyMap<string, string>): string {
  const header =
    '# Released versions are frozen: sha256 of content/plan/<v>/ (see src/lib/content-hash.ts).\n' +
    '# A fix is a new version. Record a newly released version with `npm run lock-versions`.\n';
  const lines = [...lock.keys()].sort().map((id) => `${id} ${lock.get(id)}`);
  return header + lines.map((l) => `${l}\n`).join('');
}

/** What the version check found. */
export interface VersionLockCheck {
  /** Locked versions whose files changed. */
  changed: { id: string; locked: string; actual: string }[];
  /** Locked versions whose folder is gone. */
  missing: string[];
  /** Versions present but not locked (drafts, or released and not yet recorded). */
  unlocked: string[];
}

/** Compares the lock with the hashes of the versions present. */
export function checkVersionLock(
  lock: ReadonlyMap<string, string>,
  actual: ReadonlyMap<string, string>,
): VersionLockCheck {
  const changed: VersionLockCheck['changed'] = [];
  const missing: string[] = [];
  for (const [id, locked] of lock) {
    const now = actual.get(id);
    if (now === undefined) missing.push(id);
    else if (now !== locked) changed.push({ id, locked, actual: now });
  }
  const unlocked = [...actual.keys()].filter((id) => !lock.has(id)).sort();
  return { changed, missing, unlocked };
}

/** One message per failure, naming what to do. */
export function describeVersionLockFailures(check: VersionLockCheck, planDir = 'content/plan'): string[] {
  return [
    ...check.changed.map(
      (c) =>
        `version ${c.id} is released and frozen, but ${planDir}/${c.id}/ changed (locked ${c.locked.slice(0, 12)}…, now ${c.actual.slice(0, 12)}…): ` +
        'undo the edit and publish the fix as a new version',
    ),
    ...check.missing.map((id) => `version ${id} is released (content/versions.lock) but ${planDir}/${id}/ is gone`),
  ];
}

// ---- file system -----------------------------------------------------------

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Reads the files of one version folder (hidden files skipped). */
export function readVersionFiles(versionDir: string): VersionFile[] {
  return walk(versionDir).map((full) => ({
    path: relative(versionDir, full).split(sep).join('/'),
    text: readFileSync(full, 'utf8'),
  }));
}

/** The hash of every version under `planDir` (a folder with a `_version.yaml`). */
export function hashAllVersions(planDir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(planDir)) return out;
  for (const entry of readdirSync(planDir, { withFileTypes: true })) {
    const dir = join(planDir, entry.name);
    if (entry.isDirectory() && existsSync(join(dir, '_version.yaml'))) {
      out.set(entry.name, hashVersionFiles(readVersionFiles(dir)));
    }
  }
  return out;
}

/** The whole check for scripts/check-dist.ts: failure messages (empty = pass) and unlocked versions. */
export function checkReleasedVersions(
  planDir: string,
  lockPath: string,
): { failures: string[]; unlocked: string[]; locked: number } {
  const lock = existsSync(lockPath) ? parseVersionLock(readFileSync(lockPath, 'utf8'), lockPath) : new Map<string, string>();
  const check = checkVersionLock(lock, hashAllVersions(planDir));
  return { failures: describeVersionLockFailures(check, planDir), unlocked: check.unlocked, locked: lock.size };
}
