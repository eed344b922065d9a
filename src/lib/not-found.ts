/**
 * What the 404 page offers: the same path in the newest version. A path whose
 * first segment is a version id (known or not: `/ed9/4/2/`, `/2023-08-sstg/a/18/`)
 * maps to `/latest/<rest>`; a path that is already under `/latest/` falls back
 * to the newest contents.
 */
export function suggestLatestPath(pathname: string, versions: string[], latest = 'latest'): string | null {
  const m = /^\/([a-z0-9-]+)(?:\/(.*))?$/.exec(pathname);
  if (!m) return null;
  const first = m[1]!;
  // A typed URL may lack the trailing slash (`/ed9/4/2`); its last part still counts.
  const rest = !m[2] || m[2].endsWith('/') ? (m[2] ?? '') : `${m[2]}/`;
  if (first === latest) return `/${latest}/`;
  const looksLikeVersion = versions.includes(first) || /^(ed\d+|\d{4}-\d{2}[a-z0-9-]*|v\d+)$/.test(first);
  if (!looksLikeVersion) return null;
  // Keep only the part of the path the URL scheme knows: <c>/<s>/, a/<n>/, all/.
  const known = /^(\d+\/(\d+\/)?|a\/\d+\/|all\/|references\/)?/.exec(rest)?.[0] ?? '';
  return `/${latest}/${known}`;
}
