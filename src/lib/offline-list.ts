/**
 * What "离线保存此版本" saves: the version's pages, and what they need to work
 * offline — styles and scripts (`/_astro/`, including the lazily loaded map
 * and search code), the search index (`/pagefind/`, which is small and
 * shared by every version), the search and citation data, and the few pages
 * every reader needs (home, search, versions, about, notes). The downloads
 * (.docx/.pdf/.txt) are left out: a reader fetches those on purpose.
 *
 * The list carries each file's size, so the reader is told the size before
 * saving, and a hash over every file's content, so a saved copy can tell that
 * the site has changed since.
 */
import { createHash } from 'node:crypto';
import { distFileToPath } from './routes.ts';

/** A file of the built site. */
export interface DistFile {
  /** Path under dist/ with forward slashes, e.g. `ed2/4/2/index.html`. */
  path: string;
  size: number;
  sha256: string;
}

/** `/offline/<v>.json`. */
export interface OfflineList {
  version: string;
  label: string;
  /** Changes whenever any listed file changes. */
  hash: string;
  /** Total bytes of `files`. */
  bytes: number;
  files: { url: string; size: number }[];
}

const SHARED_PAGES = new Set(['index.html', 'search/index.html', 'versions/index.html', 'about/index.html', 'notes/index.html', '404.html']);
const SHARED_FILES = /^(_astro\/|pagefind\/|icons\/)|^(search-index\.json|favicon\.svg|manifest\.webmanifest)$/;
const DOWNLOAD = /\/plan\.(docx|pdf|txt)$/;

/** Whether a file belongs to the offline copy of `version`. */
export function inOfflineCopy(path: string, version: string): boolean {
  if (path.startsWith(`${version}/`)) return !DOWNLOAD.test(path);
  return SHARED_PAGES.has(path) || SHARED_FILES.test(path);
}

/** The offline list of one version, from every file of the build. */
export function offlineList(version: string, label: string, files: ReadonlyArray<DistFile>): OfflineList {
  const chosen = files.filter((f) => inOfflineCopy(f.path, version)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const f of chosen) hash.update(`${f.path}\0${f.sha256}\n`);
  return {
    version,
    label,
    hash: hash.digest('hex').slice(0, 16),
    bytes: chosen.reduce((n, f) => n + f.size, 0),
    files: chosen.map((f) => ({ url: distFileToPath(f.path), size: f.size })),
  };
}
