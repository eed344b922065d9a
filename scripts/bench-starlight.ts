/**
 * The peer in `npm run bench`: the same plan MDX built with a stock Starlight
 * site, so "lighter than a stock documentation theme" is a measured ratio.
 *
 * The Starlight project is scaffolded in a cache folder under the OS temp
 * dir (never part of this repository) and reused between runs; it installs
 * from the npm registry only when missing or when the pinned versions change.
 * Starlight is pinned to a release whose peer range accepts our Astro 7
 * (`npm view @astrojs/starlight peerDependencies` → astro ^7.2.10 for 0.42.x),
 * and installed with the exact Astro and Vite our site uses.
 *
 * Run alone: `npx tsx scripts/bench-starlight.ts [contentDir]`.
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { splitFrontmatter, listVersionIds } from '../src/lib/plan-files.ts';
import { toChineseNumeral } from '../src/lib/numerals.ts';
import { siteSettings } from '../src/lib/site-config.ts';
import { measurePage, type PageWeight } from '../src/lib/page-weight.ts';
import {
  ROOT,
  astroCli,
  distReader,
  kb,
  mustSucceed,
  nodeBin,
  pagefindBytes,
  remove,
  secs,
  timedRun,
  walkFiles,
} from './bench-util.ts';

/** Starlight release used as the peer (its peer range: astro ^7.2.10). */
export const STARLIGHT_VERSION = '0.42.4';

/** Where the scaffold lives between runs. */
export const STARLIGHT_CACHE = join(tmpdir(), 'plan-bench-starlight');

/** What the peer build measured. */
export interface StarlightResult {
  starlightVersion: string;
  astroVersion: string;
  /** Pages Starlight built (HTML files). */
  pages: number;
  /** Section pages among them. */
  sectionPages: number;
  /** Cold `astro build` wall time, pagefind indexing included (Starlight runs it itself). */
  buildMs: number;
  /** The 1-minute load average when the build ended. */
  load: number;
  peakKb: number | undefined;
  /** The median section page's weight. */
  section: PageWeight;
  sectionUrl: string;
  /** Bytes of dist/pagefind/: the index proper and the whole folder (UI, wasm). */
  pagefind: { index: number; total: number; files: number };
  /** Whether this run installed the scaffold (network) or reused the cache. */
  installed: boolean;
}

