/**
 * `npm run bench`: measured speed and weight of the site, printed as Markdown.
 *
 * 1. Build time: `astro build` cold (after removing dist/, `.astro/` and
 *    Astro's content cache `node_modules/.astro/`), `--runs` times, and warm
 *    (again, caches kept), then pagefind; wall time and peak memory of each,
 *    with min/median/max and the load average of each run.
 * 2. Weight per page kind: gzip bytes of HTML, eager CSS and eager JS
 *    (`src/lib/page-weight.ts`), median and heaviest page of each kind.
 * 2b. The same in Chromium: what the browser fetches at load on a first visit
 *    and on a second page, desktop and phone (`scripts/bench-browser.ts`).
 * 3. Search: the output of `scripts/bench-search.ts` when it exists.
 * 4. Peer: the same MDX built with stock Starlight (`scripts/bench-starlight.ts`),
 *    `--runs` times, and the ratios ours / Starlight, per section of plan text
 *    (both build every section file of every version; each counts its pages).
 * 5. Scaling: a generated plan at 1×, 3× and 10× versions (46 sections and
 *    about 150 articles each) built from a temp content folder with
 *    `PLAN_CONTENT_DIR`, `--runs` times at each scale: build time and peak memory.
 *
 * Options: --no-starlight, --no-scale, --no-search, --scales=1,3,10, --runs=3,
 * --out=<dir> (build the site somewhere other than dist/), --json=<file>,
 * --isolated (build the site too in a private copy of the project, leaving
 * dist/ and the project's Astro cache alone; use while others build).
 * Figures go to stdout; progress to stderr. Timings are printed, never asserted.
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
import { countSectionFiles, runsText, spread, timed, type Timed } from './bench-runs.ts';
import { generateContent } from './bench-plan.ts';
import { goalsTable, judgeGoals, type BrowserFigure, type GoalFigures, type PeerFigures, type ScalingFigures, type SearchFigures } from './bench-goals.ts';

/** tsx's CLI, run by the Node that runs us (the system `node` is 20). */
const TSX_CLI = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Options {
  starlight: boolean;
  scale: boolean;
  search: boolean;
  scales: number[];
  out: string;
  json: string | undefined;
  isolated: boolean;
  /** How many times each timed build runs (min/median/max are printed). */
  runs: number;
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
      runs: { type: 'string', default: '3' },
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
    runs: Math.max(1, Number(values.runs) || 1),
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

/** Figures go to stdout as Markdown (progress goes to stderr). */
function printer(): (line?: string) => void {
  return (line = '') => console.log(line);
}

interface BuildFigures {
  cold: Timed[];
  warm: RunResult;
  pagefind: RunResult;
  htmlPages: number;
  sections: number;
  search: ReturnType<typeof pagefindBytes>;
}

/** Step 1: cold builds (`runs` times), one warm build and pagefind; prints the build table. */
async function benchBuilds(options: Options, contentDir: string, print: (line?: string) => void): Promise<BuildFigures> {
  const siteRoot = options.isolated ? makeBuildRoot() : ROOT;
  const cold: Timed[] = [];
  let last: RunResult | undefined;
  for (let run = 1; run <= options.runs; run++) {
    log(`cold build ${run}/${options.runs} of ${contentDir}…`);
    makeCold(options.out);
    remove(join(siteRoot, '.astro'));
    remove(join(siteRoot, options.isolated ? '.bench-cache' : 'node_modules/.astro'));
    last = await astroBuild(contentDir, options.out, siteRoot);
    cold.push(timed(last));
  }
  log('warm build…');
  const warm = await astroBuild(contentDir, options.out, siteRoot);
  if (options.isolated) remove(siteRoot);
  log('pagefind…');
  const index = mustSucceed('pagefind', await timedRun([nodeBin(), pagefindCli(), '--site', options.out]));
  // As `npm run build` does: the index is then re-cut and its fragments slimmed (scripts/slim-search.ts).
  const slim = mustSucceed('slim-search', await timedRun([nodeBin(), TSX_CLI, join(ROOT, 'scripts', 'slim-search.ts'), options.out]));
  const pagefind: RunResult = { ...index, ms: index.ms + slim.ms, peakKb: Math.max(index.peakKb ?? 0, slim.peakKb ?? 0) || undefined };
  const htmlPages = walkFiles(options.out).filter((f) => f.endsWith('.html')).length;
  const sections = countSectionFiles(resolve(ROOT, contentDir));
  const figures = { cold, warm, pagefind, htmlPages, sections, search: pagefindBytes(options.out) };
  print('### Build');
  print();
  print(
    table(
      ['step', 'time (s): min / median / max', 'peak memory (MB)'],
      [
        [`astro build, cold (${cold.length} runs)`, runsText(cold), mb(Math.max(...cold.map((r) => r.peakKb ?? 0)))],
        ['astro build, warm', secs(warm.ms), mb(warm.peakKb)],
        ['pagefind + slim-search', secs(pagefind.ms), mb(pagefind.peakKb)],
      ],
    ),
  );
  print();
  print(`${htmlPages} HTML pages from ${sections} section files in \`${options.out}\`; cold build + pagefind per section of plan text: ${runsText(cold.map((r) => ({ ...r, ms: r.ms + pagefind.ms })), sections, 0)} ms. Peak memory by ${last!.peakBy}.`);
  print();
  return figures;
}

/** Step 2: the static weight of every page kind (HTML + eager CSS + JS). */
async function benchWeights(outDir: string, search: BuildFigures['search'], print: (line?: string) => void): Promise<Map<PageKind, WeighedPage[]>> {
  log('weighing pages…');
  const weights = await weighDist(outDir);
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
  return weights;
}

/**
 * Steps 2b and 3: a helper script run in Chromium (bench-browser, bench-search), its output
 * printed under a heading; returns the figures it wrote with `--json` (undefined if it failed).
 */
async function benchScript<T>(heading: string, script: string, outDir: string, print: (line?: string) => void): Promise<T | undefined> {
  log(`${script}…`);
  print(`### ${heading}`);
  print();
  const path = join(ROOT, 'scripts', script);
  const json = join(mkdtempSync(join(tmpdir(), 'plan-bench-figures-')), 'figures.json');
  const r = await timedRun([nodeBin(), TSX_CLI, path, outDir, '--json', json]);
  print(r.code === 0 ? r.output.trim() : `scripts/${script} failed (exit ${r.code}):\n\n\`\`\`\n${r.output.trim().split('\n').slice(-15).join('\n')}\n\`\`\``);
  print();
  const figures = r.code === 0 && existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as T) : undefined;
  remove(join(json, '..'));
  return figures;
}

