/**
 * Shared plumbing of the bench scripts (`npm run bench`): run a build with
 * its wall time and peak memory, list a build's files, weigh its pages by
 * kind, format figures. The measuring itself is `src/lib/page-weight.ts`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { classifyBuiltFile, distFileToPath } from '../src/lib/routes.ts';
import {
  measurePage,
  pageKind,
  versionIdsInDist,
  PAGE_KINDS,
  type PageKind,
  type PageWeight,
} from '../src/lib/page-weight.ts';

/** The project root (this file lives in `scripts/`). */
export const ROOT = resolve(import.meta.dirname, '..');

/**
 * A Node ≥ 22 binary for child builds. Astro 7 needs Node 24, and the system
 * `node` is 20 here, so prefer the one running us (tsx under npm scripts runs
 * on node_modules/.bin/node) and fall back to the project's own.
 */
export function nodeBin(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return process.execPath;
  const local = join(ROOT, 'node_modules', '.bin', 'node');
  if (existsSync(local)) return local;
  throw new Error('Node ≥ 22 not found: run through `npm run bench` or `npx tsx`');
}

/** PATH with the project's node_modules/.bin first, so `#!/usr/bin/env node` shims get Node 24. */
export function pathWithLocalBin(): string {
  return [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(':');
}

/** What one timed command did. */
export interface RunResult {
  /** Wall-clock milliseconds. */
  ms: number;
  /** Peak resident memory of the largest process, in KiB (undefined if unmeasurable). */
  peakKb: number | undefined;
  /** How the peak was measured: `/usr/bin/time -v` or sampling /proc. */
  peakBy: string;
  code: number;
  /** Combined stdout and stderr (last 200 lines kept for error reports). */
  output: string;
}

const GNU_TIME = '/usr/bin/time';

/** True when GNU time with `-v` (maximum resident set size) is available. */
function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Resident set size of a process in KiB from /proc, or 0 when gone. */
function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Children of a process (Linux /proc), for sampling a process tree. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * Runs a command, timing it and measuring its peak memory: through GNU
 * `/usr/bin/time -v` when present (max RSS of the largest process), else by
 * sampling the process tree's RSS from /proc every 50 ms.
 */
export async function timedRun(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean } = {},
): Promise<RunResult> {
  const useTime = hasGnuTime();
  const timeFile = useTime ? join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'time.txt') : '';
  const full = useTime ? [GNU_TIME, '-v', '-o', timeFile, ...argv] : argv;
  const started = performance.now();
  const child = spawn(full[0]!, full.slice(1), {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, PATH: pathWithLocalBin(), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (options.echo) process.stderr.write(text);
    lines.push(...text.split('\n'));
    if (lines.length > 400) lines.splice(0, lines.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let sampled = 0;
  const sampler = useTime
    ? undefined
    : setInterval(() => {
        if (child.pid === undefined) return;
        const tree = [child.pid, ...childPids(child.pid)];
        sampled = Math.max(sampled, ...tree.map(rssKb));
      }, 50);
  const code = await new Promise<number>((ok) => child.on('close', (c) => ok(c ?? 1)));
  const ms = performance.now() - started;
  if (sampler) clearInterval(sampler);
  let peakKb: number | undefined = sampled || undefined;
  if (useTime && existsSync(timeFile)) {
    const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(readFileSync(timeFile, 'utf8'));
    peakKb = m ? Number(m[1]) : undefined;
    rmSync(join(timeFile, '..'), { recursive: true, force: true });
  }
  return { ms, peakKb, peakBy: useTime ? '/usr/bin/time -v' : '/proc sampling', code, output: lines.slice(-200).join('\n') };
}

/** Throws with the command's tail of output when it failed. */
export function mustSucceed(what: string, result: RunResult): RunResult {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.output}`);
  return result;
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
export function walkFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) visit(dir);
  return out.sort();
}

/** Total bytes of the files under `dir` (0 when missing). */
export function dirBytes(dir: string): number {
  return walkFiles(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

/**
 * Pagefind's bytes in a build: `index` = the index itself (entry file,
 * `.pf_meta`, `.pf_index`, `.pf_fragment`, `.pf_filter`, already gzipped by
 * pagefind); `total` = the whole `pagefind/` folder, UI and WebAssembly included.
 */
export function pagefindBytes(distDir: string): { index: number; total: number; files: number } {
  const dir = join(distDir, 'pagefind');
  const files = walkFiles(dir);
  let index = 0;
  let total = 0;
  for (const f of files) {
    const size = statSync(join(dir, f)).size;
    total += size;
    if (/\.pf_(meta|index|fragment|filter)$/.test(f) || f === 'pagefind-entry.json') index += size;
  }
  return { index, total, files: files.length };
}

/** One measured page of a build. */
export interface WeighedPage {
  /** Path inside dist/ (`ed2/4/2/index.html`). */
  file: string;
  url: string;
  weight: PageWeight;
}

/** An asset reader over a build folder: `/x/y.css` → `<dist>/x/y.css`. */
export function distReader(distDir: string): (path: string) => Promise<Buffer | undefined> {
  const root = resolve(distDir);
  return async (path: string) => {
    const file = resolve(root, '.' + path);
    if (!file.startsWith(root + sep)) return undefined;
    try {
      return await readFile(file);
    } catch {
      return undefined;
    }
  };
}

/**
 * Weighs the pages of a build by kind. `limitPerKind` samples evenly spaced
 * pages of large kinds (sections, articles) to keep the bench quick; the
 * budget test weighs every page.
 */
export async function weighDist(distDir: string, limitPerKind = Infinity): Promise<Map<PageKind, WeighedPage[]>> {
  const files = walkFiles(distDir);
  const versions = versionIdsInDist(files);
  const byKind = new Map<PageKind, string[]>();
  for (const f of files) {
    const kind = pageKind(f, versions);
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), f]);
  }
  const read = distReader(distDir);
  const result = new Map<PageKind, WeighedPage[]>();
  for (const kind of PAGE_KINDS) {
    const all = byKind.get(kind);
    if (!all) continue;
    const step = Math.max(1, Math.ceil(all.length / limitPerKind));
    const chosen = all.filter((_, i) => i % step === 0);
    const pages: WeighedPage[] = [];
    for (const file of chosen) {
      const url = distFileToPath(file);
      const html = await readFile(join(distDir, file), 'utf8');
      pages.push({ file, url, weight: await measurePage(html, url, read) });
    }
    result.set(kind, pages);
  }
  return result;
}

/** The page with the median total weight (lower median for even counts). */
export function medianPage(pages: WeighedPage[]): WeighedPage {
  const sorted = [...pages].sort((a, b) => a.weight.total - b.weight.total);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The heaviest page. */
export function maxPage(pages: WeighedPage[]): WeighedPage {
  return pages.reduce((a, b) => (b.weight.total > a.weight.total ? b : a));
}

/** Bytes as KB with one decimal (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Milliseconds as seconds with one decimal. */
export function secs(ms: number): string {
  return (ms / 1000).toFixed(1);
}

/** A Markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Removes a path if it exists. */
export function remove(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

/** Astro's CLI entry, run with `nodeBin()` (never the `#!/usr/bin/env node` shim). */
export function astroCli(projectDir = ROOT): string {
  return join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
}

/** Pagefind's CLI wrapper. */
export function pagefindCli(projectDir = ROOT): string {
  return join(projectDir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
}

/** Top-level entries never copied into a build root. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', 'test-results']);

/**
 * A private copy of the project to build in (node_modules linked, not
 * copied), with Astro's cache inside it. Astro keeps per-build state in
 * `<root>/.astro/` and `node_modules/.astro/`; builds of other content folders
 * sharing them would overwrite the project's cache and race any other build
 * running at the same time. Returns the root; remove it when done.
 */
export function makeBuildRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'plan-bench-root-'));
  for (const entry of readdirSync(ROOT)) {
    if (NOT_COPIED.has(entry) || entry.startsWith('.tmp')) continue;
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  // Wrap the site's config to move Astro's cache out of the shared node_modules.
  renameSync(join(root, 'astro.config.mjs'), join(root, 'astro.base.config.mjs'));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import base from './astro.base.config.mjs';\nexport default { ...base, cacheDir: './.bench-cache/' };\n`,
  );
  return root;
}

/** A built HTML page with its kind from the route table (src/lib/routes.ts). */
export interface ClassifiedPage {
  file: string;
  url: string;
  /** Undefined when no kind claims the page: a defect the dist test reports. */
  kind: PageKind | undefined;
  /** The version it belongs to (`latest` for aliases), if versioned. */
  version?: string | undefined;
  alias: boolean;
}

/** Every HTML page of a build, classified by the route table. */
export function classifyDist(distDir: string): ClassifiedPage[] {
  return walkFiles(distDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const built = classifyBuiltFile(file, readFileSync(join(distDir, file), 'utf8'));
      const version = built && 'version' in built.route ? built.route.version : undefined;
      return { file, url: distFileToPath(file), kind: built?.kind, version, alias: built?.alias ?? false };
    });
}

/**
 * The newest version of a build: the one `/latest/` is canonical to (read
 * from `latest/index.html`), or undefined when the build has no version.
 */
export function newestVersionInDist(distDir: string): string | undefined {
  const file = join(distDir, 'latest', 'index.html');
  if (!existsSync(file)) return undefined;
  return /<link rel="canonical" href="[^"]*\/([a-z0-9-]+)\/"/.exec(readFileSync(file, 'utf8'))?.[1];
}

/**
 * One page per kind for the checks that cannot visit every page (accessibility):
 * each kind of the newest version, the per-version kinds of one older version
 * and of the `/latest/` alias, and each kind outside the versions. `prefer`
 * picks a richer page of a kind (e.g. one with cite buttons) when there is one.
 */
export function samplePagesByKind(pages: readonly ClassifiedPage[], newest: string | undefined, prefer: (p: ClassifiedPage) => boolean = () => false): ClassifiedPage[] {
  const older = pages.find((p) => p.version && p.version !== newest && !p.alias)?.version;
  const groups = new Map<string, ClassifiedPage[]>();
  for (const p of pages) {
    if (!p.kind) continue;
    const scope = p.alias ? 'latest' : p.version === undefined ? 'site' : p.version === newest ? 'newest' : p.version === older ? 'older' : undefined;
    if (scope) groups.set(`${scope} ${p.kind}`, [...(groups.get(`${scope} ${p.kind}`) ?? []), p]);
  }
  return [...groups.values()].map((list) => list.find(prefer) ?? list[0]!);
}
