/**
 * The articles of an imported version, read back from its MDX, so the next
 * import can align against them and carry their keys forward.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyedArticle } from '../align.ts';
import { parseArticles, toPlainText } from '../plan-model.ts';
import { readFrontmatter as splitFrontmatter } from './frontmatter.ts';

/** Whether `<contentDir>/plan/<id>/_version.yaml` exists. */
export function versionExists(contentDir: string, id: string): boolean {
  return existsSync(join(contentDir, 'plan', id, '_version.yaml'));
}

/** Every article of a version in reading order, with its key from the frontmatter. */
export function readVersionArticles(contentDir: string, id: string): KeyedArticle[] {
  const dir = join(contentDir, 'plan', id);
  const articles: KeyedArticle[] = [];
  const chapters = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d+$/.test(d.name))
    .map((d) => d.name)
    .sort((a, b) => Number(a) - Number(b));
  for (const c of chapters) {
    const files = readdirSync(join(dir, c))
      .filter((f) => /^(index|\d+)\.mdx$/.test(f))
      .sort((a, b) => (a === 'index.mdx' ? -1 : b === 'index.mdx' ? 1 : Number(a.slice(0, -4)) - Number(b.slice(0, -4))));
    for (const f of files) {
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, c, f), 'utf8'));
      const refs = ((frontmatter as { articles?: { number: number; key: string }[] }).articles ?? []) as { number: number; key: string }[];
      for (const a of parseArticles(body).articles) {
        const ref = refs.find((r) => r.number === a.number);
        articles.push({ number: a.number, key: ref?.key ?? String(a.number), title: a.title, text: toPlainText(a.body) });
      }
    }
  }
  return articles;
}
