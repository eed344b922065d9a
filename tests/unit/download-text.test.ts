/**
 * The plain-text download is the importer's input format: importing it (with
 * the version's sidecars) reproduces the version's content files byte for byte.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planText } from '../../src/lib/downloads/plan-text.ts';
import { runImport } from '../../src/lib/import/run.ts';
import { documentFromFiles } from './download-helpers.ts';

const temp = mkdtempSync(join(tmpdir(), 'download-text-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).replace(/\\/g, '/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('the plain-text download', () => {
  it.each(['ed1', 'ed2'])('of %s re-imports to the same content files, byte for byte', async (id) => {
    const content = join(temp, id);
    const previous = id === 'ed2' ? 'ed1' : undefined;
    if (previous) cpSync(join('content/plan', previous), join(content, 'plan', previous), { recursive: true });
    const input = join(temp, `${id}.txt`);
    writeFileSync(input, planText(documentFromFiles('content', id)));
    // The metadata (label, changes, per-section sources) travels beside a plan text, as sidecars.
    for (const kind of ['meta', 'sources']) cpSync(`content/sources/tekes-${id}.${kind}.yaml`, join(temp, `${id}.${kind}.yaml`));
    const result = await runImport({ input, version: id, contentDir: content, today: '2000-01-01' });
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    const committed = tree(join('content/plan', id));
    const fresh = tree(join(content, 'plan', id));
    expect([...fresh.keys()].sort()).toEqual([...committed.keys()].sort());
    for (const [name, text] of committed) expect(fresh.get(name), `${id}/${name}`).toBe(text);
  });

  it('begins with the title and writes headings with a full-width space', () => {
    const text = planText(documentFromFiles('content', 'ed2'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('特克斯县国土空间总体规划（2021—2035年）');
    // Forwarded on its own it still says what it is (review of 2026-12-03: nothing did): the cover under the title.
    expect(lines.slice(1, 5)).toEqual(['整理稿第2版', expect.stringMatching(/^整理稿 · \d{4}-\d{2}-\d{2}$/), expect.stringContaining('不是规划的正式文本'), expect.stringMatching(/^网络版：https?:\/\/\S+\/ed2\/$/)]);
    expect(lines).toContain('第一章\u3000总则');
    expect(lines).toContain('第一节\u3000规划目的与依据');
    expect(lines).toContain('第一条\u3000规划目的');
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });

  it('decodes the escapes the importer wrote, so no backslash or entity reaches the reader', () => {
    const doc = documentFromFiles('content', 'ed2');
    const first = doc.chapters[0]!.sections[0]!.articles[0]!;
    const withEscapes = { ...doc, chapters: [{ ...doc.chapters[0]!, sections: [{ ...doc.chapters[0]!.sections[0]!, articles: [{ ...first, markdown: '容积率 &lt; 1\\.5，见 \\{附表\\}；&#105;mport 字样。' }] }] }] };
    expect(planText(withEscapes)).toContain('容积率 < 1.5，见 {附表}；import 字样。');
  });
});

describe('the plain-text download of a version in another numbering scheme', () => {
  it.each(['decimal', 'outline', 'flat'])('of the %s shape prints the numbers as the text did and re-imports to the same chapters, sections and articles', async (shape) => {
    const first = join(temp, `${shape}-a`);
    const source = join('tests/fixtures/import/shapes', `${shape}.txt`);
    const opts = { today: '2000-01-01', stage: '公示稿', label: '公示稿', date: '2000-01-01' };
    expect((await runImport({ input: source, version: shape, contentDir: first, ...opts })).errors).toEqual([]);
    const text = planText(documentFromFiles(first, shape));
    expect(text).not.toMatch(/第[一二三四五六七八九十]+[章节]/);
    const input = join(temp, `${shape}-download.txt`);
    writeFileSync(input, text);
    const second = join(temp, `${shape}-b`);
    expect((await runImport({ input, version: shape, contentDir: second, ...opts })).errors).toEqual([]);
    const mdx = (dir: string) => [...tree(join(dir, 'plan', shape))].filter(([p]) => p.endsWith('.mdx') && !p.startsWith('appendix/'));
    expect(mdx(second)).toEqual(mdx(first));
  });
});
