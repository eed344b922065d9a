/**
 * Reading the frontmatter the importer writes, fast. A large plan lists
 * thousands of `- { number: 18, key: "18" }` lines; parsing them one by one
 * with a regular expression is many times faster than a YAML parser, and any
 * line that is not in exactly that form sends the whole file to YAML, so a
 * hand-edited file is still read correctly.
 */
import { parse as parseYaml } from 'yaml';

const ARTICLE_LINE = /^ {2}- \{ number: (\d+), key: "([^"\\]+)"(?:, from: (\d+))? \}$/;

/** Split an MDX file into its frontmatter object and body. */
export function readFrontmatter(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { frontmatter: {}, body: text };
  const lines = m[1]!.split(/\r?\n/);
  const start = lines.indexOf('articles:');
  if (start >= 0) {
    const articles: { number: number; key: string; from?: number }[] = [];
    let k = start + 1;
    for (; k < lines.length && lines[k]!.startsWith('  '); k++) {
      const a = ARTICLE_LINE.exec(lines[k]!);
      if (!a) return { frontmatter: (parseYaml(m[1]!) ?? {}) as Record<string, unknown>, body: m[2]! };
      articles.push({ number: Number(a[1]), key: a[2]!, ...(a[3] ? { from: Number(a[3]) } : {}) });
    }
    const rest = [...lines.slice(0, start), ...lines.slice(k)].join('\n');
    return { frontmatter: { ...((parseYaml(rest) ?? {}) as Record<string, unknown>), articles }, body: m[2]! };
  }
  return { frontmatter: (parseYaml(m[1]!) ?? {}) as Record<string, unknown>, body: m[2]! };
}
