/**
 * The compiled editions stay generated: importing content/sources/tekes-ed1.txt,
 * tekes-ed2.txt and tekes-ed3.txt again reproduces the committed content/plan/ed1,
 * ed2 and ed3 byte for byte, but for the fidelity fixes listed below (ed1, ed2),
 * and every section names the sources it draws on.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runImport } from '../../src/lib/import/run.ts';
import { loadPlanModel } from '../../src/lib/plan-files.ts';
import { SOURCE_ID_PATTERN } from '../../src/lib/schemas.ts';
import { FIGURES } from '../../src/lib/geo/figures.ts';

const EDITIONS = ['ed1', 'ed2', 'ed3'] as const;

/**
 * Where today's importer keeps the source's words and the frozen editions do
 * not (issue 11): the space between 中共中央 and 国务院 in the title of the
 * 若干意见 is the source's and is no longer removed. ed1 and ed2 are frozen by
 * the hash lock, so a correction is a new version; re-importing may differ
 * from them by exactly these replacements (fresh text → frozen text).
 */
const FIDELITY_FIXES: [fresh: string, frozen: string][] = [['《中共中央 国务院关于', '《中共中央国务院关于']];
/** The editions imported before that importer fix; ed3 was re-imported after it and needs none. */
const NEEDS_FIDELITY_FIXES = new Set<string>(['ed1', 'ed2']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the compiled editions', () => {
  it('are reproduced exactly by re-importing their plain-text sources, but for the listed fidelity fixes', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'editions-'));
    try {
      // In order: ed2's article keys come from the ed1 just imported, as with `npm run import`.
      for (const id of EDITIONS) {
        const result = await runImport({ input: `content/sources/tekes-${id}.txt`, version: id, expect: { chapters: 14, sections: 46 }, contentDir: temp });
        expect(result.errors, `${id}: ${result.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`).toEqual([]);
        expect(result.exitCode).toBe(0);
      }
      for (const id of EDITIONS) {
        const committed = join('content/plan', id);
        const fresh = join(temp, 'plan', id);
        const names = files(committed).map((f) => relative(committed, f)).filter((f) => !f.startsWith('.')).sort();
        expect(files(fresh).map((f) => relative(fresh, f)).filter((f) => !f.startsWith('.')).sort()).toEqual(names);
        let fixed = 0;
        for (const name of names) {
          let text = readFileSync(join(fresh, name), 'utf8');
          for (const [from, to] of NEEDS_FIDELITY_FIXES.has(id) ? FIDELITY_FIXES : []) {
            fixed += text.split(from).length - 1;
            text = text.replaceAll(from, to);
          }
          expect(text, `${id}/${name}`).toBe(readFileSync(join(committed, name), 'utf8'));
        }
        // The listed fixes are the ones this edition needs, not a blanket excuse.
        expect(fixed, `${id}: fidelity fixes applied`).toBe(NEEDS_FIDELITY_FIXES.has(id) ? 1 : 0);
      }
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
    // Three imports through the CLI: slow on a loaded machine, not a measure of speed.
  }, 240_000);

  it.each(EDITIONS)('%s has 14 chapters, 46 sections and every section lists valid sources', (id) => {
    const model = loadPlanModel('content', id);
    expect(model.chapters).toHaveLength(14);
    const sections = model.chapters.flatMap((c) => c.sections);
    expect(sections).toHaveLength(46);
    for (const s of sections) {
      expect(s.sources.length, `${s.file} lists no sources`).toBeGreaterThan(0);
      for (const source of s.sources) expect(source).toMatch(SOURCE_ID_PATTERN);
    }
    expect(model.articles.length).toBeGreaterThanOrEqual(110);
    expect(model.articles.length).toBeLessThanOrEqual(160);
    for (const s of sections) expect(s.articles.length, `${s.file}`).toBeGreaterThanOrEqual(2);
  });

  it('records in ed2 at least 10 changed, 5 added, 1 removed and 1 renumbered article', () => {
    const { changes } = loadPlanModel('content', 'ed2').version;
    const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
    expect(count('changed')).toBeGreaterThanOrEqual(10);
    expect(count('added')).toBeGreaterThanOrEqual(5);
    expect(count('removed')).toBeGreaterThanOrEqual(1);
    expect(count('renumbered')).toBeGreaterThanOrEqual(1);
  });

  it('cites only facts and timeline entries that exist in the sources', () => {
    const facts = readFileSync('content/sources/facts.md', 'utf8');
    const notes = readFileSync('content/sources/drafting-notes.zh.txt', 'utf8').split('\n');
    // The timeline the notes importer read out of 编制过程: T2023-01-2 is the second entry of 2023年1月.
    const timeline = new Map(
      (JSON.parse(readFileSync('content/notes/timeline.json', 'utf8')) as { entries: { source: string; label: string; line: number }[] }).entries.map((e) => [e.source, e]),
    );
    let timelineCited = 0;
    for (const id of EDITIONS) {
      for (const s of loadPlanModel('content', id).chapters.flatMap((c) => c.sections)) {
        for (const source of s.sources) {
          if (source.startsWith('F')) expect(facts, `${s.file}: ${source}`).toContain(`| ${source} |`);
          if (!source.startsWith('T')) continue;
          const entry = timeline.get(source);
          expect(entry, `${s.file}: ${source} is no entry of the drafting notes' timeline`).toBeDefined();
          expect(notes[entry!.line - 1], `${s.file}: ${source}`).toMatch(new RegExp(`^${entry!.label}`));
          timelineCited++;
        }
      }
    }
    expect(timelineCited).toBeGreaterThan(0);
  });

  it('keeps drafting history and source discussion out of the provisions of ed3', () => {
    // The editor's words (起草说明记载…, 公开资料所载…) belong in 编者注, never in an article body.
    const history = /起草说明|公开资料|项目介绍|整理稿|编制中|20(19|20|21|22|23)年\d{1,2}月|已在官方网站/;
    for (const a of loadPlanModel('content', 'ed3').articles) {
      expect(history.exec(a.body)?.[0], `第${a.number}条 (${a.file})`).toBeUndefined();
    }
  });

  it('gives ed3 annotations, each listed among its section\'s sources', () => {
    const model = loadPlanModel('content', 'ed3');
    const notes = model.articles.flatMap((a) => a.annotations);
    expect(notes.length).toBeGreaterThanOrEqual(15);
    for (const s of model.chapters.flatMap((c) => c.sections)) {
      for (const n of s.articles.flatMap((a) => a.annotations)) {
        for (const source of n.sources) expect(s.sources, `${s.file}: 第${n.article}条编者注 cites ${source}`).toContain(source);
      }
    }
  });

  it('lists in each ed3 section the sources of the figures drawn on it', () => {
    const model = loadPlanModel('content', 'ed3');
    const text = model.articles.map((a) => a.body).join('\n');
    for (const f of FIGURES) {
      if (!text.includes(`附图${f.number}`)) continue;
      for (const at of f.sections) {
        const s = model.chapters[at.chapter - 1]!.sections[at.section - 1]!;
        for (const source of f.sources) expect(s.sources, `附图${f.number} on ${s.file} draws on ${source}`).toContain(source);
      }
    }
  });

  it('words every public fact in Chinese for the about page, under the same ids as facts.md', async () => {
    const { parseFacts } = await import('../../src/lib/facts.ts');
    const ids = (file: string) => parseFacts(readFileSync(file, 'utf8')).map((f) => f.id);
    expect(ids('content/sources/facts.zh.md')).toEqual(ids('content/sources/facts.md'));
    for (const f of parseFacts(readFileSync('content/sources/facts.zh.md', 'utf8'))) expect(f.fact, f.id).toMatch(/[\u4e00-\u9fff]/);
  });
});
