/**
 * The URL lock (issue 6, docs/design.md "URLs once published never change"):
 * `content/urls.lock` lists every published page URL and every article
 * anchor, sorted, one per line. The dist check fails when a locked entry is
 * no longer published; a page that moved needs an entry in
 * `content/redirects.yaml`, which generates a redirect page at the old path.
 *
 * The pure functions come first; the file-system helpers at the end are used
 * by scripts/lock-urls.ts, scripts/check-dist.ts and tests/dist.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LATEST } from './ids.ts';
import { distFileToPath } from './routes.ts';

/** One moved page: the old path and where it is now. */
export interface Redirect {
  from: string;
  to: string;
}

/** What a built site publishes. */
export interface PublishedSite {
  /** Page URLs (`/ed2/4/2/`, `/feed.xml`) and article anchors (`/ed2/4/2/#a18`). */
  entries: Set<string>;
  /** Article anchors present on each page, for error messages. */
  anchorsByPage: Map<string, string[]>;
  /** Old path → target of every generated redirect page. */
  redirectPages: Map<string, string>;
}

/** a18, and the 款/项 anchors a18-2 and a18-2-3 (src/lib/paragraphs.ts). */
const ARTICLE_ANCHOR = /\sid=["']?(a[1-9]\d*(?:-[1-9]\d*){0,2})(?=["'\s>])/g;
const META_REFRESH = /<meta[^>]+http-equiv=["']?refresh["']?[^>]*content=["']?\s*\d+\s*;\s*url=([^"'>\s]+)/i;

/**
 * The public URL of a file in dist/, or null when it is not a citable page:
 * `ed2/4/2/index.html` → `/ed2/4/2/`, `404.html` → `/404.html`,
 * `ed2/plan.json` → `/ed2/plan.json`. Only pages and the documented data
 * files (`/<v>/plan.json`, the downloads `/<v>/plan.{docx,pdf,txt}`, `/feed.xml`) are citable; build assets (`_astro/`),
 * the search index and other data files are implementation details.
 */
export function publishedUrlOfDistFile(relPath: string): string | null {
  const p = relPath.split(sep).join('/');
  if (/^(_astro|pagefind)\//.test(p)) return null;
  const citable = /\.html$/.test(p) || /^[a-z0-9-]+\/plan\.(json|docx|pdf|txt)$/.test(p) || p === 'feed.xml';
  return citable ? distFileToPath(p) : null;
}

/** Article, 款 and 项 anchors (`a18`, `a18-2`, `a18-2-3`) declared as ids in a page's HTML, in order, without duplicates. */
export function articleAnchorsInHtml(html: string): string[] {
  const seen = new Set<string>();
  for (const m of html.matchAll(ARTICLE_ANCHOR)) seen.add(m[1]);
  return [...seen];
}

/** The target of a meta-refresh redirect page, or null for a normal page. */
export function redirectTargetInHtml(html: string): string | null {
  const m = META_REFRESH.exec(html);
  return m ? m[1] : null;
}

/**
 * Whether a page's anchors are locked. `/latest/…` pages are aliases whose
 * articles change with every release, so only their page URLs are locked;
 * versioned pages are frozen with their version, anchors and all.
 */
export function locksAnchorsOf(pageUrl: string): boolean {
  return !pageUrl.startsWith(`/${LATEST}/`);
}

/** Compares URLs so that numbers sort as numbers: `/ed2/a/2/` before `/ed2/a/10/`. */
export function compareUrls(a: string, b: string): number {
  const chunks = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const ca = chunks(a);
  const cb = chunks(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i];
    const y = cb[i];
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return ca.length - cb.length;
}

/** The text of a lock file: unique entries, sorted, one per line, final newline. */
export function formatLock(entries: Iterable<string>): string {
  const list = [...new Set(entries)].sort(compareUrls);
  return list.length ? `${list.join('\n')}\n` : '';
}

/** Entries of a lock file; blank lines and `#` comment lines are ignored. */
export function parseLock(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * Reads `content/redirects.yaml`: a list of `{ from, to }` paths. Errors
 * name the entry and what to fix.
 */
export function parseRedirects(text: string, file = 'content/redirects.yaml'): Redirect[] {
  const data: unknown = parseYaml(text) ?? [];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of { from, to } entries`);
  const seen = new Set<string>();
  return data.map((item, i) => {
    const from = (item as Record<string, unknown>)?.from;
    const to = (item as Record<string, unknown>)?.to;
    if (typeof from !== 'string' || typeof to !== 'string') {
      throw new Error(`${file}: entry ${i + 1} needs string fields "from" and "to"`);
    }
    if (!/^\/(?:[a-z0-9-]+\/)*$/.test(from)) {
      throw new Error(`${file}: entry ${i + 1}: from "${from}" must be a page path like /ed2/4/5/ (no #anchor; anchors follow their page)`);
    }
    if (!to.startsWith('/')) throw new Error(`${file}: entry ${i + 1}: to "${to}" must be a site path starting with /`);
    if (seen.has(from)) throw new Error(`${file}: entry ${i + 1}: "${from}" is redirected twice`);
    seen.add(from);
    return { from, to };
  });
}

/** The result of checking a build against the lock. */
export interface LockCheck {
  /** Locked entries no longer published and not covered by a redirect. */
  missing: { entry: string; hint: string }[];
  /** Published entries not yet in the lock (`npm run lock-urls` adds them). */
  unlocked: string[];
  /** Redirect entries that are broken (target not published, or shadowing a real page). */
  badRedirects: { redirect: Redirect; problem: string }[];
}

/**
 * Checks a built site against the lock. A locked page URL is satisfied by
 * the page or by a redirect page at that path; a locked anchor on a
 * redirected page is satisfied when the redirect target has the same anchor.
 */
export function checkLock(locked: Iterable<string>, site: PublishedSite, redirects: Redirect[]): LockCheck {
  const lockedSet = new Set(locked);
  const missing: LockCheck['missing'] = [];
  for (const entry of lockedSet) {
    if (site.entries.has(entry)) continue;
    const [page, anchor] = entry.split('#');
    const target = site.redirectPages.get(page);
    if (anchor && target !== undefined) {
      if (site.entries.has(`${target.replace(/#.*$/, '')}#${anchor}`)) continue;
      missing.push({ entry, hint: `${page} redirects to ${target}, which has no #${anchor}` });
      continue;
    }
    if (anchor) {
      const present = site.anchorsByPage.get(page);
      missing.push({
        entry,
        hint: present
          ? `${page} exists but has no #${anchor}; its article anchors are: ${present.join(' ') || '(none)'}`
          : `the page ${page} is gone: add { from: ${page}, to: <new path> } to content/redirects.yaml`,
      });
    } else {
      missing.push({ entry, hint: `add { from: ${page}, to: <new path> } to content/redirects.yaml` });
    }
  }
  const unlocked = [...site.entries].filter((e) => !lockedSet.has(e)).sort(compareUrls);
  const badRedirects: LockCheck['badRedirects'] = [];
  for (const r of redirects) {
    const targetPage = r.to.replace(/#.*$/, '');
    if (!site.entries.has(r.to) && !site.entries.has(targetPage)) {
      badRedirects.push({ redirect: r, problem: `target ${r.to} is not published` });
    } else if (site.redirectPages.get(targetPage) !== undefined) {
      badRedirects.push({ redirect: r, problem: `target ${r.to} is itself a redirect; point at the final page` });
    }
    if (!site.entries.has(r.from)) {
      badRedirects.push({ redirect: r, problem: `no redirect page was generated at ${r.from}` });
    } else if (site.redirectPages.get(r.from) === undefined) {
      badRedirects.push({ redirect: r, problem: `${r.from} is a real page; a redirect there would hide it` });
    }
  }
  return { missing, unlocked, badRedirects };
}

/** One message per failure, ready to print; empty when the lock holds. */
export function describeLockFailures(check: LockCheck): string[] {
  return [
    ...check.missing.map((m) => `URL lock: ${m.entry} disappeared — ${m.hint}`),
    ...check.badRedirects.map((b) => `redirect ${b.redirect.from} → ${b.redirect.to}: ${b.problem}`),
  ];
}

// ---- file system -----------------------------------------------------------

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Scans a built `dist/` for published pages, their article anchors and redirect pages. */
export function collectPublished(distDir: string): PublishedSite {
  const entries = new Set<string>();
  const anchorsByPage = new Map<string, string[]>();
  const redirectPages = new Map<string, string>();
  for (const file of walk(distDir)) {
    const url = publishedUrlOfDistFile(relative(distDir, file));
    if (!url) continue;
    entries.add(url);
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(file, 'utf8');
    const target = redirectTargetInHtml(html);
    if (target !== null) {
      redirectPages.set(url, target);
      continue;
    }
    const anchors = articleAnchorsInHtml(html);
    anchorsByPage.set(url, anchors);
    if (locksAnchorsOf(url)) for (const a of anchors) entries.add(`${url}#${a}`);
  }
  return { entries, anchorsByPage, redirectPages };
}

/** Reads a lock file, or an empty lock if it does not exist yet. */
export function readLockFile(path: string): string[] {
  return existsSync(path) ? parseLock(readFileSync(path, 'utf8')) : [];
}

/** Reads content/redirects.yaml, or no redirects if it does not exist. */
export function readRedirectsFile(path: string): Redirect[] {
  return existsSync(path) ? parseRedirects(readFileSync(path, 'utf8'), path) : [];
}

/**
 * The whole dist check: the lock at `lockPath` against `distDir`. Returns the
 * failure messages (empty = pass) and the number of unlocked entries.
 */
export function checkDistAgainstLock(
  distDir: string,
  lockPath: string,
  redirectsPath: string,
): { failures: string[]; unlocked: string[]; locked: number } {
  const locked = readLockFile(lockPath);
  const check = checkLock(locked, collectPublished(distDir), readRedirectsFile(redirectsPath));
  return { failures: describeLockFailures(check), unlocked: check.unlocked, locked: locked.length };
}
