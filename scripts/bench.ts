/**
 * `npm run bench`: measured speed and weight of the site, printed as Markdown.
 *
 * 1. Build time: `astro build` cold (after removing dist/, `.astro/` and
 *    Astro's content cache `node_modules/.astro/`) and warm (again, caches
 *    kept), then pagefind; wall time and peak memory of each.
 * 2. Weight per page kind: gzip bytes of HTML, eager CSS and eager JS
 *    (`src/lib/page-weight.ts`), median and heaviest page of each kind.
 * 2b. The same in Chromium: what the browser fetches at load on a first visit
 *    and on a second page, desktop and phone (`scripts/bench-browser.ts`).
 * 3. Search: the output of `scripts/bench-search.ts` when it exists.
 * 4. Peer: the same MDX built with stock Starlight (`scripts/bench-starlight.ts`)
 *    and the ratios ours / Starlight.
 * 5. Scaling: a generated plan at 1×, 3× and 10× versions (46 sections and
 *    about 150 articles each) built from a temp content folder with
 *    `PLAN_CONTENT_DIR`, with build time and peak memory at each scale.
 *
 * Options: --no-starlight, --no-scale, --no-search, --scales=1,3,10,
 * --out=<dir> (build the site somewhere other than dist/), --json=<file>,
 * --isolated (build the site too in a private copy of the project, leaving
 * dist/ and the project's Astro cache alone; use while others build).
 * Figures go to stdout; progress to stderr. Timings are printed, never asserted.
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listVersionIds } from '../src/lib/plan-files.ts';
import { PAGE_KIND_NAMES, type PageKind } from '../src/lib/page-weight.ts';
import {
  ROOT,
  astroCli,
  kb,
  makeBuildRoot,
  maxPage,
  medianPage,
  mustSucceed,
  nodeBin,
  pagefindBytes,
  pagefindCli,
  remove,
  secs,
  table,
  timedRun,
  walkFiles,
  weighDist,
  type RunResult,
  type WeighedPage,
} from './bench-util.ts';
import { runStarlightPeer, type StarlightResult } from './bench-starlight.ts';
import { generateContent } from './bench-plan.ts';

interface Options {
  starlight: boolean;
  scale: boolean;
  search: boolean;
  scales: number[];
  out: string;
  json: string | undefined;
  isolated: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'no-starlight': { type: 'boolean' },
      'no-scale': { type: 'boolean' },
      'no-search': { type: 'boolean' },
      isolated: { type: 'boolean' },
      scales: { type: 'string', default: '1,3,10' },
      out: { type: 'string', default: 'dist' },
      json: { type: 'string' },
    },
  });
  return {
    starlight: !values['no-starlight'],
    scale: !values['no-scale'],
    search: !values['no-search'],
    scales: values.scales.split(',').map(Number).filter((n) => n >= 1),
    out: resolve(ROOT, values.out),
    json: values.json,
    isolated: !!values.isolated,
  };
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** The content folder to measure: PLAN_CONTENT_DIR, else content/ when it has a version, else the fixture. */
function chooseContentDir(): { dir: string; note: string } {
  if (process.env.PLAN_CONTENT_DIR) return { dir: process.env.PLAN_CONTENT_DIR, note: 'PLAN_CONTENT_DIR' };
  if (listVersionIds(join(ROOT, 'content')).length > 0) return { dir: 'content', note: 'the plan content' };
  return { dir: 'tests/fixtures/mini', note: 'content/plan/ is empty: the test fixture' };
}

/** The 1, 5 and 15 minute load averages: timings on a busy machine are slower. */
function loadText(): string {
  return loadavg().map((n) => n.toFixed(1)).join(' ');
}

function mb(kib: number | undefined): string {
  return kib === undefined ? '–' : (kib / 1024).toFixed(0);
}

/** Removes an output folder before a cold build (the caches are removed by the caller). */
function makeCold(outDir: string): void {
  remove(outDir);
}

/** `astro build` of `contentDir` into `outDir`, in the project or in a private build root. */
async function astroBuild(contentDir: string, outDir: string, root = ROOT): Promise<RunResult> {
  const args = [nodeBin(), astroCli(root), 'build'];
  if (resolve(outDir) !== resolve(root, 'dist')) args.push('--outDir', resolve(outDir));
  return mustSucceed(
    `astro build (${contentDir})`,
    await timedRun(args, { cwd: root, env: { PLAN_CONTENT_DIR: resolve(ROOT, contentDir), ASTRO_TELEMETRY_DISABLED: '1' } }),
  );
}

// ---------------------------------------------------------------------------

interface ScaleRow {
  scale: number;
  versions: number;
  articles: number;
  pages: number;
  build: RunResult;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { dir: contentDir, note } = chooseContentDir();
  const out: string[] = [];
  const print = (line = '') => {
    out.push(line);
    console.log(line);
  };
  const relOut = options.out.startsWith(ROOT + '/') ? options.out.slice(ROOT.length + 1) : options.out;

