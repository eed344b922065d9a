/**
 * The articles of an imported version, read back from its MDX, so the next
 * import can align against them and carry their keys forward.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyedArticle } from '../align.ts';
import { loadVersionFiles } from '../plan-files.ts';
import { parseArticles, toPlainText } from '../plan-model.ts';

/** Whether `<contentDir>/plan/<id>/_version.yaml` exists. */
export function versionExists(contentDir: string, id: string): boolean {
  return existsSync(join(contentDir, 'plan', id, '_version.yaml'));
}

/**
 * Every article of a version in reading order, with its key from the
 * frontmatter. Read through the site's one version loader (plan-files.ts), so
 * the importer sees a version exactly as the site does; an invalid previous
 * version is refused with its files, lines and fixes.
 */
export function readVersionArticles(contentDir: string, id: string): KeyedArticle[] {
  const { chapters, sections } = loadVersionFiles(contentDir, id);
  // A chapter's own articles come before its sections', as in the text.
  const parts = [...chapters.map((c) => ({ file: c, order: [c.data.chapter, 0] })), ...sections.map((s) => ({ file: s, order: [s.data.chapter, s.data.section] }))]
    .sort((x, y) => x.order[0]! - y.order[0]! || x.order[1]! - y.order[1]!)
    .map((p) => p.file);
  const articles: KeyedArticle[] = [];
  for (const { data, body } of parts) {
    for (const a of parseArticles(body).articles) {
      const ref = data.articles.find((r) => r.number === a.number);
      articles.push({ number: a.number, key: ref?.key ?? String(a.number), title: a.title, text: toPlainText(a.body) });
    }
  }
  return articles;
}
