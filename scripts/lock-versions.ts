/**
 * `npm run lock-versions`: record the content hash of newly released versions
 * in content/versions.lock (src/lib/content-hash.ts). A version already locked
 * is never re-hashed: if its files changed, this fails just as the build does,
 * because a released version is frozen and a fix is a new version.
 *
 *   npm run lock-versions            lock every version not yet locked
 *   npm run lock-versions -- ed3     lock only the versions named
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  checkVersionLock,
  describeVersionLockFailures,
  formatVersionLock,
  hashAllVersions,
  parseVersionLock,
} from '../src/lib/content-hash.ts';
import { contentDir } from '../src/lib/site-config.ts';

const planDir = `${contentDir}/plan`;
const lockPath = `${contentDir}/versions.lock`;
const named = parseArgs({ strict: true, allowPositionals: true, options: {} }).positionals;

const lock = existsSync(lockPath) ? parseVersionLock(readFileSync(lockPath, 'utf8'), lockPath) : new Map<string, string>();
const actual = hashAllVersions(planDir);
const check = checkVersionLock(lock, actual);
const failures = describeVersionLockFailures(check, planDir);
if (failures.length) {
  for (const f of failures) console.error(f);
  process.exit(1);
}
for (const id of named) {
  if (!actual.has(id)) {
    console.error(`lock-versions: there is no version ${id} under ${planDir}/ (found: ${[...actual.keys()].join(', ') || 'none'})`);
    process.exit(1);
  }
}
const toLock = named.length ? named.filter((id) => !lock.has(id)) : check.unlocked;
for (const id of toLock) lock.set(id, actual.get(id)!);
writeFileSync(lockPath, formatVersionLock(lock));
console.log(
  toLock.length
    ? `lock-versions: locked ${toLock.join(', ')} → ${lockPath} (${lock.size} released versions)`
    : `lock-versions: nothing new to lock (${lock.size} released versions in ${lockPath})`,
);
