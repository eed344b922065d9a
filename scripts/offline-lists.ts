/**
 * After `astro build` and pagefind: write `dist/offline/<v>.json` for every
 * version, the list of files "离线保存此版本" fetches (src/lib/offline-list.ts).
 * It runs after pagefind because the search index is part of the copy.
 *
 * usage: tsx scripts/offline-lists.ts [dist]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { versionUrl } from '../src/lib/ids.ts';
import { offlineList, type DistFile } from '../src/lib/offline-list.ts';
import { listVersionIds } from '../src/lib/plan-files.ts';
import { contentDir, versionInfo } from '../src/lib/site-config.ts';

const dist = process.argv[2] ?? process.env.PLAN_OUT_DIR ?? 'dist';

function walk(dir: string): DistFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'offline' && dir === dist ? [] : walk(path);
    const bytes = readFileSync(path);
    return [{ path: relative(dist, path).replace(/\\/g, '/'), size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }];
  });
}

const files = walk(dist);
mkdirSync(join(dist, 'offline'), { recursive: true });
for (const id of listVersionIds(contentDir)) {
  const list = offlineList(id, versionInfo(id)?.label ?? id, files);
  if (!list.files.some((f) => f.url === versionUrl(id))) throw new Error(`offline-lists: ${dist}/${id}/index.html is missing; fix: run \`astro build\` first`);
  writeFileSync(join(dist, 'offline', `${id}.json`), `${JSON.stringify(list)}\n`);
  console.log(`offline-lists: ${id} ${list.files.length} files, ${(list.bytes / 1024 / 1024).toFixed(1)} MB`);
}