/** Step 4: stock Starlight on the same MDX, `runs` cold builds; prints the comparison. */
async function benchPeer(options: Options, contentDir: string, ours: BuildFigures, weights: Map<PageKind, WeighedPage[]>, print: (line?: string) => void): Promise<StarlightResult[]> {
  const peers: StarlightResult[] = [];
  try {
    for (let run = 1; run <= options.runs; run++) {
      log(`Starlight peer ${run}/${options.runs}…`);
      peers.push(await runStarlightPeer(contentDir));
    }
  } catch (error) {
    print(`### Peer: stock Starlight\n\nFailed: ${(error as Error).message.split('\n').slice(0, 12).join('\n')}\n`);
    return peers;
  }
  const peer = peers.at(-1)!;
  const peerRuns: Timed[] = peers.map((p) => ({ ms: p.buildMs, peakKb: p.peakKb, load: p.load }));
  const ourRuns: Timed[] = ours.cold.map((r) => ({ ...r, ms: r.ms + ours.pagefind.ms }));
  const section = weights.get('section') ? medianPage(weights.get('section')!).weight : undefined;
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
  const median = (runs: Timed[]) => spread(runs.map((r) => r.ms)).median;
  print(`### Peer: stock Starlight ${peer.starlightVersion} (Astro ${peer.astroVersion}), same MDX`);
  print();
  print(`Starlight scaffold ${peer.installed ? 'installed this run' : 'reused'} from the cache under ${tmpdir()}. Our section MDX copied into its docs collection, frontmatter stripped to the title. Both build the ${ours.sections} section files of every version; we build ${ours.htmlPages} pages from them (chapters, articles, /latest/ copies, whole texts, diffs…), Starlight ${peer.pages}.`);
  print();
  const rows: string[][] = [];
  if (section) {
    rows.push(
      ['section page total (KB)', kb(section.total), kb(peer.section.total), ratio(section.total, peer.section.total)],
      ['  HTML', kb(section.html), kb(peer.section.html), ratio(section.html, peer.section.html)],
      ['  eager CSS', kb(section.css), kb(peer.section.css), ratio(section.css, peer.section.css)],
      ['  eager JS', kb(section.js), kb(peer.section.js), ratio(section.js, peer.section.js)],
    );
  }
  rows.push(
    ['search index (KB)', kb(ours.search.index), kb(peer.pagefind.index), ratio(ours.search.index, peer.pagefind.index)],
    ['pages built', String(ours.htmlPages), String(peer.pages), ''],
    ['cold build (s), min / median / max', runsText(ourRuns), runsText(peerRuns), ratio(median(ourRuns), median(peerRuns))],
    ['per section of plan text (ms), min / median / max', runsText(ourRuns, ours.sections, 0), runsText(peerRuns, ours.sections, 0), ratio(median(ourRuns), median(peerRuns))],
    ['per page built (ms), median', (median(ourRuns) / ours.htmlPages).toFixed(0), (median(peerRuns) / peer.pages).toFixed(0), ''],
    ['peak memory (MB)', mb(Math.max(...ours.cold.map((r) => r.peakKb ?? 0), ours.pagefind.peakKb ?? 0)), mb(Math.max(...peers.map((p) => p.peakKb ?? 0))), ''],
  );
  print(table(['', 'ours', 'Starlight', 'ours / Starlight'], rows));
  print();
  print('Our cold build counts `astro build` + `pagefind`; Starlight runs pagefind inside its build. Aim: byte ratios ≤ 0.7, time per section ≤ 1.');
  print();
  return peers;
}

