/**
 * Indicator tables (规划指标表, issue 11): a table whose header names 指标 and
 * at least one of 单位 / 属性 / 约束性 / 预期性 / 现状 / 目标 / 基期 / 规划期 is an
 * indicator table. Each of its rows gets an anchor (`a18-i3`, or
 * `appendix-1-i3` in an appendix part) and a § permalink in its first cell,
 * so a single indicator can be linked and cited, with a copy-citation control
 * inside an article and in an appendix part alike. Other tables are left alone.
 */
import type { Root, Table, TableRow } from 'mdast';
import type { VFile } from 'vfile';
import { appendixAnchor, appendixUrl, indicatorRowAnchor, provisionUrl } from '../lib/ids.ts';
import { citationText } from '../lib/citation.ts';
import { fileContext, type VersionInfo } from './remark-article-anchors.ts';

export interface IndicatorTableOptions {
  /** A version's title and label, for citing rows of appendix parts (附表1 …); without it those rows get anchors only. */
  versionInfo?: (versionId: string) => VersionInfo | undefined;
}

const INDICATOR_COLUMN = /单位|属性|约束性|预期性|现状|目标|基期|规划期/;

/** The plain text of a table cell. */
function cellText(node: unknown): string {
  const n = node as { value?: unknown; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return (n.children ?? []).map(cellText).join('');
}

/** Whether a table's header reads as an indicator table's. */
export function isIndicatorHeader(cells: string[]): boolean {
  return cells.some((c) => /指标/.test(c)) && cells.some((c) => INDICATOR_COLUMN.test(c));
}

/** The anchor of what holds the table: the article section around it, or the appendix part the file is. */
function containerAnchor(ancestors: unknown[], file: VFile): string | null {
  for (const a of [...ancestors].reverse()) {
    const props = (a as { data?: { hProperties?: Record<string, unknown> } }).data?.hProperties;
    const article = props?.['data-article'];
    if (typeof article === 'number' || typeof article === 'string') return `a${article}`;
  }
  const part = /appendix\/(\d+)\.mdx?$/.exec(file.path ?? '');
  return part ? appendixAnchor(Number(part[1])) : null;
}

/** The citation and path of the article around a table, from its copy-citation control (remark-article-anchors.ts). */
function articleCitation(ancestors: unknown[]): { citation: string; path: string } | null {
  const article = [...ancestors].reverse().find((a) => (a as { data?: { hProperties?: Record<string, unknown> } }).data?.hProperties?.['data-article'] !== undefined);
  let found: { citation: string; path: string } | null = null;
  const visit = (node: unknown): void => {
    const n = node as { data?: { hName?: string; hProperties?: Record<string, unknown> }; children?: unknown[] };
    const props = n.data?.hProperties;
    if (n.data?.hName === 'plan-cite' && typeof props?.['data-citation'] === 'string' && typeof props['data-path'] === 'string') {
      found ??= { citation: props['data-citation'], path: props['data-path'] };
    }
    // Only the article's own tools, not a table's: stop at nested tables.
    if ((node as { type?: string }).type !== 'table') (n.children ?? []).forEach(visit);
  };
  if (article) visit(article);
  return found;
}

/**
 * The citation and path of the appendix part a file is (附表1 规划指标表 on
 * /<v>/all/#appendix-1), from its frontmatter or path; null outside appendix parts.
 */
function appendixCitation(file: VFile, options: IndicatorTableOptions): { citation: string; path: string } | null {
  const m = /plan\/([a-z0-9-]+)\/appendix\/(\d+)\.mdx?$/.exec(file.path ?? '');
  const fm = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
  const version = typeof fm.version === 'string' ? fm.version : m?.[1];
  const part = typeof fm.part === 'number' ? fm.part : m ? Number(m[2]) : undefined;
  const info = version ? options.versionInfo?.(version) : undefined;
  if (!info || !version || part === undefined || typeof fm.title !== 'string') return null;
  return { citation: `${citationText(info)}${fm.title}`, path: appendixUrl(version, part) };
}

/** The citation and path of a 专栏 box in a chapter's or section's lead: …第二章第一节专栏1 近期规划主要指标. */
function boxCitation(file: VFile, options: IndicatorTableOptions, box: { id: string; title: string }): { citation: string; path: string } | null {
  const ctx = fileContext(file);
  const info = ctx ? options.versionInfo?.(ctx.version) : undefined;
  if (!ctx || !info) return null;
  return { citation: `${citationText({ ...info, chapter: ctx.chapter, section: ctx.section })}${box.title}`, path: provisionUrl(ctx) };
}

/** A copy-citation control for one indicator row, like an article's: 《…》（…）第十八条“耕地保有量”指标. */
function rowCitation(base: { citation: string; path: string }, name: string, id: string): unknown {
  return {
    type: 'emphasis',
    data: { hName: 'plan-cite', hProperties: { 'data-citation': `${base.citation}“${name}”指标`, 'data-path': `${base.path.replace(/#.*$/, '')}#${id}`, 'data-pagefind-ignore': 'all' } },
    children: [{ type: 'text', value: '复制引用', data: { hName: 'button', hProperties: { type: 'button', className: ['cite-button'], hidden: true } } }],
  };
}

/** The remark plugin; runs after the article anchors so it can see which article holds a table. */
export default function remarkIndicatorTables(options: IndicatorTableOptions = {}) {
  return (tree: Root, file: VFile) => {
    forEachTable(tree, [], (table, ancestors, box) => {
      const [head, ...rows] = table.children;
      if (!head || !isIndicatorHeader(head.children.map(cellText))) return;
      // Outside articles and appendix parts, a table under a 专栏 heading (a section's lead) is anchored by the box.
      const container = containerAnchor(ancestors, file) ?? box?.id ?? null;
      if (!container) return;
      const base = articleCitation(ancestors) ?? appendixCitation(file, options) ?? (box ? boxCitation(file, options, box) : null);
      table.data = { ...table.data, hProperties: { ...(table.data?.hProperties as object), className: ['indicator-table'] } };
      rows.forEach((row: TableRow, k) => {
        const id = indicatorRowAnchor(container, k + 1);
        row.data = { ...row.data, hProperties: { id } };
        const first = row.children[0];
        if (first) {
          first.children.unshift({
            type: 'link',
            url: `#${id}`,
            data: { hProperties: { className: ['permalink'], 'aria-label': `第${k + 1}项指标的固定链接`, 'data-pagefind-ignore': '' } },
            children: [{ type: 'text', value: '§' }],
          } as never, { type: 'text', value: ' ' } as never);
          const name = cellText(first).replace(/^§\s*/, '').trim();
          if (base && name) first.children.push({ type: 'text', value: ' ' } as never, rowCitation(base, name, id) as never);
        }
      });
    });
  };
}

/** A heading that remark-box-anchors.ts anchored as a 专栏 box: its id and title. */
function boxHeading(node: unknown): { id: string; title: string } | null {
  const n = node as { type?: string; data?: { hProperties?: Record<string, unknown> } };
  const id = n.type === 'heading' ? n.data?.hProperties?.id : undefined;
  return typeof id === 'string' && id.startsWith('box-') ? { id, title: cellText(node) } : null;
}

/**
 * Every table in the tree with its ancestors (tables do not nest in Markdown)
 * and the 专栏 box it stands under among its siblings, if any.
 */
function forEachTable(node: unknown, ancestors: unknown[], fn: (table: Table, ancestors: unknown[], box: { id: string; title: string } | null) => void): void {
  let box: { id: string; title: string } | null = null;
  for (const child of (node as { children?: unknown[] }).children ?? []) {
    const c = child as { type?: string };
    if (c.type === 'heading') box = boxHeading(child);
    if (c.type === 'table') fn(child as Table, [...ancestors, node], box);
    else forEachTable(child, [...ancestors, node], fn);
  }
}
