/**
 * Small set-up truths (issue 15) that drift silently: where `npm start`
 * listens, the Node version the README asks for, and which packages are
 * declared as shipped to browsers.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryUrl, shippedPackages } from '../../src/lib/shipped-licences.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const readme = readFileSync('README.md', 'utf8');

/** Bare module specifiers imported by the browser-side scripts (src/components/*.client.ts and their imports). */
function browserImports(): Set<string> {
  const out = new Set<string>();
  for (const file of readdirSync('src/components').filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(join('src/components', file), 'utf8');
    for (const m of code.matchAll(/(?:^import(?!\s+type)[^'"]*|import\()\s*['"]([^'"./][^'"]*)['"]/gm)) out.add(m[1]!.split('/')[0]!);
  }
  return out;
}

describe('set-up truths', () => {
  it('npm start serves on 127.0.0.1 unless HOST says otherwise', () => {
    expect(pkg.scripts.start).toContain('--host ${HOST:-127.0.0.1}');
    expect(readme).toContain('HOST=0.0.0.0 npm start');
  });

  it("the README's Node requirement is the engines field", () => {
    const engines = /^>=(\d+\.\d+)$/.exec(pkg.engines.node)![1];
    expect(readme).toContain(`Node ≥ ${engines}`);
  });

  it('declares every package the browser scripts import as a dependency, and pagefind whose runtime is shipped', () => {
    const shipped = Object.keys(pkg.dependencies);
    expect(browserImports().size).toBeGreaterThan(0);
    for (const name of browserImports()) expect(shipped, name).toContain(name);
    expect(shipped).toContain('pagefind');
    for (const name of shipped) expect(pkg.devDependencies[name], name).toBeUndefined();
  });

  it('lists each shipped package with its installed version and licence', () => {
    const list = shippedPackages();
    expect(list.map((p) => p.name)).toEqual(Object.keys(pkg.dependencies).sort());
    const leaflet = list.find((p) => p.name === 'leaflet')!;
    expect(leaflet.license).toBe('BSD-2-Clause');
    expect(leaflet.version).toBe(JSON.parse(readFileSync('node_modules/leaflet/package.json', 'utf8')).version);
    for (const p of list) expect(p.license, p.name).not.toBe('UNKNOWN');
  });

  it('turns a repository field into a browsable URL', () => {
    expect(repositoryUrl({ url: 'git+https://github.com/Leaflet/Leaflet.git' })).toBe('https://github.com/Leaflet/Leaflet');
    expect(repositoryUrl('github:CloudCannon/pagefind')).toBe('https://github.com/CloudCannon/pagefind');
    expect(repositoryUrl(undefined)).toBeUndefined();
  });
});
