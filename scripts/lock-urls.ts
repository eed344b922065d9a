/**
 * `npm run lock-urls`: add the URLs and article anchors of the built site
 * (dist/) that are not yet in content/urls.lock. It never removes an entry:
 * a published URL stays published (docs/design.md); a page that moved gets an
 * entry in content/redirects.yaml instead. Run after `npm run build`.
 *
 *   npm run lock-urls             add new entries, refuse if any locked one is missing
 *   npm run lock-urls -- --check  only report (exit 1 if an entry is missing)
 *   npm run lock-urls -- <dist>   read another build folder (default dist)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDistAgainstLock, collectPublished, formatLock, readLockFile } from '../src/lib/url-lock.ts';
import { contentDir } from '../src/lib/site-config.ts';

const { values, positionals } = parseArgs({ strict: true, allowPositionals: true, options: { check: { type: 'boolean' } } });
const dist = positionals[0] ?? 'dist';
const lockPath = join(contentDir, 'urls.lock');
const redirectsPath = process.env.PLAN_REDIRECTS ?? join(contentDir, 'redirects.yaml');
const checkOnly = !!values.check;

if (!existsSync(dist)) {
  console.error(`lock-urls: ${dist}/ does not exist; run \`npm run build\` first`);
  process.exit(1);
}

const { failures, unlocked, locked } = checkDistAgainstLock(dist, lockPath, redirectsPath);
for (const f of failures) console.error(f);
if (failures.length) {
  console.error(`lock-urls: ${failures.length} locked entr${failures.length === 1 ? 'y is' : 'ies are'} missing from ${dist}/; the lock is left unchanged`);
  process.exit(1);
}
if (checkOnly) {
  console.log(`lock-urls: ${locked} locked entries all published; ${unlocked.length} new entries not yet locked`);
  process.exit(0);
}
const published = collectPublished(dist).entries;
const next = formatLock([...readLockFile(lockPath), ...published]);
writeFileSync(lockPath, next);
console.log(`lock-urls: ${locked} entries were locked, ${unlocked.length} added → ${lockPath} (${locked + unlocked.length} entries)`);
