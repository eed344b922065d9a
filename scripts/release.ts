/**
 * `npm run release -- <file> --version <id> [import options] [--no-lock]`:
 * the day the official text arrives, in one command (issue 15):
 *
 *   1. import the text as a new version (the importer's report is printed),
 *      and mark the version it revises superseded;
 *   2. build the site and check it (`npm run build`: astro, pagefind, check-dist),
 *      with `/latest/…` redirects for whatever the new layout moved;
 *   3. lock the new URLs (content/urls.lock) and freeze the version
 *      (content/versions.lock), unless --no-lock (a preview);
 *   4. say what changed, file by file.
 *
 * Stops at the first failing step, says which, and what is left where.
 * Exit 0 released, 1 a step failed, 2 usage.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCliArgs, USAGE } from '../src/lib/import/args.ts';
import { formatReport } from '../src/lib/import/report.ts';
import { runImport, UsageError, type ImportOptions } from '../src/lib/import/run.ts';
import { collectPublished, readLockFile } from '../src/lib/url-lock.ts';
import { LATEST, routeUrl } from '../src/lib/routes.ts';
import { supersedePrevious } from '../src/lib/version-status.ts';

const RELEASE_USAGE = `usage: npm run release -- <file> --version <id> [--previous <id>] [--label <text>] [--date YYYY-MM-DD] [--stage <stage>] [--no-lock]
Imports, builds, checks and locks a new version. --no-lock stops after the build (a preview).
The import options are those of npm run import:\n\n${USAGE}`;

function step(title: string): void {
  console.log(`\n== ${title}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

/** Redirect pages the build made under /latest/ (the moves of the new layout). */
function latestRedirects(dist: string): string[] {
  const site = collectPublished(dist);
  return [...site.redirectPages].filter(([from]) => from.startsWith(routeUrl({ kind: 'version', version: LATEST }))).map(([from, to]) => `${from} → ${to}`);
}

async function main(argv: string[]): Promise<number> {
  const noLock = argv.includes('--no-lock');
  let args;
  try {
    args = parseCliArgs(argv.filter((a) => a !== '--no-lock'));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(e.message === USAGE ? RELEASE_USAGE : e.message);
    return 2;
  }
  if (args.notes) {
    console.error('release: the drafting notes are imported with npm run import -- <file> --notes');
    return 2;
  }
  const contentDir = args.contentDir;
  const env = { ...process.env, PLAN_CONTENT_DIR: contentDir };
  const lockPath = join(contentDir, 'urls.lock');
  const lockedBefore = readLockFile(lockPath).length;

  step(`1/3 import ${args.input} as ${args.version}`);
  const result = await runImport({ ...args, version: args.version!, numbering: args.numbering as ImportOptions['numbering'] });
  console.log(formatReport(result, args.input));
  if (result.exitCode !== 0) return result.exitCode;
  if (args.dryRun) return 0;
  const superseded = supersedePrevious(contentDir, args.version!);

  step('2/3 build and check the site (npm run build)');
  if (!run('npm', ['run', 'build'], env)) {
    console.error(`\nrelease: the build failed (above). The imported version is in ${join(contentDir, 'plan', args.version!)}/; fix the text and import again with --replace, or delete that folder.`);
    return 1;
  }
  const moved = latestRedirects(process.env.PLAN_OUT_DIR ?? 'dist');

  if (!noLock) {
    step('3/3 lock the new URLs and freeze the version');
    if (!run('npm', ['run', 'lock-urls'], env) || !run('npm', ['run', 'lock-versions', '--', args.version!], env)) return 1;
  }

  step('What changed');
  console.log(`  ${join(contentDir, 'plan', args.version!)}/  ${result.unchanged ? 'unchanged (already imported)' : `written (${result.files.size} files)`}`);
  if (superseded) console.log(`  ${superseded}  status: superseded (${args.version} revises it)`);
  if (!noLock) {
    console.log(`  ${lockPath}  ${readLockFile(lockPath).length - lockedBefore} URLs and anchors added`);
    console.log(`  ${join(contentDir, 'versions.lock')}  ${args.version} frozen: a later correction is a new version`);
  }
  console.log(`  /latest/ now shows ${args.version}; ${moved.length} /latest/ URL(s) of earlier versions redirect${moved.length ? ':' : '.'}`);
  for (const line of moved.slice(0, 20)) console.log(`    ${line}`);
  if (moved.length > 20) console.log(`    … and ${moved.length - 20} more`);
  console.log(noLock ? '\nPreview only: run again without --no-lock to lock and release.' : '\nReleased. Commit content/ and publish dist/.');
  const redirects = join(contentDir, 'redirects.yaml');
  if (existsSync(redirects) && readFileSync(redirects, 'utf8').trim() !== '[]') console.log(`Hand-written redirects in ${redirects} still apply.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`release crashed: ${(e as Error).stack ?? String(e)}`);
    process.exitCode = 1;
  },
);
