/**
 * Checks over a build fail, never skip, when the build is not there: the
 * message says what to run.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Returns `dir` when it holds a built site (its index.html), and throws an
 * error naming the command that builds it otherwise. `envName` is the
 * variable that points the check at another build.
 */
export function requireBuiltSite(dir: string, envName: string): string {
  if (existsSync(join(dir, 'index.html'))) return dir;
  throw new Error(`${join(dir, 'index.html')} is missing: run \`npm run build\` first (or set ${envName} to a built site)`);
}

/**
 * Builds the site from another content folder into `outDir` with `npx astro
 * build`. Each build gets its own Astro cache beside `outDir`: a shared cache
 * would keep content-layer entries that point into an earlier fixture's
 * (deleted) temporary folder, and the build would fail to resolve them.
 */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}, timeout = 300_000): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, PLAN_CONTENT_DIR: contentDir, PLAN_OUT_DIR: outDir, PLAN_CACHE_DIR: `${outDir}.astro-cache`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every HTML page of a build (pagefind's and Astro's asset folders left out). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'pagefind' || name === '_astro') return [];
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}
