/**
 * Generated plans for the scaling run of `npm run bench`: a temp content
 * folder with N versions, each a copy of the real plan's current version (ids
 * rewritten), or, before the real plan exists, a synthetic plan of the same
 * shape (14 chapters, 46 sections, 150 articles) filled with sentences of the
 * drafting notes. Bench-only text in a temp folder; never published.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { listVersionIds, splitFrontmatter } from '../src/lib/plan-files.ts';
import { toChineseNumeral } from '../src/lib/numerals.ts';
import { ROOT, walkFiles } from './bench-util.ts';

/** A deterministic pseudo-random sequence (LCG), so every run builds the same text. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Escapes plan text for MDX the way the importer does. */
function escapeMdx(text: string): string {
  return text.replace(/\{/g, '\\{').replace(/\}/g, '\\}').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Sentences to fill a synthetic plan with: the drafting notes cut at 。, minus
 * any that look like a reference (第…条/章/节), which the build would try to
 * resolve. Bench-only text in a temp folder; never published.
 */
function sentencePool(): string[] {
  const notes = readFileSync(join(ROOT, 'content', 'sources', 'drafting-notes.zh.txt'), 'utf8').replace(/\s+/g, '');
  const pool = notes
    .split(/(?<=。)/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && s.length <= 160 && !/第[一二三四五六七八九十百零〇\d]+[条章节]/.test(s));
  if (pool.length < 5) throw new Error('too little text in the drafting notes to generate a plan');
  return pool;
}

/** Section counts per chapter: 14 chapters, 46 sections, as the plan has. */
export const SECTIONS_PER_CHAPTER = [3, 4, 4, 3, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3];
export const ARTICLES_PER_VERSION = 150;

/** Writes one synthetic version (14 chapters, 46 sections, 150 articles) to `<plan>/<id>/`. */
function writeSyntheticVersion(planDir: string, id: string, index: number, count: number, pool: string[]): void {
  const dir = join(planDir, id);
  mkdirSync(dir, { recursive: true });
  const sectionCount = SECTIONS_PER_CHAPTER.reduce((a, b) => a + b, 0);
  writeVersionYaml(dir, {
    id,
    title: '示例县国土空间总体规划（2021—2035年）',
    label: `基准稿第${index}版`,
    date: `2026-01-${String(index).padStart(2, '0')}`,
    stage: '整理稿',
    status: 'superseded',
    basis: '性能测试生成的文本',
    expect: { chapters: SECTIONS_PER_CHAPTER.length, sections: sectionCount },
    changes: [],
  }, index, count);
  const random = seeded(1234);
  const sentence = () => escapeMdx(pool[Math.floor(random() * pool.length)]!);
  let article = 1;
  let sectionIndex = 0;
  const extra = ARTICLES_PER_VERSION - sectionCount * 3;
  SECTIONS_PER_CHAPTER.forEach((sections, c0) => {
    const chapter = c0 + 1;
    const cdir = join(dir, String(chapter).padStart(2, '0'));
    mkdirSync(cdir, { recursive: true });
    writeFileSync(
      join(cdir, 'index.mdx'),
      `---\nversion: ${id}\nchapter: ${chapter}\ntitle: 示例章${toChineseNumeral(chapter)}\nsources: [N1]\narticles: []\n---\n\n${sentence()}\n`,
    );
    for (let section = 1; section <= sections; section++) {
      const n = 3 + (sectionIndex < extra ? 1 : 0);
      sectionIndex++;
      const refs: string[] = [];
      const bodies: string[] = [];
      for (let k = 0; k < n; k++, article++) {
        refs.push(`  - { number: ${article}, key: "${article}" }`);
        const paragraphs = [sentence() + sentence()];
        const items = 1 + Math.floor(random() * 3);
        for (let i = 1; i <= items; i++) paragraphs.push(`（${toChineseNumeral(i)}）${sentence()}`);
        bodies.push(`## 第${toChineseNumeral(article)}条 示例条文${toChineseNumeral(article)}\n\n${paragraphs.join('\n\n')}`);
      }
      writeFileSync(
        join(cdir, `${String(section).padStart(2, '0')}.mdx`),
        `---\nversion: ${id}\nchapter: ${chapter}\nsection: ${section}\ntitle: 示例节${toChineseNumeral(section)}\nsources: [N1]\narticles:\n${refs.join('\n')}\n---\n\n${bodies.join('\n\n')}\n`,
      );
    }
  });
}

/** Writes `_version.yaml`, chaining versions: the last is current, each revises the one before. */
function writeVersionYaml(dir: string, data: Record<string, unknown>, index: number, count: number): void {
  const out = { ...data, status: index === count ? 'current' : 'superseded', changes: [] } as Record<string, unknown>;
  delete out.previous;
  if (index > 1) out.previous = benchId(index - 1);
  writeFileSync(join(dir, '_version.yaml'), stringifyYaml(out));
}

export function benchId(index: number): string {
  return `b${String(index).padStart(2, '0')}`;
}

/** Copies a real version as version `id`, rewriting the version id in every file. */
function copyVersion(fromDir: string, planDir: string, id: string, index: number, count: number): void {
  const dir = join(planDir, id);
  for (const file of walkFiles(fromDir)) {
    const target = join(dir, file);
    mkdirSync(join(target, '..'), { recursive: true });
    const text = readFileSync(join(fromDir, file), 'utf8');
    if (file === '_version.yaml') {
      const data = parseYaml(text) as Record<string, unknown>;
      writeVersionYaml(dir, { ...data, id, label: `${String(data.label)}（基准副本${index}）` }, index, count);
    } else if (file.endsWith('.mdx')) {
      // Copies are identical, so nothing was renumbered between them: drop `from:` (checked against `previous`).
      const { frontmatter, body } = splitFrontmatter(text);
      const data: Record<string, unknown> = { ...(frontmatter as Record<string, unknown>), version: id };
      if (Array.isArray(data.articles)) data.articles = (data.articles as Record<string, unknown>[]).map(({ from: _from, ...rest }) => rest);
      writeFileSync(target, `---\n${stringifyYaml(data)}---\n${body}`);
    } else {
      writeFileSync(target, text);
    }
  }
}

/** The version to replicate: the base content's current version if it is a full plan (≥ 20 sections). */
function templateVersion(contentDir: string): { dir: string; sections: number } | undefined {
  let best: { dir: string; sections: number; current: boolean } | undefined;
  for (const id of listVersionIds(contentDir)) {
    const dir = join(contentDir, 'plan', id);
    const meta = parseYaml(readFileSync(join(dir, '_version.yaml'), 'utf8')) as { status?: string };
    const sections = walkFiles(dir).filter((f) => /^\d+\/\d+\.mdx$/.test(f)).length;
    const current = meta.status === 'current';
    if (!best || (current && !best.current) || (current === best.current && sections > best.sections)) best = { dir, sections, current };
  }
  return best && best.sections >= 20 ? best : undefined;
}

/**
 * A temp content folder with `count` versions: copies of the real plan's
 * current version when there is one, else a synthetic plan of the same shape
 * (14 chapters, 46 sections, 150 articles). Everything else in the base
 * content folder (notes, geo, redirects, about) is copied as is.
 */
export function generateContent(baseContentDir: string, count: number, into: string): { source: string; articles: number } {
  mkdirSync(into, { recursive: true });
  for (const entry of readdirSync(baseContentDir)) {
    if (entry === 'plan') continue;
    cpSync(join(baseContentDir, entry), join(into, entry), { recursive: true });
  }
  const planDir = join(into, 'plan');
  const template = templateVersion(baseContentDir);
  const pool = template ? [] : sentencePool();
  for (let i = 1; i <= count; i++) {
    if (template) copyVersion(template.dir, planDir, benchId(i), i, count);
    else writeSyntheticVersion(planDir, benchId(i), i, count, pool);
  }
  let articles = 0;
  for (const file of walkFiles(planDir).filter((f) => f.endsWith('.mdx'))) {
    const { frontmatter } = splitFrontmatter(readFileSync(join(planDir, file), 'utf8'));
    articles += ((frontmatter as { articles?: unknown[] }).articles ?? []).length;
  }
  return { source: template ? `copies of ${template.dir}` : 'synthetic text from the drafting notes', articles };
}
