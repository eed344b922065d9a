/**
 * The one formatter for schema errors: a zod issue becomes a ContentProblem
 * with the file, the line of the offending YAML key where it can be found,
 * what is wrong and what to do. Every YAML file the site reads (versions,
 * frontmatter, site.yaml, the figure files) goes through here.
 */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './plan-model.ts';

/** The part of a zod issue the formatter needs. */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

/** What `schema.safeParse` returns, without tying this module to one zod build. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: { issues: SchemaIssue[] } };

/** Anything with a zod-style `safeParse`. */
export interface SafeParser<T> {
  safeParse(value: unknown): SafeParseResult<T>;
}

/** A YAML text parsed with its line table, so issues can be placed on a line. */
export interface LocatedYaml {
  value: unknown;
  /** The 1-based line of the value at `path` (or of its nearest parent), if known. */
  lineOf(path: PropertyKey[]): number | undefined;
}

/**
 * Parse YAML and keep its line table. `firstLine` is the line of the file the
 * text starts on (2 for frontmatter after `---`). When the YAML itself does
 * not parse, returns the first syntax error and its line instead.
 */
export function parseLocatedYaml(text: string, firstLine = 1): LocatedYaml | { syntaxError: string; line?: number | undefined } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    return { syntaxError: error.message.split('\n')[0]!, line: line === undefined ? undefined : line + firstLine - 1 };
  }
  return {
    value: doc.toJS() ?? {},
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
      }
      return undefined;
    },
  };
}

/** `path.to.field: message`, or just the message for the whole file. */
export function issueMessage(issue: SchemaIssue): string {
  return `${issue.path.length ? `\`${issue.path.map(String).join('.')}\`: ` : ''}${issue.message}`;
}

/** Turn zod issues into problems that name the file, the line and the fix. */
export function schemaProblems(issues: SchemaIssue[], file: string, fix: string, lineOf?: LocatedYaml['lineOf']): ContentProblem[] {
  return issues.map((i) => ({ file, line: lineOf?.(i.path), message: issueMessage(i), fix }));
}

/**
 * Parse `text` (a YAML file or frontmatter) against `schema`. Returns the data,
 * or pushes every problem (syntax or schema) onto `problems` and returns undefined.
 */
export function parseYamlWith<T>(
  schema: SafeParser<T>,
  text: string,
  where: { file: string; fix: string; firstLine?: number; syntaxFix?: string },
  problems: ContentProblem[],
): T | undefined {
  const located = parseLocatedYaml(text, where.firstLine);
  if ('syntaxError' in located) {
    problems.push({ file: where.file, line: located.line, message: `the YAML does not parse: ${located.syntaxError}`, fix: where.syntaxFix ?? 'correct the YAML syntax' });
    return undefined;
  }
  const result = schema.safeParse(located.value);
  if (result.success) return result.data;
  problems.push(...schemaProblems(result.error.issues, where.file, where.fix, located.lineOf));
  return undefined;
}