interface ScaleRow {
  scale: number;
  articles: number;
  pages: number;
  runs: Timed[];
}

/** Step 5: generated plans at each scale, `runs` cold builds each, in a private copy of the project. */
async function benchScaling(options: Options, contentDir: string, print: (line?: string) => void): Promise<ScaleRow[]> {
  const base = mkdtempSync(join(tmpdir(), 'plan-bench-scale-'));
  const root = makeBuildRoot();
  const rows: ScaleRow[] = [];
  let source = '';
  for (const scale of options.scales) {
    const dir = join(base, `x${scale}`);
    const gen = generateContent(resolve(ROOT, contentDir), scale, dir);
    source = gen.source;
    const row: ScaleRow = { scale, articles: gen.articles, pages: 0, runs: [] };
    for (let run = 1; run <= options.runs; run++) {
      log(`scale ${scale}×: ${gen.articles} articles, build ${run}/${options.runs}…`);
      remove(join(root, '.astro'));
      remove(join(root, '.bench-cache'));
      remove(join(dir, 'dist'));
      row.runs.push(timed(await astroBuild(dir, join(dir, 'dist'), root)));
    }
    row.pages = walkFiles(join(dir, 'dist')).filter((f) => f.endsWith('.html')).length;
    rows.push(row);
    remove(dir);
  }
  remove(base);
  remove(root);
  print('### Scaling: a generated plan at several sizes (cold builds)');
  print();
  print(`Plan: ${source}; versions b01…bNN, each 46 sections. Built in a private copy of the project; Astro's cache removed before each build. Goal: 10× content ≤ 10× time and ≤ 1 GB.`);
  print();
  const one = rows.find((r) => r.scale === 1);
  print(
    table(
      ['scale', 'articles', 'HTML pages', 'build (s): min / median / max', 'ms per page (median)', 'time vs 1× (median)', 'peak memory (MB)'],
      rows.map((r) => {
        const m = spread(r.runs.map((x) => x.ms)).median;
        return [`${r.scale}×`, r.articles, r.pages, runsText(r.runs), (m / r.pages).toFixed(1), one ? (m / spread(one.runs.map((x) => x.ms)).median).toFixed(1) + '×' : '–', mb(Math.max(...r.runs.map((x) => x.peakKb ?? 0)))];
      }),
    ),
  );
  print();
  return rows;
}

