import { beforeEach, describe, expect, test, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';

// Watch what the reader hands to the YAML parser: the fast path must keep the article lines from it.
const yamlInputs = vi.hoisted(() => [] as string[]);
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return {
    ...yaml,
    parse: (source: string, ...rest: unknown[]) => {
      yamlInputs.push(source);
      return (yaml.parse as (...args: unknown[]) => unknown)(source, ...rest);
    },
  };
});
beforeEach(() => {
  yamlInputs.length = 0;
});
// The unit project shares modules between files (isolate: false): load the reader afresh, over the watched parser.
vi.resetModules();
const { readFrontmatter } = await import('../../src/lib/import/frontmatter.ts');

const FILE = '---\nversion: ed2\nchapter: 4\nsection: 2\ntitle: 统筹划定三条控制线\nsources: [N4, F2]\narticles:\n  - { number: 18, key: "18" }\n  - { number: 19, key: "ed2-19" }\n  - { number: 20, key: "19", from: 19 }\n---\n\n## 第十八条 生态保护红线\n';
const ARTICLES = [
  { number: 18, key: '18' },
  { number: 19, key: 'ed2-19' },
  { number: 20, key: '19', from: 19 },
];

describe('frontmatter reading', () => {
  test('reads the importer\'s article lines exactly as YAML would, without handing them to YAML', () => {
    const expected = parseYaml(FILE.split('---\n')[1]!);
    yamlInputs.length = 0;
    const { frontmatter, body } = readFrontmatter(FILE);
    expect(frontmatter).toEqual(expected);
    expect(body).toBe('\n## 第十八条 生态保护红线\n');
    expect(yamlInputs).toHaveLength(1);
    expect(yamlInputs[0]).toContain('title: 统筹划定三条控制线');
    expect(yamlInputs[0]).not.toContain('number:');
  });

  test('falls back to YAML for a hand-edited article list', () => {
    const edited = FILE.replace('  - { number: 19, key: "ed2-19" }', '  - number: 19\n    key: ed2-19');
    expect(readFrontmatter(edited).frontmatter.articles).toEqual(ARTICLES);
    expect(yamlInputs.some((source) => source.includes('number: 19'))).toBe(true);
  });
});
