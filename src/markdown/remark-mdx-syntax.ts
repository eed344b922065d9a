/**
 * Read Markdown with MDX's syntax rules, less JSX and expressions: no indented
 * code, no raw HTML, no `<…>` autolinks. Plan files are written as MDX (the
 * importer escapes `<`, `{` and the like) and rendered as Markdown
 * (plan-html.ts), so a line indented four spaces stays a paragraph and a
 * `<…>` stays text, as they were when the files were compiled as MDX. The
 * rules are MDX's own micromark extension, not a copy of its list.
 */
import { mdxMd } from 'micromark-extension-mdx-md';
import type { Processor } from 'unified';

export default function remarkMdxSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(mdxMd());
}
