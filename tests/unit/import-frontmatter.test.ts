import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFrontmatter } from '../../src/lib/import/frontmatter.ts';

const FILE = '---\nversion: ed2\nchapter: 4\nsection: 2\ntitle: 统筹划定三条控制线\nsources: [N4, F2]\narticles:\n  - { number: 18, key: "18" }\n  - { number: 19, key: "ed2-19" }\n  - { number: 20, key: "19", from: 19 }\n---\n\n## 第十八条 生态保护红线\n';

describe('frontmatter reading', () => {
  test('reads the importer\'s article lines exactly as YAML would', () => {
    const { frontmatter, body } = readFrontmatter(FILE);
    expect(frontmatter).toEqual(parseYaml(FILE.split('---\n')[1]!));
    expect(body).toBe('\n## 第十八条 生态保护红线\n');
  });
  test('falls back to YAML for a hand-edited article list', () => {
    const edited = FILE.replace('  - { number: 19, key: "ed2-19" }', '  - number: 19\n    key: ed2-19');
    expect(readFrontmatter(edited).frontmatter.articles).toEqual([
      { number: 18, key: '18' },
      { number: 19, key: 'ed2-19' },
      { number: 20, key: '19', from: 19 },
    ]);
  });
});
