import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalSha256, canonicalText, normalizeBlock, planJson } from '../../src/lib/canonical-text';
import { buildPlanModelOrThrow } from '../../src/lib/plan-model';
import { loadVersionFiles } from '../../src/lib/plan-files';
import {
  checkReleasedVersions,
  checkVersionLock,
  describeVersionLockFailures,
  formatVersionLock,
  hashAllVersions,
  hashVersionFiles,
  parseVersionLock,
} from '../../src/lib/content-hash';

const versionYaml = 'id: ed1\nlabel: 整理稿第1版\nstatus: current\ndate: 2026-11-28\n';
const files = [
  { path: '_version.yaml', text: versionYaml },
  { path: '01/01.mdx', text: '---\nchapter: 1\n---\n\n## 第一条\n\n正文。\n' },
];

describe('hashVersionFiles', () => {
  it('does not depend on file order or on CRLF line endings', () => {
    const crlf = files.map((f) => ({ ...f, text: f.text.replace(/\n/g, '\r\n') }));
    expect(hashVersionFiles([...crlf].reverse())).toBe(hashVersionFiles(files));
  });

  it('changes when one character of the text changes', () => {
    const edited = [files[0], { ...files[1], text: files[1].text.replace('正文', '政文') }];
    expect(hashVersionFiles(edited)).not.toBe(hashVersionFiles(files));
  });

  it('changes when a file is added or renamed', () => {
    expect(hashVersionFiles([...files, { path: '01/02.mdx', text: '' }])).not.toBe(hashVersionFiles(files));
    expect(hashVersionFiles([files[0], { ...files[1], path: '01/03.mdx' }])).not.toBe(hashVersionFiles(files));
  });

  it('ignores the status field, which changes when a newer version is released', () => {
    const superseded = [{ path: '_version.yaml', text: versionYaml.replace('current', 'superseded') }, files[1]];
    expect(hashVersionFiles(superseded)).toBe(hashVersionFiles(files));
    const relabelled = [{ path: '_version.yaml', text: versionYaml.replace('第1版', '第3版') }, files[1]];
    expect(hashVersionFiles(relabelled)).not.toBe(hashVersionFiles(files));
  });
});

describe('versions.lock', () => {
  const h1 = 'a'.repeat(64);
  const h2 = 'b'.repeat(64);

  it('round-trips through its text form', () => {
    const lock = new Map([
      ['ed2', h2],
      ['ed1', h1],
    ]);
    const text = formatVersionLock(lock);
    expect(text).toMatch(/^#/);
    expect(text.trim().split('\n').slice(-2)).toEqual([`ed1 ${h1}`, `ed2 ${h2}`]);
    expect(parseVersionLock(text)).toEqual(new Map([['ed1', h1], ['ed2', h2]]));
  });

  it('rejects a malformed line, naming the line', () => {
    expect(() => parseVersionLock(`ed1 ${h1}\ned2 xyz\n`)).toThrow(/versions\.lock:2: expected/);
  });

  it('reports a changed released version and tells to make a new version', () => {
    const check = checkVersionLock(new Map([['ed1', h1]]), new Map([['ed1', h2], ['ed2', h1]]));
    expect(check.changed).toEqual([{ id: 'ed1', locked: h1, actual: h2 }]);
    expect(check.unlocked).toEqual(['ed2']);
    expect(describeVersionLockFailures(check)[0]).toMatch(/ed1 is released and frozen.*new version/);
  });

  it('reports a released version whose folder is gone', () => {
    const check = checkVersionLock(new Map([['ed1', h1]]), new Map());
    expect(check.missing).toEqual(['ed1']);
  });
});

describe('checkReleasedVersions on a folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'content-hash-'));
  const put = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  for (const f of files) put(`plan/ed1/${f.path}`, f.text);
  put('plan/ed1/.hash', 'ignored hidden file');
  put('plan/notes-not-a-version/readme.txt', 'no _version.yaml here');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes with a matching lock and fails after an edit', () => {
    const lockPath = join(root, 'versions.lock');
    const hashes = hashAllVersions(join(root, 'plan'));
    expect([...hashes.keys()]).toEqual(['ed1']);
    expect(hashes.get('ed1')).toBe(hashVersionFiles(files));
    writeFileSync(lockPath, formatVersionLock(hashes));
    expect(checkReleasedVersions(join(root, 'plan'), lockPath).failures).toEqual([]);
    put('plan/ed1/01/01.mdx', files[1].text.replace('正文', '修改后的正文'));
    expect(checkReleasedVersions(join(root, 'plan'), lockPath).failures).toHaveLength(1);
  });
});