function versionOf(pkg: string, dir = ROOT): string {
  return (JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Writes the scaffold's config and installs it when the cache is missing or stale. */
export async function ensureStarlightScaffold(dir = STARLIGHT_CACHE): Promise<{ dir: string; installed: boolean }> {
  mkdirSync(dir, { recursive: true });
  const astroVersion = versionOf('astro');
  const viteVersion = versionOf('vite');
  const pkg = {
    name: 'plan-bench-starlight',
    private: true,
    type: 'module',
    dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION },
    // The same Vite override as our package.json, so both sites build with the same bundler.
    overrides: { vite: viteVersion },
  };
  const pkgFile = join(dir, 'package.json');
  const wanted = JSON.stringify(pkg, null, 2) + '\n';
  const stale = !existsSync(pkgFile) || readFileSync(pkgFile, 'utf8') !== wanted || !existsSync(join(dir, 'node_modules', '@astrojs', 'starlight'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
// Stock Starlight: default theme, search (pagefind) and sidebar; only the site's language set.
export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [starlight({ title: ${JSON.stringify(siteSettings().shortName)}, defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  if (!stale) return { dir, installed: false };
  writeFileSync(pkgFile, wanted);
  process.stderr.write(`Installing Starlight ${STARLIGHT_VERSION} with Astro ${astroVersion} in ${dir} (npm registry)…\n`);
  mustSucceed('npm install (Starlight scaffold)', await timedRun(['npm', 'install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir }));
  return { dir, installed: true };
}

/** A frontmatter value as a string. */
function field(frontmatter: unknown, name: string): unknown {
  return frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>)[name] : undefined;
}

/**
 * Copies our chapter and section MDX into the scaffold's docs collection, the
 * frontmatter stripped to a title (第N章/第N节 and the heading, as our pages
 * show it). Returns the number of section files written.
 */
export function copyPlanIntoDocs(contentDir: string, dir = STARLIGHT_CACHE): number {
  const docs = join(dir, 'src', 'content', 'docs');
  remove(docs);
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), `---\ntitle: ${siteSettings().shortName}\n---\n\n规划文本。\n`);
  let sections = 0;
  for (const version of listVersionIds(contentDir)) {
    const vdir = join(contentDir, 'plan', version);
    for (const file of walkFiles(vdir)) {
      const m = /^(\d+)\/(index|\d+)\.mdx$/.exec(file);
      if (!m) continue;
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(vdir, file), 'utf8'));
      const title = String(field(frontmatter, 'title') ?? '');
      const isSection = m[2] !== 'index';
      const prefix = isSection
        ? `第${toChineseNumeral(Number(field(frontmatter, 'section')))}节`
        : `第${toChineseNumeral(Number(field(frontmatter, 'chapter')))}章`;
      const target = join(docs, version, m[1]!, `${m[2]}.mdx`);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, `---\ntitle: ${JSON.stringify(`${prefix} ${title}`)}\n---\n${body.startsWith('\n') ? '' : '\n'}${body}`);
      if (isSection) sections++;
    }
  }
  return sections;
}

/** Builds the peer cold and weighs its section pages. */
export async function runStarlightPeer(contentDir: string): Promise<StarlightResult> {
  const { dir, installed } = await ensureStarlightScaffold();
  copyPlanIntoDocs(contentDir, dir);
  remove(join(dir, 'dist'));
  remove(join(dir, '.astro'));
  remove(join(dir, 'node_modules', '.astro'));
  const build = mustSucceed('Starlight build', await timedRun([nodeBin(), astroCli(dir), 'build'], { cwd: dir, env: { ASTRO_TELEMETRY_DISABLED: '1' } }));
  const dist = join(dir, 'dist');
  const files = walkFiles(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  const sectionFiles = html.filter((f) => /^[^/]+\/\d+\/\d+\/index\.html$/.test(f));
  if (sectionFiles.length === 0) throw new Error(`Starlight built no section pages in ${dist}`);
  const read = distReader(dist);
  const weighed = [];
  for (const f of sectionFiles) {
    const url = '/' + f.slice(0, -'index.html'.length);
    weighed.push({ url, weight: await measurePage(readFileSync(join(dist, f), 'utf8'), url, read) });
  }
  weighed.sort((a, b) => a.weight.total - b.weight.total);
  const median = weighed[Math.floor((weighed.length - 1) / 2)]!;
  return {
    starlightVersion: versionOf('@astrojs/starlight', dir),
    astroVersion: versionOf('astro', dir),
    pages: html.length,
    sectionPages: sectionFiles.length,
    buildMs: build.ms,
    load: loadavg()[0]!,
    peakKb: build.peakKb,
    section: median.weight,
    sectionUrl: median.url,
    pagefind: pagefindBytes(dist),
    installed,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const contentDir = parseArgs({ strict: true, allowPositionals: true, options: {} }).positionals[0] ?? process.env.PLAN_CONTENT_DIR ?? 'content';
  const r = await runStarlightPeer(contentDir);
  console.log(
    `Starlight ${r.starlightVersion} (Astro ${r.astroVersion}): ${r.pages} pages in ${secs(r.buildMs)} s; ` +
      `section page ${kb(r.section.total)} KB (HTML ${kb(r.section.html)}, CSS ${kb(r.section.css)}, JS ${kb(r.section.js)}); pagefind index ${kb(r.pagefind.index)} KB (folder ${kb(r.pagefind.total)} KB)`,
  );
}
