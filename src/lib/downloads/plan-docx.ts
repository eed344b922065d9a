/**
 * A version as a Word document (.docx), made with the `docx` package: a title
 * page with the version label and the notice, a table of contents, 章 and 节
 * as Word's Heading 1 and Heading 2 (so the navigation pane and the TOC work),
 * each article as Heading 3 kept with its first paragraph, tables as tables
 * and figures as images with captions.
 *
 * The bytes are reproducible: the document's dates are the version's date and
 * the zip entries carry a fixed time (see `reproducibleZip`).
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { articleLabel, chapterLabel, sectionLabel } from '../citation.ts';
import { markdownBlocks, shownRows, type TableBlock, type TextBlock } from './blocks.ts';
import { addressLine, splitAppendices, type DownloadDocument, type DownloadFigure } from './document.ts';

const FONT = { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Times New Roman', eastAsia: '黑体', hAnsi: 'Times New Roman' };
const SPACE = '\u3000';

const join = (label: string, title?: string) => (title ? (label ? `${label}${SPACE}${title}` : title) : label);

/** A Word table: its header row bold and repeated on each page; a table printed without a header (`header` false) without its empty one. */
function table(block: TableBlock): Table {
  const rows = shownRows(block);
  const width = Math.max(...block.rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((row, r) => {
      const head = block.header && r === 0;
      return new TableRow({
        tableHeader: head,
        children: Array.from({ length: width }, (_, k) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: row[k] ?? '', bold: head })] })] })),
      });
    }),
  });
}

function blockChildren(block: TextBlock): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ text: block.text, indent: { firstLine: 480 } })];
    case 'subheading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_4 })];
    case 'table':
      return [table(block), new Paragraph({})];
  }
}

const body = (markdown: string | undefined) => markdownBlocks(markdown ?? '').flatMap(blockChildren);

/** The tallest a figure is drawn, in pixels at 96 dpi: the A4 page's text height (930) less its caption's lines. */
const FIGURE_MAX_HEIGHT = 870;

function figureChildren(f: DownloadFigure): FileChild[] {
  // 15 cm wide at most (A4 less margins), and narrowed until it and its caption fit the page's 24.6 cm
  // (FIGURE_MAX_HEIGHT); docx sizes images in pixels at 96 dpi.
  const width = Math.min(567, f.width, Math.floor((FIGURE_MAX_HEIGHT * f.width) / f.height));
  const height = Math.round((f.height * width) / f.width);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new ImageRun({ type: 'png', data: f.png, transformation: { width, height }, altText: { name: f.label, title: f.title, description: join(f.label, f.title) } })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, style: 'Caption', text: join(f.label, f.title) }),
  ];
}

function titlePage(doc: DownloadDocument): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 2400 }, text: doc.title }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480 }, children: [new TextRun({ text: doc.label, size: 32 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, text: `${doc.stage} · ${doc.date}` }),
    new Paragraph({ spacing: { before: 1200 }, border: { top: { style: 'single', size: 6, color: '999999', space: 8 } }, children: [new TextRun({ text: doc.notice })] }),
    new Paragraph({ children: [new TextRun({ text: addressLine(doc.url), color: '555555' })] }),
    // Not a heading style, so the contents do not list themselves.
    new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: '目录', bold: true, size: 32, font: HEADING_FONT })] }),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

function planChildren(doc: DownloadDocument): FileChild[] {
  const out: FileChild[] = [];
  const article = (a: DownloadDocument['chapters'][number]['articles'][number]) =>
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, text: join(articleLabel(a.number, a.printed), a.title) }), ...body(a.markdown));
  const { preamble, back } = splitAppendices(doc);
  for (const p of preamble) out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: p.title }), ...body(p.markdown));
  for (const c of doc.chapters) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: join(c.label ?? chapterLabel(c.number), c.title) }), ...body(c.intro));
    c.articles.forEach(article);
    for (const s of c.sections) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, text: join(s.label ?? sectionLabel(s.number), s.title) }), ...body(s.intro));
      s.articles.forEach(article);
    }
  }
  for (const p of back) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: p.title }), ...body(p.markdown));
    if (p.kind === '附图') out.push(...doc.figures.flatMap(figureChildren));
  }
  return out;
}

function styles() {
  const heading = (size: number, extra: object = {}) => ({ run: { font: HEADING_FONT, size, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true }, ...extra });
  return {
    default: {
      document: { run: { font: FONT, size: 24 }, paragraph: { spacing: { line: 360 } } },
      title: { run: { font: HEADING_FONT, size: 44, bold: true, color: '000000' } },
      heading1: heading(32, { paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, keepNext: true, keepLines: true } }),
      heading2: heading(28, { paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } }),
      heading3: heading(24),
      heading4: heading(24),
    },
  };
}

/**
 * `docx` numbers bookmarks (`_Toc<n>`) and drawings from counters that live
 * as long as the process, so the second document of a build would differ from
 * the first: number them from 1 in each document instead.
 */
function renumberIds(xml: string): string {
  const tocs = [...xml.matchAll(/_Toc(\d+)/g)].map((m) => Number(m[1]));
  const offset = tocs.length ? Math.min(...tocs) - 1 : 0;
  let drawing = 0;
  return xml
    .replace(/_Toc(\d+)/g, (_m, n: string) => `_Toc${Number(n) - offset}`)
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g, (_m, head: string, n: string) => `${head}${Number(n) - offset}"`)
    .replace(/(<wp:docPr\b[^>]*\bid=")(\d+)"/g, (_m, head: string) => `${head}${++drawing}"`);
}

/** Rewrite a zip with fixed entry times and fixed document dates, so equal content gives equal bytes. */
export function reproducibleZip(zip: Uint8Array, date: string): Uint8Array {
  const entries = unzipSync(zip);
  const body = entries['word/document.xml'];
  if (body) entries['word/document.xml'] = strToU8(renumberIds(strFromU8(body)));
  const core = entries['docProps/core.xml'];
  if (core) entries['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${date}T00:00:00Z`));
  const mtime = new Date(`${date}T00:00:00Z`);
  const sorted = Object.fromEntries(Object.keys(entries).sort().map((name) => [name, [entries[name]!, { mtime }] as [Uint8Array, { mtime: Date }]]));
  return zipSync(sorted, { level: 9 });
}

/** The Word download of a version. */
export async function planDocx(doc: DownloadDocument): Promise<Uint8Array> {
  const word = new Document({
    title: `${doc.title}（${doc.label}）`,
    creator: doc.title,
    lastModifiedBy: doc.title,
    description: doc.notice,
    revision: 1,
    styles: styles(),
    features: { updateFields: true },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1588, right: 1588 }, pageNumbers: { start: 1 } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${doc.title}（${doc.label}）`, size: 18, color: '555555' })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 18 })] })] }) },
        children: [...titlePage(doc), ...planChildren(doc)],
      },
    ],
  });
  return reproducibleZip(new Uint8Array(await Packer.toBuffer(word)), doc.date);
}