/** Our cold build (with pagefind) and Starlight's, per section file, medians; undefined without a peer run. */
function peerFigures(ours: BuildFigures, peers: StarlightResult[]): PeerFigures | undefined {
  if (!peers.length || !ours.sections) return undefined;
  const median = (xs: number[]) => spread(xs).median;
  return {
    oursPerSection: median(ours.cold.map((r) => r.ms + ours.pagefind.ms)) / ours.sections,
    peerPerSection: median(peers.map((p) => p.buildMs)) / ours.sections,
    oursPages: ours.htmlPages,
    peerPages: peers.at(-1)!.pages,
  };
}

/** The 1× and 10× rows of the scaling step, when both ran. */
function scalingFigures(rows: ScaleRow[]): ScalingFigures | undefined {
  const one = rows.find((r) => r.scale === 1);
  const ten = rows.find((r) => r.scale === 10);
  if (!one || !ten) return undefined;
  const peaks = ten.runs.map((r) => r.peakKb).filter((k): k is number => k !== undefined);
  return { oneMs: spread(one.runs.map((r) => r.ms)).median, tenMs: spread(ten.runs.map((r) => r.ms)).median, tenPeakKb: peaks.length ? Math.max(...peaks) : undefined };
}

/** The figures as JSON, for comparing runs. */
function writeJson(file: string, summary: object): void {
  mkdirSync(join(resolve(ROOT, file), '..'), { recursive: true });
  writeFileSync(resolve(ROOT, file), JSON.stringify(summary, null, 2) + '\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { dir: contentDir, note } = chooseContentDir();
  const print = printer();
  print(`## Bench (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`);
  print();
  print(`Content: \`${contentDir}\` (${note}). Node ${process.versions.node}, ${cpus().length} CPUs, load average ${loadText()} at start. Sizes are gzip level 9, 1 KB = 1024 bytes. Times: ${options.runs} run(s) each, min / median / max, with the 1-minute load average after each run.`);
  print();
  const builds = await benchBuilds(options, contentDir, print);
  const weights = await benchWeights(options.out, builds.search, print);
  const goals: GoalFigures = {};
  if (options.search) {
    goals.browser = await benchScript<BrowserFigure[]>('Page weight in Chromium (what the browser fetches at load)', 'bench-browser.ts', options.out, print);
    goals.search = await benchScript<SearchFigures>('Search', 'bench-search.ts', options.out, print);
  }
  const peers = options.starlight ? await benchPeer(options, contentDir, builds, weights, print) : [];
  const scaling = options.scale && options.scales.length ? await benchScaling(options, contentDir, print) : [];
  goals.peer = peerFigures(builds, peers);
  goals.scaling = scalingFigures(scaling);
  const verdicts = judgeGoals(goals);
  print('### Issue #17: the goals and this run');
  print();
  print(goalsTable(verdicts));
  print();
  print(`Load average at the end: ${loadText()}.`);
  if (options.json) {
    writeJson(options.json, {
      contentDir,
      runs: options.runs,
      builds: { cold: builds.cold, warm: builds.warm.ms, pagefind: builds.pagefind.ms, sections: builds.sections },
      pages: builds.htmlPages,
      weights: Object.fromEntries([...weights].map(([k, pages]) => [k, { pages: pages.length, median: medianPage(pages).weight, max: maxPage(pages).weight }])),
      search: builds.search,
      peer: peers,
      scaling,
      goals: verdicts,
    });
  }
}

await main();
