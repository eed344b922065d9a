/**
 * How big a version is, as its pages say it (14 章 46 节 120 条): one wording
 * for the home page, the version's contents page and the list of versions.
 * A flat version (docs/design.md) counts only its provisions, and a version
 * without sections (decimal or outline in two levels) does not count them.
 */

/** What the count needs of a version's model. */
export interface VersionSizeInput {
  version: { numbering?: string | undefined };
  chapters: readonly { sections: readonly unknown[] }[];
  articles: readonly unknown[];
}

/** `14 章 46 节 120 条` (parts joined by `separator`), without the parts the version does not have. */
export function versionSize(model: VersionSizeInput, separator = ' '): string {
  const flat = model.version.numbering === 'flat';
  const sections = model.chapters.reduce((n, c) => n + c.sections.length, 0);
  const parts = [...(flat ? [] : [`${model.chapters.length} 章`]), ...(flat || sections === 0 ? [] : [`${sections} 节`]), `${model.articles.length} 条`];
  return parts.join(separator);
}
