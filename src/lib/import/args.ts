/**
 * Command-line arguments of `npm run import` (scripts/import.ts), parsed with
 * node:util `parseArgs` (strict), like every script in scripts/; every
 * mistake is a clear usage error (exit 2).
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from './run.ts';

export const USAGE = `usage: npm run import -- <file> --version <id> [--label <text>] [--date YYYY-MM-DD]
         [--stage <stage>] [--expect <chapters>/<sections>] [--content-dir <dir>]
         [--previous <id>] [--numbering <scheme>] [--replace] [--dry-run] [--json]
       npm run import -- <drafting-notes.txt> --notes [--content-dir <dir>] [--replace] [--json]

Imports a plan text (.txt/.md/.html in UTF-8 or GB18030, or .docx) as content/plan/<id>/.
Sidecars next to the file: <name>.meta.yaml (version metadata) and <name>.sources.yaml.
--dry-run parses and checks everything and writes nothing.
--numbering law|flat|decimal|outline|headings overrides the detected numbering scheme.
Exit codes: 0 imported, 1 invalid input (nothing written), 2 usage error.`;

export interface CliArgs {
  input: string;
  notes: boolean;
  version?: string;
  label?: string;
  date?: string;
  stage?: string;
  expect?: { chapters: number; sections: number };
  contentDir: string;
  previous?: string;
  numbering?: string;
  replace: boolean;
  json: boolean;
  dryRun: boolean;
}

const VALUE_FLAGS = ['version', 'label', 'date', 'stage', 'expect', 'content-dir', 'previous', 'numbering'] as const;
const BOOLEAN_FLAGS = ['replace', 'json', 'notes', 'dry-run', 'help'] as const;
const text = { type: 'string', multiple: true } as const;
const flag = { type: 'boolean' } as const;
const OPTIONS = {
  version: text,
  label: text,
  date: text,
  stage: text,
  expect: text,
  'content-dir': text,
  previous: text,
  numbering: text,
  replace: flag,
  json: flag,
  notes: flag,
  'dry-run': flag,
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** parseArgs' own errors, in the words this CLI has always used. */
function usageFromParseError(e: Error & { code?: string }): UsageError {
  const unknown = /Unknown option '([^']+)'/.exec(e.message);
  if (unknown) return new UsageError(`unknown option ${unknown[1]}\n\n${USAGE}`);
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(e.message);
  if (missing) return new UsageError(`${missing[1]} needs a value\n\n${USAGE}`);
  return new UsageError(`${e.message}\n\n${USAGE}`);
}

/** Parse argv (without node and script). Throws {@link UsageError} with a message for the user. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (e) {
    throw usageFromParseError(e as Error);
  }
  const { values: raw, positionals: positional } = parsed;
  if (raw.help) throw new UsageError(USAGE);
  const values = new Map<string, string>();
  for (const flag of VALUE_FLAGS) {
    const list = raw[flag] as string[] | undefined;
    if (!list) continue;
    if (list.length > 1) throw new UsageError(`--${flag} given twice`);
    if (list[0]!.startsWith('--')) throw new UsageError(`--${flag} needs a value\n\n${USAGE}`);
    values.set(`--${flag}`, list[0]!);
  }
  const flags = new Set(BOOLEAN_FLAGS.filter((f) => raw[f]).map((f) => `--${f}`));
  if (positional.length === 0) throw new UsageError(`no input file given\n\n${USAGE}`);
  if (positional.length > 1) throw new UsageError(`one input file at a time (got ${positional.join(', ')})`);
  const notes = flags.has('--notes');
  if (!notes && !values.has('--version')) throw new UsageError(`--version <id> is required\n\n${USAGE}`);
  if (notes && values.has('--version')) throw new UsageError('--notes imports the drafting notes, which have no version: drop --version');
  const args: CliArgs = {
    input: positional[0]!,
    notes,
    contentDir: values.get('--content-dir') ?? 'content',
    replace: flags.has('--replace'),
    json: flags.has('--json'),
    dryRun: flags.has('--dry-run'),
  };
  for (const [flag, key] of [['--version', 'version'], ['--label', 'label'], ['--date', 'date'], ['--stage', 'stage'], ['--previous', 'previous'], ['--numbering', 'numbering']] as const) {
    const v = values.get(flag);
    if (v !== undefined) args[key] = v;
  }
  const expect = values.get('--expect');
  if (expect !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(expect);
    if (!m) throw new UsageError(`--expect "${expect}": write <chapters>/<sections>, e.g. 14/46`);
    args.expect = { chapters: Number(m[1]), sections: Number(m[2]) };
  }
  return args;
}
