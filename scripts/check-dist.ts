/**
 * `tsx scripts/check-dist.ts [dist]`: run the checks over the built site and
 * exit 1 with every problem listed. Part of `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDist, localhostMentions, type BuiltPage } from '../src/lib/dist-check.ts';
import { distFileToPath } from '../src/lib/routes.ts';
import { checkDistAgainstLock } from '../src/lib/url-lock.ts';
import { checkReleasedVersions } from '../src/lib/content-hash.ts';
import { interruptedReplacements } from '../src/lib/import/writer.ts';
import { strayBasisCorrections } from '../src/lib/version-status.ts';
import { contentDir, siteSettings } from '../src/lib/site-config.ts';
import { previewWarning, publishedAddress } from '../src/lib/site.ts';
import { FIGURES, figureListProblems } from '../src/lib/geo/figures.ts';
import { listVersionIds, splitFrontmatter } from '../src/lib/plan-files.ts';
import { offlineListUrl } from '../src/lib/ids.ts';

const dist = parseArgs({ strict: true, allowPositionals: true, options: {} }).positionals[0] ?? 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** The imported 附图 lists: appendix parts whose frontmatter says `kind: 附图`, in every version. */
function figureListFiles(contentDir: string) {
  return listVersionIds(contentDir)
    .map((v) => join(contentDir, 'plan', v, 'appendix'))
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.mdx')).map((f) => join(d, f)))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
    .filter(({ text }) => (splitFrontmatter(text).frontmatter as { kind?: string }).kind === '附图');
}

const all = walk(dist);
const pages: BuiltPage[] = all.filter((f) => f.endsWith('.html')).map((f) => ({ path: distFileToPath(relative(dist, f)), html: readFileSync(f, 'utf8') }));
const files = all.filter((f) => !f.endsWith('.html')).map((f) => distFileToPath(relative(dist, f)));
const problems = checkDist(pages, files);
// Issue 12: with a published address configured, no built page or data file may cite the preview server.
const address = publishedAddress(siteSettings());
if (address.source === 'preview') console.warn(previewWarning(`${contentDir}/site.yaml`));
else {
  const texts = all.filter((f) => /\.(html|xml|json|txt)$/.test(f) && !relative(dist, f).startsWith('pagefind'));
  problems.push(...localhostMentions(texts.map((f) => ({ path: distFileToPath(relative(dist, f)), html: readFileSync(f, 'utf8') }))));
}
// Issue 6: a published URL never disappears (content/urls.lock) and a released version never changes (content/versions.lock).
const urlLock = checkDistAgainstLock(dist, join(contentDir, 'urls.lock'), process.env.PLAN_REDIRECTS ?? join(contentDir, 'redirects.yaml'));
const frozen = checkReleasedVersions(join(contentDir, 'plan'), join(contentDir, 'versions.lock'));
// Issue 12: the figure definitions (content/geo/figures.yaml) agree with every imported 附图 list.
const figureLists = figureListFiles(contentDir);
problems.push(...figureListProblems(FIGURES, figureLists, join(contentDir, 'geo', 'figures.yaml')).map((p) => ({ page: `${p.file}${p.line ? `:${p.line}` : ''}`, message: `${p.message}; fix: ${p.fix}` })));
problems.push(...[...urlLock.failures, ...frozen.failures].map((message) => ({ page: contentDir, message })));
for (const id of strayBasisCorrections(contentDir, listVersionIds(contentDir))) {
  problems.push({ page: join(contentDir, 'version-notes.yaml'), message: `"${id}" is not a version of this plan: remove its entry (left from another plan, or from a version since deleted)` });
}
for (const missing of interruptedReplacements(contentDir)) {
  problems.push({ page: join(contentDir, missing), message: `an import was killed while replacing ${missing}: the folder is missing and this build lacks it; run the import again (it puts the old folder back first), then build` });
}
// Every version's 离线保存此版本 fetches its list of files, written after pagefind by scripts/offline-lists.ts
// (checked where pagefind has run: a bare `astro build` is checked for its pages alone).
const indexed = files.some((f) => f.startsWith('/pagefind/'));
for (const id of indexed ? listVersionIds(contentDir) : []) {
  const list = offlineListUrl(id);
  if (!files.includes(list)) problems.push({ page: list, message: 'missing, so 离线保存此版本 cannot work: run `tsx scripts/offline-lists.ts` after pagefind (`npm run build` does)' });
}
if (urlLock.unlocked.length) console.log(`check-dist: ${urlLock.unlocked.length} published URLs/anchors not yet in ${contentDir}/urls.lock — run \`npm run lock-urls\``);
if (frozen.unlocked.length) console.log(`check-dist: versions not yet locked as released: ${frozen.unlocked.join(', ')} — run \`npm run lock-versions\` when released`);
if (problems.length) {
  console.error(`check-dist: ${problems.length} problem(s) in ${dist}/:`);
  for (const p of problems.slice(0, 200)) console.error(`  ${p.page}: ${p.message}`);
  process.exit(1);
}
console.log(`check-dist: ${pages.length} pages, every link and anchor resolves`);