describe('the committed content/versions.lock', () => {
  it('matches every released version in content/plan', () => {
    const lockPath = 'content/versions.lock';
    expect(existsSync(lockPath), `${lockPath} is missing: run \`npm run lock-versions\` to record the released versions`).toBe(true);
    const { failures } = checkReleasedVersions('content/plan', lockPath);
    expect(failures).toEqual([]);
  });
});

describe('canonical text', () => {
  const chapters = [
    {
      number: 1,
      title: '总则',
      articles: [{ number: 1, title: '规划目的', markdown: '为了……，\r\n制定本规划。   \n\n\n\n' }],
      sections: [],
    },
    {
      number: 4,
      title: '国土空间开发保护格局',
      intro: '',
      articles: [],
      sections: [{ number: 2, title: '统筹划定三条控制线', articles: [{ number: 18, markdown: '严格落实。' }] }],
    },
  ];

  it('writes headings with Chinese numerals and normalised bodies separated by blank lines', () => {
    expect(canonicalText(chapters)).toBe(
      '第一章 总则\n\n第一条 规划目的\n\n为了……，\n制定本规划。\n\n第四章 国土空间开发保护格局\n\n第二节 统筹划定三条控制线\n\n第十八条\n\n严格落实。\n',
    );
  });

  it('puts the preamble before the chapters and other appendix parts after them', () => {
    const text = canonicalText(chapters, [
      { part: 1, kind: '附图', title: '附图', markdown: '### 附图1 区位图' },
      { part: 0, kind: '前言', title: '前言', markdown: '为了……' },
    ]);
    expect(text.startsWith('前言\n\n为了……\n\n第一章 总则')).toBe(true);
    expect(text.endsWith('严格落实。\n\n附图\n\n### 附图1 区位图\n')).toBe(true);
  });

  it('hashes the UTF-8 bytes of the canonical text', () => {
    expect(canonicalSha256(chapters)).toBe(createHash('sha256').update(canonicalText(chapters)).digest('hex'));
  });

  it('composes decomposed characters (NFC) and collapses blank lines', () => {
    expect(normalizeBlock('e\u0301\n\n\n\nx  ')).toBe('\u00e9\n\nx');
  });
});

describe('planJson', () => {
  it('publishes a sha256 that anyone can recompute from the JSON’s own chapters', () => {
    const model = buildPlanModelOrThrow(loadVersionFiles('tests/fixtures/mini', 't1'));
    const json = JSON.parse(JSON.stringify(planJson(model, 'https://example.org/')));
    expect(json.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(canonicalSha256(json.chapters)).toBe(json.sha256);
    const first = json.chapters[0].sections[0].articles[0];
    expect(first).toMatchObject({ number: 1, key: '1', title: '规划目的', page: 'https://example.org/t1/a/1/', url: 'https://example.org/t1/1/1/#a1' });
    expect(json.chapters[0].sections[0].articles[1].text).toContain('本规划适用于示例县全域');
  });

  it('does not hash the plain text, which depends on how we render Markdown', () => {
    const model = buildPlanModelOrThrow(loadVersionFiles('tests/fixtures/mini', 't1'));
    const json = planJson(model, 'https://example.org/');
    const edited = structuredClone(json.chapters);
    edited[0]!.sections[0]!.articles[0]!.text = '渲染方式改变';
    expect(canonicalSha256(edited)).toBe(json.sha256);
  });

  it('changes the sha256 when one character of an article changes', () => {
    const model = buildPlanModelOrThrow(loadVersionFiles('tests/fixtures/mini', 't1'));
    const json = planJson(model, 'https://example.org/');
    const edited = structuredClone(json.chapters);
    edited[0]!.sections[0]!.articles[0]!.markdown += '。';
    expect(canonicalSha256(edited)).not.toBe(json.sha256);
  });
});
