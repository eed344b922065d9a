/**
 * `npm run import -- <file> --version <id> …`: turn a plan text into a
 * version of the site (content/plan/<id>/), or `--notes` the drafting notes
 * into content/notes/. Prints a report; with --json the last line of stdout is
 * one JSON object. Exit 0 imported, 1 invalid input (nothing written), 2 usage.
 */
import type { NumberingSchemeId } from '../src/lib/provision-number.ts';
import { parseCliArgs, USAGE } from '../src/lib/import/args.ts';
import { formatDiagnostic, formatReport, summaryJson } from '../src/lib/import/report.ts';
import { runImport, UsageError } from '../src/lib/import/run.ts';
import { runNotesImport } from '../src/lib/import/notes.ts';
import { releaseHeldImportLocks } from '../src/lib/import/lock.ts';

// Ctrl-C or SIGTERM: the version is written synchronously and renamed into
// place in one step, so the handler runs either before any write or after the
// version is complete; it releases the lock and says which. (kill -9 leaves
// only the lock and the work area beside content/, which the next import
// takes over and cleans.)
let finished = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    releaseHeldImportLocks();
    process.stderr.write(finished ? `import: ${signal} after the import had finished\n` : `import interrupted by ${signal}: nothing was written\n`);
    process.exit(code);
  });
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  let args;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const help = e.message === USAGE;
    (help ? process.stdout : process.stderr).write(e.message + '\n');
    if (json && !help) {
      const error = { severity: 'error' as const, line: null, message: e.message.split('\n')[0]! };
      process.stdout.write(JSON.stringify(summaryJson({ version: '', chapters: 0, sections: 0, articles: 0, crossRefs: 0, unresolved: 0, warnings: [], errors: [error] })) + '\n');
    }
    return help ? 0 : 2;
  }
  if (args.notes) {
    const r = await runNotesImport({ input: args.input, contentDir: args.contentDir, replace: args.replace, dryRun: args.dryRun });
    process.stdout.write(r.report + '\n');
    for (const d of r.errors) process.stderr.write(formatDiagnostic(d) + '\n');
    if (args.json) process.stdout.write(JSON.stringify(r.json) + '\n');
    return r.exitCode;
  }
  const result = await runImport({
    input: args.input,
    version: args.version!,
    label: args.label,
    date: args.date,
    stage: args.stage,
    expect: args.expect,
    contentDir: args.contentDir,
    previous: args.previous,
    numbering: args.numbering as NumberingSchemeId | undefined,
    replace: args.replace,
    dryRun: args.dryRun,
  });
  finished = true;
  process.stdout.write(formatReport(result, args.input) + '\n');
  if (result.errors.length) process.stderr.write(`import failed (exit ${result.exitCode}): ${result.errors.length} error(s), nothing written\n`);
  if (args.json) process.stdout.write(JSON.stringify(summaryJson(result)) + '\n');
  return result.exitCode;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // An importer bug, not bad input: say so, and still change nothing.
    process.stderr.write(`importer crashed: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
