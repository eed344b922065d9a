/**
 * The content loader for plan files: Astro's glob(), except that an `.mdx`
 * file is read for its frontmatter and body only. glob() hands every MDX file
 * to Vite as a module to compile and bundle; plan files hold no JSX, and the
 * pages render their bodies as Markdown (src/markdown/plan-html.ts), which
 * keeps them out of the bundle: at ten times the content that bundle took
 * most of a build's time and memory (issue 17). The files stay `.mdx`, as the
 * importer writes them and as URLs, locks and the guide name them.
 */
import { glob, type Loader } from 'astro/loaders';

/** What glob() reads a file type with. */
interface EntryType {
  getEntryInfo: (params: { fileUrl: URL; contents: string }) => unknown;
}
/** The loader context, with the file types Astro's content layer gives glob() beside the public fields. */
type Context = Parameters<Loader['load']>[0] & { entryTypes?: Map<string, EntryType> };

/** glob() over `options`, its `.mdx` files kept as data and body, never as modules. */
export function markdownFiles(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    name: 'plan-markdown-files',
    load: (context: Context) => inner.load({ ...context, entryTypes: asData(context.entryTypes) } as Context),
  };
}

/** The entry types with MDX's reduced to reading frontmatter and body (no content module, no render function). */
function asData(entryTypes: Context['entryTypes']): Map<string, EntryType> {
  // An internal field: should an Astro release drop it, say so rather than build pages without their text.
  if (!(entryTypes instanceof Map)) throw new Error('src/data/markdown-files.ts: Astro\'s content layer no longer gives loaders `entryTypes`; read the .mdx files another way (see glob() in node_modules/astro/dist/content/loaders/glob.js).');
  if (!entryTypes.has('.mdx')) throw new Error('src/data/markdown-files.ts: no entry type reads .mdx files: keep mdx() in the integrations of astro.config.mjs (it reads the plan files\' frontmatter).');
  return new Map([...entryTypes].map(([ext, type]) => [ext, ext === '.mdx' ? { getEntryInfo: type.getEntryInfo } : type]));
}
