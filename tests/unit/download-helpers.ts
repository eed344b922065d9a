/**
 * Test helpers for the downloads: a version's DownloadDocument read straight
 * from `content/plan/<v>/` (the site builds the same document from its
 * content collections in src/data/downloads.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planJson, type CanonicalAppendix } from '../../src/lib/canonical-text.ts';
import type { DownloadDocument, DownloadFigure } from '../../src/lib/downloads/document.ts';
import { loadPlanModel, loadVersionFiles, splitFrontmatter } from '../../src/lib/plan-files.ts';
import { parseArticles } from '../../src/lib/plan-model.ts';

export const TEST_NOTICE = '本文本为依据起草说明和公开资料编写的整理稿，不是规划的正式文本。';

function appendicesOf(contentDir: string, id: string): CanonicalAppendix[] {
  const dir = join(contentDir, 'plan', id, 'appendix');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, f), 'utf8'));
      const fm = frontmatter as { part: number; kind: string; title: string };
      return { part: fm.part, kind: fm.kind, title: fm.title, markdown: body.trim() };
    });
}

/** The document of version `id` under `contentDir`, as the downloads receive it. */
export function documentFromFiles(contentDir: string, id: string, figures: DownloadFigure[] = []): DownloadDocument {
  const files = loadVersionFiles(contentDir, id);
  const intros = new Map<string, string>();
  for (const c of files.chapters) {
    const lead = parseArticles(c.body).lead;
    if (lead) intros.set(`${c.data.chapter}`, lead);
  }
  for (const s of files.sections) {
    const lead = parseArticles(s.body).lead;
    if (lead) intros.set(`${s.data.chapter}.${s.data.section}`, lead);
  }
  const json = planJson(loadPlanModel(contentDir, id), 'https://plan.example.org', intros, appendicesOf(contentDir, id));
  return { ...json, notice: TEST_NOTICE, figures };
}
