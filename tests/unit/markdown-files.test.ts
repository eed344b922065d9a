/**
 * The plan-file loader (src/data/markdown-files.ts) keeps .mdx files out of
 * the bundle by handing Astro's glob() an MDX entry type without its content
 * module. glob() is driven here with a stand-in of the content layer's
 * context: should a future Astro bundle such entries again (build time and
 * memory, issue 17), or stop reading them, this fails.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { markdownFiles } from '../../src/data/markdown-files.ts';

const root = mkdtempSync(join(tmpdir(), 'markdown-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'plan/v1/01'), { recursive: true });
writeFileSync(join(root, 'plan/v1/01/01.mdx'), '---\ntitle: 目的\n---\n\n## 第一条 目的\n\n正文。\n');

/** MDX's entry type as the content layer lists it: frontmatter and body, and a content module to bundle. */
const mdxType = {
  extensions: ['.mdx'],
  contentModuleTypes: 'declare module "*.mdx" {}',
  getEntryInfo: ({ contents }: { contents: string }) => {
    const [, fm = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
    return { data: parseYaml(fm) as Record<string, unknown>, body: body.trim(), rawData: fm, slug: '' };
  },
};

async function load(loader: ReturnType<typeof glob>, entryTypes: Map<string, unknown> | undefined) {
  const entries = new Map<string, Record<string, unknown>>();
  const modules: string[] = [];
  const warnings: string[] = [];
  const store = {
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    // As Astro's data store does: an entry to render later brings its file into the bundle.
    set: (e: Record<string, unknown>) => {
      entries.set(e.id as string, e);
      if (e.deferredRender && typeof e.filePath === 'string') modules.push(e.filePath);
      return true;
    },
    delete: (id: string) => entries.delete(id),
    addModuleImport: (file: string) => modules.push(file),
    addAssetImports: () => {},
  };
  const context = {
    collection: 'sections',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m), info: () => {}, debug: () => {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (s: string) => String(s.length),
    store,
    entryTypes,
  };
  await loader.load(context as never);
  return { entries: [...entries.values()], modules, warnings };
}

describe('markdownFiles', () => {
  it('reads each .mdx file as frontmatter and body, and registers no module for the bundle', async () => {
    const { entries, modules, warnings } = await load(markdownFiles({ pattern: '**/*.mdx', base: root }), new Map([['.mdx', mdxType]]));
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'plan/v1/01/01', data: { title: '目的' }, body: '## 第一条 目的\n\n正文。' });
    expect(entries[0]!.deferredRender).toBeUndefined();
    expect(modules).toEqual([]);
  });

  it('differs from glob() itself, which registers every .mdx file as a module (the check above can fail)', async () => {
    const { entries, modules } = await load(glob({ pattern: '**/*.mdx', base: root }), new Map([['.mdx', mdxType]]));
    expect(entries[0]!.deferredRender).toBe(true);
    expect(modules).toEqual([entries[0]!.filePath]);
  });

  it('says what to do when Astro gives no entry types, or none for .mdx', async () => {
    await expect(load(markdownFiles({ pattern: '**/*.mdx', base: root }), undefined)).rejects.toThrow(/no longer gives loaders `entryTypes`/);
    await expect(load(markdownFiles({ pattern: '**/*.mdx', base: root }), new Map())).rejects.toThrow(/keep mdx\(\) in the integrations of astro.config.mjs/);
  });
});