  print(`## Bench (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`);
  print();
  print(`Content: \`${contentDir}\` (${note}). Node ${process.versions.node}, ${cpus().length} CPUs, load average ${loadText()} at start. Sizes are gzip level 9, 1 KB = 1024 bytes. Times are single runs: compare them with the load average.`);
  print();

  // 1. Builds
  log(`cold build of ${contentDir} into ${relOut}…`);
  const siteRoot = options.isolated ? makeBuildRoot() : ROOT;
  makeCold(options.out);
  remove(join(siteRoot, '.astro'));
  remove(join(siteRoot, options.isolated ? '.bench-cache' : 'node_modules/.astro'));
  const cold = await astroBuild(contentDir, options.out, siteRoot);
  log('warm build…');
  const warm = await astroBuild(contentDir, options.out, siteRoot);
  if (options.isolated) remove(siteRoot);
  log('pagefind…');
  const pagefind = mustSucceed('pagefind', await timedRun([nodeBin(), pagefindCli(), '--site', options.out]));
  const htmlPages = walkFiles(options.out).filter((f) => f.endsWith('.html')).length;
  const search = pagefindBytes(options.out);
  print('### Build');
  print();
  print(
    table(
      ['step', 'time (s)', 'peak memory (MB)'],
      [
        ['astro build, cold', secs(cold.ms), mb(cold.peakKb)],
        ['astro build, warm', secs(warm.ms), mb(warm.peakKb)],
        ['pagefind', secs(pagefind.ms), mb(pagefind.peakKb)],
      ],
    ),
  );
  print();
  print(`${htmlPages} HTML pages in \`${relOut}/\`; ${((cold.ms + pagefind.ms) / htmlPages).toFixed(0)} ms per page cold (build + pagefind). Peak memory by ${cold.peakBy}. Load average after the builds: ${loadText()}.`);
  print();

