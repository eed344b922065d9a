/**
 * Golden tests: each fixture plan text → the exact files the importer writes
 * (and its report), compared with a committed snapshot file. A change to the
 * output is visible in review as a diff of these files.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImport } from '../../src/lib/import/run.ts';
import { expectGolden } from './golden.ts';
import { renderMdx } from './import-helpers.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const dir = mkdtempSync(join(tmpdir(), 'import-golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cases: { file: string; version: string; options?: Record<string, unknown> }[] = [
  { file: 'basic.txt', version: 'basic', options: { stage: '公示稿', label: '公示稿', date: '2026-01-01' } },
  { file: 'word-export.txt', version: 'word', options: { stage: '送审稿', label: '送审稿', date: '2026-01-01' } },
  { file: 'markdown-arabic.md', version: 'md', options: { stage: '过程稿', label: '过程稿', date: '2026-01-01' } },
  { file: 'with-sidecars.txt', version: 'side' },
  { file: 'law-style.txt', version: 'law', options: { stage: '批复稿', label: '批复稿', date: '2026-01-01' } },
  // pdftotext -layout: centred headings, indents, wrapped lines, a space-aligned table, page numbers and a running header.
  { file: 'pdf-layout.txt', version: 'pdf', options: { stage: '公示稿', label: '公示稿', date: '2026-01-01' } },
];

describe('golden imports', () => {
  for (const c of cases) {
    test(`${c.file} imports to the committed MDX`, async () => {
      const r = await runImport({ input: join(FIXTURES, c.file), version: c.version, contentDir: join(dir, 'content'), dryRun: true, today: '2026-01-01', ...c.options });
      expect(r.errors).toEqual([]);
      expect(r.exitCode).toBe(0);
      const out = [
        `<!-- ${c.file}: ${r.chapters} chapters, ${r.sections} sections, ${r.articles} articles, ${r.crossRefs} cross-references (${r.unresolved} unresolved) -->`,
        ...r.warnings.map((w) => `<!-- warning: ${w.line ?? '-'}: ${w.message.replace(/-->/g, '→')} -->`),
        ...[...r.files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, content]) => `\n===== ${path} =====\n${content}`),
      ].join('\n');
      await expectGolden(out, `../fixtures/import/golden/${c.file}.out.txt`, import.meta.filename);
      // Every MDX file compiles and runs.
      for (const [path, content] of r.files) if (path.endsWith('.mdx')) await expect(renderMdx(content), path).resolves.toBeTypeOf('string');
    });
  }
});
