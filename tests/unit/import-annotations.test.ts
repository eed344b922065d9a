import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/run.ts';
import { splitFrontmatter } from '../../src/lib/plan-files.ts';
import { sectionSchema } from '../../src/lib/schemas.ts';

const dir = mkdtempSync(join(tmpdir(), 'import-annotations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAN = `某县国土空间总体规划（2021—2035年）

第一章　总则

第一节　目的

第一条　规划目的
为统筹国土空间开发保护，制定本规划。

第二条　编制
本规划按照法定程序报请审批。
第二款文字。
`;

async function importWith(name: string, annotations: string) {
  const input = join(dir, `${name}.txt`);
  writeFileSync(input, PLAN);
  writeFileSync(join(dir, `${name}.annotations.yaml`), annotations);
  writeFileSync(join(dir, `${name}.sources.yaml`), '"1.1": [N1]\n');
  return runImport({ input, version: name, label: '整理稿', date: '2026-12-01', stage: '整理稿', contentDir: join(dir, 'content') });
}

describe('the importer with an annotations sidecar', () => {
  it('writes each note into the frontmatter of its article\'s file and never into the body', async () => {
    const result = await importWith('ok', '2:\n  - paragraph: 2\n    text: "起草说明记载，2023年5月审议通过: 见 N2"\n    sources: [T2023-05]\n');
    expect(result.errors).toEqual([]);
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, 'content/plan/ok/01/01.mdx'), 'utf8'));
    expect(sectionSchema.parse(frontmatter).annotations).toEqual([{ article: 2, paragraph: 2, text: '起草说明记载，2023年5月审议通过: 见 N2', sources: ['T2023-05'] }]);
    expect(body).not.toContain('起草说明');
  });

  it('refuses a note on an article the text does not have, naming the sidecar and the article', async () => {
    const result = await importWith('missing', '9:\n  - text: 说明\n    sources: [N2]\n');
    expect(result.exitCode).toBe(1);
    expect(result.errors.map((e) => e.message)).toEqual([`${join(dir, 'missing.annotations.yaml')}: article 9 is not in this text (it has articles 1–2); fix the key`]);
  });

  it('refuses a note without sources or on a paragraph the article lacks', async () => {
    const noSources = await importWith('nosources', '1:\n  - text: 说明\n');
    expect(noSources.errors.map((e) => e.message)).toEqual([
      `${join(dir, 'nosources.annotations.yaml')}: article 1, note 1: give \`sources\`, e.g. [N2, F14]: every note says what it rests on`,
    ]);
    const paragraph = await importWith('paragraph', '1:\n  - paragraph: 3\n    text: 说明\n    sources: [N1]\n');
    expect(paragraph.exitCode).toBe(1);
    expect(paragraph.errors.map((e) => e.message).join('\n')).toContain('paragraph (款) 3 of article 1, which has 1');
  });
});
