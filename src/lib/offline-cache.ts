/**
 * The names shared by the offline-save button (offline-save.client.ts) and
 * the service worker (public/sw.js, which repeats them because it is not
 * bundled): one Cache per saved copy of a version, `plan-offline-<v>@<hash>`,
 * complete once it holds the version's list (written last).
 */
export const OFFLINE_CACHE_PREFIX = 'plan-offline-';

/** The cache that holds the copy of `version` whose list hash is `hash`. */
export function offlineCacheName(version: string, hash: string): string {
  return `${OFFLINE_CACHE_PREFIX}${version}@${hash}`;
}

/** The version a cache name belongs to, or undefined for another cache. */
export function cacheVersion(name: string): string | undefined {
  return name.startsWith(OFFLINE_CACHE_PREFIX) ? name.slice(OFFLINE_CACHE_PREFIX.length).split('@')[0] : undefined;
}

/** A size for people: 312 KB, 4.6 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
