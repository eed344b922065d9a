/**
 * One import at a time per content folder (issue 15): two imports of the same
 * version at once would race for the final rename, and one result would
 * silently win. The lock is a file created exclusively (`wx`), holding who
 * took it; a lock whose process is gone (kill -9) is taken over.
 */
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Who holds the lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  started: string;
  what: string;
}

/** Another import holds the lock: exit 1, naming it. */
export class ImportLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    super(
      `another import is running: process ${holder.pid}, started ${holder.started} (${holder.what}) holds ${lockFile}. ` +
        'Wait for it to finish; if no import is running, delete that file.',
    );
    this.name = 'ImportLockedError';
  }
}

/** The lock file of a content folder: beside it (`.content.import.lock`), so content/ itself is never touched by locking. */
export function lockFileOf(contentDir: string): string {
  const full = resolve(contentDir);
  return join(dirname(full), `.${basename(full)}.import.lock`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof h.pid === 'number' ? { pid: h.pid, started: String(h.started), what: String(h.what) } : null;
  } catch {
    return null; // half-written by a process killed while taking it: stale
  }
}

/** Releases of the locks this process holds, for a signal handler. */
const held = new Set<() => void>();

/** Releases every import lock this process holds (SIGINT/SIGTERM: scripts/import.ts). */
export function releaseHeldImportLocks(): void {
  for (const release of [...held]) release();
}

/**
 * Takes the import lock of `contentDir` for this process, describing the
 * import as `what`. Returns the function that releases it. Throws
 * {@link ImportLockedError} when a live process holds it.
 */
export function acquireImportLock(contentDir: string, what: string): () => void {
  const file = lockFileOf(contentDir);
  mkdirSync(dirname(file), { recursive: true });
  const me: LockHolder = { pid: process.pid, started: new Date().toISOString(), what };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      const release = () => {
        held.delete(release);
        if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
      };
      held.add(release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readHolder(file);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) throw new ImportLockedError(file, holder);
      if (holder && holder.pid === process.pid) throw new ImportLockedError(file, holder);
      rmSync(file, { force: true }); // its process is gone
    }
  }
  const holder = existsSync(file) ? readHolder(file) : null;
  throw new ImportLockedError(file, holder ?? { pid: 0, started: '?', what: 'unknown' });
}
