/**
 * Shared helpers of the importer tests: render MDX the way the site does
 * (@mdx-js/mdx with remark-gfm) through a tiny string JSX runtime, and hash a
 * folder tree to prove a failed import changed nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Child = string | number | null | undefined | boolean | Child[];
const Fragment = Symbol('Fragment');

function renderChildren(children: Child): string {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (Array.isArray(children)) return children.map(renderChildren).join('');
  if (typeof children === 'number') return String(children);
  // Elements are pre-rendered strings wrapped so they are not escaped twice.
  if (typeof children === 'object') return (children as { html: string }).html;
  return escapeHtml(children);
}

function jsx(type: unknown, props: Record<string, unknown>): { html: string } {
  const { children, ...attrs } = props;
  if (type === Fragment) return { html: renderChildren(children as Child) };
  if (typeof type === 'function') return (type as (p: unknown) => { html: string })(props);
  const attributes = Object.entries(attrs)
    .map(([k, v]) => ` ${k === 'className' ? 'class' : k}="${escapeHtml(String(v)).replace(/"/g, '&quot;')}"`)
    .join('');
  return { html: `<${String(type)}${attributes}>${renderChildren(children as Child)}</${String(type)}>` };
}

/** Compile and run MDX (throws if it does not parse), returning its HTML. */
export async function renderMdx(source: string): Promise<string> {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const mod = await evaluate(body, { Fragment, jsx, jsxs: jsx, remarkPlugins: [remarkGfm] } as never);
  const Content = mod.default as unknown as (p: unknown) => { html: string };
  return Content({}).html;
}

/** The text of HTML: tags removed, entities decoded. */
export function htmlText(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
  // One pass, so an escaped entity (&amp;lt;, &#x26;lt;) reads back as written.
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
      e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : named[e.toLowerCase()]!,
    );
}

/** A hash of every path and byte under a folder (an empty string hash when it does not exist). */
export function hashTree(dir: string): string {
  const h = createHash('sha256');
  if (!existsSync(dir)) return h.update('absent').digest('hex');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const rel = relative(dir, p);
      if (statSync(p).isDirectory()) {
        h.update(`dir:${rel}\n`);
        walk(p);
      } else {
        h.update(`file:${rel}\n`).update(readFileSync(p));
      }
    }
  };
  walk(dir);
  return h.digest('hex');
}
