/**
 * The code the site ships to browsers and its licences (issue 15), for the
 * /licenses/ page and the dependency check. "Shipped" is exactly the
 * package.json `dependencies` (build and test tools are `devDependencies`),
 * so `npm audit --omit=dev` and licence tools see the same list the page shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One package whose code reaches the reader's browser. */
export interface ShippedPackage {
  name: string;
  version: string;
  /** SPDX licence id from the package's own package.json. */
  license: string;
  /** The package's home page or repository, for the licence text. */
  url: string | undefined;
}

interface PackageJson {
  version?: string;
  license?: string;
  homepage?: string;
  repository?: string | { url?: string };
  dependencies?: Record<string, string>;
}

const readJson = (file: string): PackageJson => JSON.parse(readFileSync(file, 'utf8')) as PackageJson;

/** A repository field as a browsable URL (`git+https://…/x.git` → `https://…/x`). */
export function repositoryUrl(repository: PackageJson['repository']): string | undefined {
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (!raw) return undefined;
  return raw.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^git:\/\//, 'https://').replace(/^github:/, 'https://github.com/');
}

/** The shipped packages of the project at `root`, by name, with versions and licences as installed. */
export function shippedPackages(root = '.'): ShippedPackage[] {
  const names = Object.keys(readJson(join(root, 'package.json')).dependencies ?? {}).sort();
  return names.map((name) => {
    const file = join(root, 'node_modules', name, 'package.json');
    const pkg = existsSync(file) ? readJson(file) : {};
    return { name, version: pkg.version ?? '?', license: pkg.license ?? 'UNKNOWN', url: pkg.homepage ?? repositoryUrl(pkg.repository) };
  });
}
