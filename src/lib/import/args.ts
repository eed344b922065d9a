/**
 * Command-line arguments of `npm run import` (scripts/import.ts), parsed
 * without a dependency: the grammar is small and every mistake must be a
 * clear usage error (exit 2).
 */
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

const VALUE_FLAGS = new Set(['--version', '--label', '--date', '--stage', '--expect', '--content-dir', '--previous', '--numbering']);
const BOOLEAN_FLAGS = new Set(['--replace', '--json', '--notes', '--dry-run']);

/** Parse argv (without node and script). Throws {@link UsageError} with a message for the user. */
export function parseCliArgs(argv: string[]): CliArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (value.startsWith('--') && eq < 0)) throw new UsageError(`${name} needs a value\n\n${USAGE}`);
      if (values.has(name)) throw new UsageError(`${name} given twice`);
      values.set(name, value);
    } else if (BOOLEAN_FLAGS.has(arg)) {
      flags.add(arg);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}\n\n${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
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
