/**
 * A parsed plan → the files of one version, exactly in the shapes of
 * CONTRIBUTING.md: `_version.yaml`, `<cc>/index.mdx` per chapter, `<cc>/<ss>.mdx`
 * per section. Parts outside the chapters go to `appendix/<nn>.mdx` (00 = the
 * preamble before 第一章, 01… = 附表/附图/附录/名词解释 in text order); that
 * folder's name does not start with a digit, so the content collections and
 * the plan model (which read `[0-9]*` folders) leave it alone until the site
 * chooses to show it.
 */
import { formatArticleHeadingText, provisionNumber } from '../provision-number.ts';
import { renderMandatory, stripMarks } from '../mandatory.ts';
import type { ArticleKey } from '../align.ts';
import { escapeMdxText, escapeTableCell, yamlScalar } from './escape.ts';
import type { Block, ParsedArticle, ParsedPlan } from './types.ts';
import { annotationLines, type AnnotationInput } from './annotations.ts';

/** One entry of `changes` in `_version.yaml`. */
export interface VersionChangeInput {
  kind: 'added' | 'removed' | 'changed' | 'renumbered';
  article: number;
  from?: number;
  note?: string;
}

/** Everything `_version.yaml` holds. */
export interface VersionMetaInput {
  id: string;
  title: string;
  label: string;
  date: string;
  stage: string;
  status: 'current' | 'superseded';
  basis: string;
  /** The body that issued or compiled the text (GB/T 7714 主要责任者), when a source names it. */
  responsible?: string;
  previous?: string;
  /** The numbering scheme; written only when not law-shaped (absent means law). */
  numbering?: string;
  expect: { chapters: number; sections: number };
  changes: VersionChangeInput[];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A block as Markdown (MDX-safe). */
export function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return renderMandatory(escapeMdxText(block.text));
    case 'subheading':
      return `### ${escapeMdxText(block.text)}`;
    case 'table': {
      const width = Math.max(...block.rows.map((r) => r.length));
      const row = (cells: string[]) => `| ${Array.from({ length: width }, (_, k) => renderMandatory(escapeTableCell(cells[k] ?? ''))).join(' | ')} |`;
      const [head, ...body] = block.rows;
      return [row(head!), `|${' --- |'.repeat(width)}`, ...body.map(row)].join('\n');
    }
  }
}

function renderBlocks(blocks: Block[]): string {
  return blocks.map(renderBlock).join('\n\n');
}

/** `## 第十八条 生态保护红线` and the article's body. */
export function renderArticle(a: ParsedArticle): string {
  const heading = `## ${formatArticleHeadingText(provisionNumber(a.number, a.printed), a.title ? escapeMdxText(stripMarks(a.title).trim()) : '')}`;
  return a.blocks.length ? `${heading}\n\n${renderBlocks(a.blocks)}` : heading;
}

function flowList(items: string[]): string {
  return `[${items.map((s) => yamlScalar(s)).join(', ')}]`;
}

function articleList(articles: ParsedArticle[], keys: Map<number, ArticleKey>): string {
  if (articles.length === 0) return 'articles: []';
  const lines = articles.map((a) => {
    const k = keys.get(a.number) ?? { number: a.number, key: String(a.number) };
    return `  - { number: ${a.number}, key: ${JSON.stringify(k.key)}${k.from !== undefined ? `, from: ${k.from}` : ''} }`;
  });
  return `articles:\n${lines.join('\n')}`;
}

/** `printed: 1.2` for a chapter or section whose number the page shows as printed. */
function printedField(printed: string | undefined): string[] {
  return printed ? [`printed: ${yamlScalar(printed)}`] : [];
}

function mdx(frontmatter: string[], body: string): string {
  return `---\n${frontmatter.join('\n')}\n---\n${body ? `\n${body}\n` : ''}`;
}

/** `_version.yaml` text. */
export function renderVersionYaml(meta: VersionMetaInput): string {
  const out = [
    `id: ${yamlScalar(meta.id)}`,
    `title: ${yamlScalar(meta.title)}`,
    `label: ${yamlScalar(meta.label)}`,
    `date: ${meta.date}`,
    `stage: ${yamlScalar(meta.stage)}`,
    `status: ${meta.status}`,
    `basis: ${yamlScalar(meta.basis)}`,
    ...(meta.responsible ? [`responsible: ${yamlScalar(meta.responsible)}`] : []),
    ...(meta.previous ? [`previous: ${yamlScalar(meta.previous)}`] : []),
    ...(meta.numbering && meta.numbering !== 'law' ? [`numbering: ${meta.numbering}`] : []),
    `expect: { chapters: ${meta.expect.chapters}, sections: ${meta.expect.sections} }`,
  ];
  if (meta.changes.length === 0) out.push('changes: []');
  else {
    out.push('changes:');
    for (const c of meta.changes) {
      out.push(`  - kind: ${c.kind}`, `    article: ${c.article}`);
      if (c.from !== undefined) out.push(`    from: ${c.from}`);
      if (c.note) out.push(`    note: ${yamlScalar(c.note)}`);
    }
  }
  return out.join('\n') + '\n';
}

/**
 * All files of a version, as paths relative to the version folder → content.
 * `sources` maps "<c>.<s>" or "<c>" to source ids; `annotations` (编者注) go
 * into the frontmatter of the file that holds their article.
 */
export function renderVersion(
  plan: ParsedPlan,
  meta: VersionMetaInput,
  keys: Map<number, ArticleKey>,
  sources: Record<string, string[]>,
  annotations: AnnotationInput[] = [],
): Map<string, string> {
  const files = new Map<string, string>();
  const notesOf = (articles: ParsedArticle[]) => annotationLines(annotations.filter((n) => articles.some((a) => a.number === n.article)));
  files.set('_version.yaml', renderVersionYaml(meta));
  for (const c of plan.chapters) {
    const body = [renderBlocks(c.lead), ...c.articles.map(renderArticle)].filter(Boolean).join('\n\n');
    files.set(
      `${pad2(c.number)}/index.mdx`,
      mdx(
        [`version: ${yamlScalar(meta.id)}`, `chapter: ${c.number}`, ...printedField(c.printed), `title: ${yamlScalar(c.title)}`, `sources: ${flowList(sources[String(c.number)] ?? [])}`, articleList(c.articles, keys), ...notesOf(c.articles)],
        body,
      ),
    );
    for (const s of c.sections) {
      const sbody = [renderBlocks(s.lead), ...s.articles.map(renderArticle)].filter(Boolean).join('\n\n');
      files.set(
        `${pad2(c.number)}/${pad2(s.number)}.mdx`,
        mdx(
          [
            `version: ${yamlScalar(meta.id)}`,
            `chapter: ${c.number}`,
            `section: ${s.number}`,
            ...printedField(s.printed),
            `title: ${yamlScalar(s.title)}`,
            `sources: ${flowList(sources[`${c.number}.${s.number}`] ?? [])}`,
            articleList(s.articles, keys),
            ...notesOf(s.articles),
          ],
          sbody,
        ),
      );
    }
  }
  let appendixNumber = 0;
  for (const p of plan.parts) {
    const n = p.kind === '前言' ? 0 : ++appendixNumber;
    files.set(
      `appendix/${pad2(n)}.mdx`,
      mdx([`version: ${yamlScalar(meta.id)}`, `part: ${n}`, `kind: ${yamlScalar(p.kind)}`, `title: ${yamlScalar(p.title)}`], renderBlocks(p.blocks)),
    );
  }
  return files;
}
