/**
 * Editorial annotations (编者注, issue 13) from the sidecar
 * `<name>.annotations.yaml` next to a plan text. They are the editor's words,
 * so they never enter an article body: the importer carries them into the
 * frontmatter `annotations` of the file that holds the article, and the site
 * shows them beside the provision. Sidecar shape, keyed by article number:
 *
 * ```yaml
 * 125:
 *   - text: 起草说明将编制单位写作……
 *     sources: [N2, F14]
 *   - paragraph: 2        # optional: the article's second paragraph (款)
 *     text: ……
 *     sources: [N2]
 * ```
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { SOURCE_ID_PATTERN } from '../schemas.ts';
import type { Diagnostic } from './types.ts';

/** One annotation as the importer writes it into frontmatter. */
export interface AnnotationInput {
  article: number;
  paragraph?: number;
  text: string;
  sources: string[];
}

const isPositive = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

/** One entry of the list under an article number, or the reason it is not one. */
function readEntry(article: number, raw: unknown): AnnotationInput | string {
  const e = (raw ?? {}) as Record<string, unknown>;
  if (typeof e !== 'object' || Array.isArray(e)) return 'an entry must be a mapping { text, sources, paragraph? }';
  if (typeof e.text !== 'string' || !e.text.trim()) return 'give the note as `text`';
  if (e.paragraph !== undefined && !isPositive(e.paragraph)) return '`paragraph` must be a whole number from 1';
  const sources = Array.isArray(e.sources) ? e.sources.map(String) : [];
  if (sources.length === 0) return 'give `sources`, e.g. [N2, F14]: every note says what it rests on';
  const bad = sources.filter((s) => !SOURCE_ID_PATTERN.test(s));
  if (bad.length) return `${bad.map((b) => `"${b}"`).join(', ')}: a source id is N1–N4, T<yyyy-mm>[-k] or F<n>`;
  return { article, ...(e.paragraph !== undefined ? { paragraph: e.paragraph as number } : {}), text: e.text.trim(), sources };
}

/** Read `<name>.annotations.yaml`; a missing file means no annotations. Problems go to `errors`, naming the file and the article. */
export function readAnnotations(path: string, errors: Diagnostic[]): AnnotationInput[] {
  if (!existsSync(path)) return [];
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    errors.push({ severity: 'error', line: null, message: `${path}: not valid YAML (${(e as Error).message.split('\n')[0]})` });
    return [];
  }
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    errors.push({ severity: 'error', line: null, message: `${path}: expected a mapping <article number> → [{ text, sources }]` });
    return [];
  }
  const out: AnnotationInput[] = [];
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    const article = Number(key);
    if (!isPositive(article)) {
      errors.push({ severity: 'error', line: null, message: `${path}: key "${key}" is not an article number (write 125 for 第一百二十五条)` });
      continue;
    }
    (Array.isArray(list) ? list : [list]).forEach((raw, i) => {
      const entry = readEntry(article, raw);
      if (typeof entry === 'string') errors.push({ severity: 'error', line: null, message: `${path}: article ${article}, note ${i + 1}: ${entry}` });
      else out.push(entry);
    });
  }
  return out.sort((a, b) => a.article - b.article || (a.paragraph ?? 0) - (b.paragraph ?? 0));
}

/** The frontmatter lines of a file's annotations (none when the list is empty, so files without notes stay as they were). */
export function annotationLines(notes: AnnotationInput[]): string[] {
  if (notes.length === 0) return [];
  const lines = ['annotations:'];
  for (const n of notes) {
    lines.push(`  - article: ${n.article}`);
    if (n.paragraph !== undefined) lines.push(`    paragraph: ${n.paragraph}`);
    // JSON strings are valid YAML double-quoted scalars: safe for any text.
    lines.push(`    text: ${JSON.stringify(n.text)}`, `    sources: [${n.sources.join(', ')}]`);
  }
  return lines;
}