  // 2. Weights
  log('weighing pages…');
  const weights = await weighDist(options.out);
  print('### Page weight (gzip KB; eager HTML + CSS + JS)');
  print();
  const rows: (string | number)[][] = [];
  for (const [kind, pages] of weights) {
    const m = medianPage(pages).weight;
    const heaviest = maxPage(pages);
    rows.push([PAGE_KIND_NAMES[kind], pages.length, kb(m.html), kb(m.css), kb(m.js), kb(m.total), `${kb(heaviest.weight.total)} (${heaviest.url})`]);
  }
  print(table(['page kind', 'pages', 'HTML', 'CSS', 'JS', 'total (median page)', 'heaviest'], rows));
  print();
  const sectionPages = weights.get('section') ?? weights.get('article');
  if (sectionPages) {
    const m = medianPage(sectionPages);
    const name = (path: string) => (path === 'inline' ? 'inline' : path.replace(/^\/_astro\//, '').replace(/\.[\w-]{8}\.(js|css)$/, '.$1'));
    print(`What the median ${m.url.includes('/a/') ? 'article' : 'section'} page (${m.url}) loads eagerly: ` + m.weight.parts.map((p) => `${p.kind.toUpperCase()} ${name(p.path)} ${kb(p.bytes)}`).join(', ') + '.');
    print();
  }
  const problems = [...weights.values()].flat().filter((p) => p.weight.missing.length || p.weight.external.length);
  if (problems.length) print(`Warning: ${problems.length} page(s) reference missing or cross-origin assets, e.g. ${problems[0]!.url}: ${[...problems[0]!.weight.missing, ...problems[0]!.weight.external].join(', ')}`);
  print(`Search index (pagefind): ${kb(search.index)} KB index in ${search.files} files; ${kb(search.total)} KB with the search UI and WebAssembly.`);
  print();

  // 2b. What Chromium fetches at load (network events), first visit and second page
  if (options.search) {
    log('bench-browser…');
    print('### Page weight in Chromium (what the browser fetches at load)');
    print();
    const r = await timedRun([nodeBin(), join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'bench-browser.ts'), options.out]);
    print(r.code === 0 ? r.output.trim() : `scripts/bench-browser.ts failed (exit ${r.code}):\n\n\`\`\`\n${r.output.trim().split('\n').slice(-15).join('\n')}\n\`\`\``);
    print();
  }

  // 3. Search figures from the search helper's script
  if (options.search) {
    const script = join(ROOT, 'scripts', 'bench-search.ts');
    print('### Search');
    print();
    if (existsSync(script)) {
      log('bench-search…');
      const r = await timedRun([nodeBin(), join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script, options.out]);
      print(r.code === 0 ? r.output.trim() : `scripts/bench-search.ts failed (exit ${r.code}):\n\n\`\`\`\n${r.output.trim().split('\n').slice(-15).join('\n')}\n\`\`\``);
    } else {
      print('scripts/bench-search.ts does not exist yet: no search timings.');
    }
    print();
  }

  // 4. Peer
  let peer: StarlightResult | undefined;
  if (options.starlight) {
    log('Starlight peer…');
    try {
      peer = await runStarlightPeer(contentDir);
    } catch (error) {
      print(`### Peer: stock Starlight\n\nFailed: ${(error as Error).message.split('\n').slice(0, 12).join('\n')}\n`);
    }
  }
  if (peer) {
    const ours = weights.get('section') ? medianPage(weights.get('section')!).weight : undefined;
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
    print(`### Peer: stock Starlight ${peer.starlightVersion} (Astro ${peer.astroVersion}), same MDX`);
    print();
    print(`Starlight scaffold ${peer.installed ? 'installed this run' : 'reused'} from the cache under ${tmpdir()}. Our section MDX copied into its docs collection, frontmatter stripped to the title.`);
    print();
    const ourPerPage = (cold.ms + pagefind.ms) / htmlPages;
    const peerPerPage = peer.buildMs / peer.pages;
    const rowsPeer: string[][] = [];
    if (ours) {
      rowsPeer.push(
        ['section page total (KB)', kb(ours.total), kb(peer.section.total), ratio(ours.total, peer.section.total)],
        ['  HTML', kb(ours.html), kb(peer.section.html), ratio(ours.html, peer.section.html)],
        ['  eager CSS', kb(ours.css), kb(peer.section.css), ratio(ours.css, peer.section.css)],
        ['  eager JS', kb(ours.js), kb(peer.section.js), ratio(ours.js, peer.section.js)],
      );
    }
    rowsPeer.push(
      ['search index (KB)', kb(search.index), kb(peer.pagefind.index), ratio(search.index, peer.pagefind.index)],
      ['pagefind folder (KB)', kb(search.total), kb(peer.pagefind.total), ratio(search.total, peer.pagefind.total)],
      ['pages built', String(htmlPages), String(peer.pages), ''],
      ['cold build (s)', secs(cold.ms + pagefind.ms), secs(peer.buildMs), ratio(cold.ms + pagefind.ms, peer.buildMs)],
      ['build time per page (ms)', ourPerPage.toFixed(0), peerPerPage.toFixed(0), ratio(ourPerPage, peerPerPage)],
      ['peak memory (MB)', mb(Math.max(cold.peakKb ?? 0, pagefind.peakKb ?? 0)), mb(peer.peakKb), ''],
    );
    print(table(['', 'ours', 'Starlight', 'ours / Starlight'], rowsPeer));
    print();
    print('Our cold build counts `astro build` + `pagefind`; Starlight runs pagefind inside its build. Aim: byte ratios ≤ 0.7.');
    print();
  }

  // 5. Scaling
  const scaleRows: ScaleRow[] = [];
  if (options.scale && options.scales.length) {
    const base = mkdtempSync(join(tmpdir(), 'tekes-bench-scale-'));
    // Build in a private copy of the project so generated plans never touch its caches.
    const root = makeBuildRoot();
    print('### Scaling: a generated plan at several sizes (cold builds)');
    print();
    let source = '';
    for (const scale of options.scales) {
      const dir = join(base, `x${scale}`);
      const gen = generateContent(resolve(ROOT, contentDir), scale, dir);
      source = gen.source;
      log(`scale ${scale}×: ${gen.articles} articles, building…`);
      remove(join(root, '.astro'));
      remove(join(root, '.bench-cache'));
      const build = await astroBuild(dir, join(dir, 'dist'), root);
      const pages = walkFiles(join(dir, 'dist')).filter((f) => f.endsWith('.html')).length;
      scaleRows.push({ scale, versions: scale, articles: gen.articles, pages, build });
      remove(dir);
    }
    remove(base);
    remove(root);
    print(`Plan: ${source}; versions b01…bNN, each 46 sections. Built in a private copy of the project; Astro's cache removed before each build. Load average after: ${loadText()}.`);
    print();
    print(
      table(
        ['scale', 'versions', 'articles', 'HTML pages', 'build (s)', 'ms per page', 'peak memory (MB)'],
        scaleRows.map((r) => [`${r.scale}×`, r.versions, r.articles, r.pages, secs(r.build.ms), (r.build.ms / r.pages).toFixed(1), mb(r.build.peakKb)]),
      ),
    );
    print();
  }

  if (options.json) {
    const summary = {
      contentDir,
      builds: { cold: cold.ms, warm: warm.ms, pagefind: pagefind.ms, coldPeakKb: cold.peakKb, warmPeakKb: warm.peakKb },
      pages: htmlPages,
      weights: Object.fromEntries([...weights].map(([k, pages]: [PageKind, WeighedPage[]]) => [k, { pages: pages.length, median: medianPage(pages).weight, max: maxPage(pages).weight }])),
      search,
      peer,
      scaling: scaleRows.map((r) => ({ scale: r.scale, articles: r.articles, pages: r.pages, ms: r.build.ms, peakKb: r.build.peakKb })),
    };
    mkdirSync(join(resolve(ROOT, options.json), '..'), { recursive: true });
    writeFileSync(resolve(ROOT, options.json), JSON.stringify(summary, null, 2) + '\n');
  }
}

await main();
