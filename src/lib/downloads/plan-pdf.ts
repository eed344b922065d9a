/**
 * A version as an A4 PDF, made with pdfkit at build time (no browser): a
 * title page with the notice, a contents page with page numbers and links, a
 * running header (plan title and version label) and page numbers, bookmarks
 * for 章 and 节, figures, and Chinese typesetting: lines justified and broken
 * by the 避头尾 rules (cjk-lines.ts), an article heading never left alone at
 * the foot of a page, each chapter on a new page.
 *
 * The font is Noto Serif SC (SIL Open Font License) from the npm package
 * `@expo-google-fonts/noto-serif-sc`, which ships whole TrueType files;
 * pdfkit embeds only the glyphs used. The document's dates are the version's
 * date, so the same content gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { articleLabel, chapterLabel, sectionLabel } from '../citation.ts';
import { markdownBlocks, shownRows, type TableBlock, type TextBlock } from './blocks.ts';
import { breakLines } from './cjk-lines.ts';
import { addressLine, splitAppendices, type DownloadDocument, type DownloadFigure } from './document.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
/** The font files, resolved from node_modules. */
export const PDF_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf'),
};

let fontBytes: Record<Font, Buffer> | undefined;

/** The two fonts' bytes (15 MB each), read once per build instead of again for every PDF. */
function fontFiles(): Record<Font, Buffer> {
  return (fontBytes ??= { regular: readFileSync(PDF_FONTS.regular), bold: readFileSync(PDF_FONTS.bold) });
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 72, bottom: 64, side: 68 };
const WIDTH = A4.width - 2 * MARGIN.side;
const BOTTOM = A4.height - MARGIN.bottom;
const BODY = 11;
const LEADING = 1.8;
const SPACE = '\u3000';
const label = (l: string, title?: string) => (title ? (l ? `${l}${SPACE}${title}` : title) : l);

type Pdf = PDFKit.PDFDocument;
type Font = 'regular' | 'bold';

/** A heading in the contents: where it is, for the page number and the link. */
interface TocEntry {
  text: string;
  level: 1 | 2;
  page: number;
  dest: string;
}

/** The flow of text down the pages; `page` counts from 1. */
class Flow {
  y = MARGIN.top;
  page = 1;
  readonly toc: TocEntry[] = [];
  private widths = new Map<string, number>();
  private outline: PDFKit.PDFOutline | undefined;

  constructor(readonly pdf: Pdf) {}

  measure(font: Font, size: number): (s: string) => number {
    return (s) => {
      const key = `${font}${size}${s}`;
      let w = this.widths.get(key);
      if (w === undefined) this.widths.set(key, (w = this.pdf.font(font).fontSize(size).widthOfString(s)));
      return w;
    };
  }

  newPage(): void {
    this.pdf.addPage();
    this.page++;
    this.y = MARGIN.top;
  }

  /** Start a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  /** Justified lines; the last line of a paragraph is set flush left. */
  lines(lines: string[], o: { font: Font; size: number; indent?: number; align?: 'center'; x?: number; width?: number }): void {
    const lh = o.size * LEADING;
    const x0 = o.x ?? MARGIN.side;
    const width = o.width ?? WIDTH;
    const measure = this.measure(o.font, o.size);
    lines.forEach((line, i) => {
      this.ensure(lh);
      const indent = i === 0 ? (o.indent ?? 0) : 0;
      const w = measure(line);
      const chars = [...line].length;
      const last = i === lines.length - 1;
      const spread = !last && !o.align && chars > 1 ? (width - indent - w) / (chars - 1) : 0;
      const x = o.align === 'center' ? x0 + (width - w) / 2 : x0 + indent;
      this.pdf.font(o.font).fontSize(o.size).text(line, x, this.y, { lineBreak: false, characterSpacing: Math.max(0, Math.min(spread, o.size * 0.5)) });
      this.y += lh;
    });
  }

  paragraph(text: string, o: { font?: Font; size?: number; indent?: boolean; align?: 'center' } = {}): void {
    const size = o.size ?? BODY;
    const font = o.font ?? 'regular';
    const indent = o.indent === false || o.align ? 0 : size * 2;
    this.lines(breakLines(text, WIDTH, this.measure(font, size), WIDTH - indent), { font, size, indent, ...(o.align ? { align: o.align } : {}) });
  }

  /** A heading kept with at least two lines of what follows; listed in the contents and bookmarks at level 1 or 2. */
  heading(text: string, o: { size: number; align?: 'center'; level?: 1 | 2; before: number }): void {
    this.ensure(o.before + o.size * LEADING + 2 * BODY * LEADING);
    if (this.y > MARGIN.top) this.y += o.before;
    if (o.level) {
      const dest = `h${this.toc.length + 1}`;
      this.pdf.addNamedDestination(dest, 'XYZ', 0, A4.height - this.y + 12, null);
      this.toc.push({ text, level: o.level, page: this.page, dest });
      const parent = o.level === 1 ? this.pdf.outline : (this.outline ?? this.pdf.outline);
      const item = parent.addItem(text);
      if (o.level === 1) this.outline = item;
    }
    this.paragraph(text, { font: 'bold', size: o.size, indent: false, ...(o.align ? { align: o.align } : {}) });
    this.y += BODY * 0.3;
  }

  /** A table, its header row bold; one printed without a header (`header` false) without its empty row. */
  table(block: TableBlock): void {
    const rows = shownRows(block);
    const cols = Math.max(...block.rows.map((r) => r.length));
    const cw = WIDTH / cols;
    const size = BODY - 1.5;
    const lh = size * LEADING;
    for (const [r, row] of rows.entries()) {
      const font: Font = block.header && r === 0 ? 'bold' : 'regular';
      const cells = Array.from({ length: cols }, (_, k) => breakLines(row[k] ?? '', cw - 8, this.measure(font, size)));
      const h = Math.max(1, ...cells.map((c) => c.length)) * lh + 6;
      this.ensure(h);
      const top = this.y;
      cells.forEach((lines, k) => {
        this.y = top + 3;
        this.pdf.lineWidth(0.5).strokeColor('#666').rect(MARGIN.side + k * cw, top, cw, h).stroke();
        this.lines(lines, { font, size, align: 'center', x: MARGIN.side + k * cw + 4, width: cw - 8 });
      });
      this.y = top + h;
    }
    this.y += BODY;
  }

  figure(f: DownloadFigure): void {
    // A tall drawing is narrowed until it and its caption fit one page.
    const w = Math.min(WIDTH, f.width * 0.75, ((BOTTOM - MARGIN.top - BODY * LEADING * 3) * f.width) / f.height);
    const h = (f.height * w) / f.width;
    this.ensure(h + BODY * LEADING * 2);
    this.pdf.image(Buffer.from(f.png), MARGIN.side + (WIDTH - w) / 2, this.y, { width: w, height: h });
    this.y += h + 6;
    this.paragraph(label(f.label, f.title), { size: BODY - 1, align: 'center' });
    this.y += BODY;
  }

  blocks(blocks: TextBlock[]): void {
    for (const b of blocks) {
      if (b.kind === 'paragraph') this.paragraph(b.text);
      else if (b.kind === 'subheading') this.heading(b.text, { size: BODY, before: BODY * 0.6 });
      else this.table(b);
    }
  }
}

function titlePage(flow: Flow, doc: DownloadDocument): void {
  flow.y = 220;
  flow.paragraph(doc.title, { font: 'bold', size: 22, align: 'center' });
  flow.y += 24;
  flow.paragraph(doc.label, { size: 16, align: 'center' });
  flow.paragraph(`${doc.stage} · ${doc.date}`, { size: 11, align: 'center' });
  flow.y = 600;
  flow.pdf.lineWidth(0.5).strokeColor('#999').moveTo(MARGIN.side, flow.y).lineTo(MARGIN.side + WIDTH, flow.y).stroke();
  flow.y += 12;
  flow.paragraph(doc.notice, { size: 10.5 });
  flow.paragraph(addressLine(doc.url), { size: 9, indent: false });
}

const TOC_LINE = BODY * 2;
const tocPages = (entries: number) => Math.max(1, Math.ceil((entries * TOC_LINE + 60) / (BOTTOM - MARGIN.top)));

function planBody(flow: Flow, doc: DownloadDocument): void {
  const body = (md: string | undefined) => flow.blocks(markdownBlocks(md ?? ''));
  const article = (a: DownloadDocument['chapters'][number]['articles'][number]) => {
    flow.heading(label(articleLabel(a.number, a.printed), a.title), { size: BODY, before: BODY * 0.8 });
    body(a.markdown);
  };
  const part = (p: DownloadDocument['appendices'][number]) => {
    flow.newPage();
    flow.heading(p.title, { size: 16, align: 'center', level: 1, before: 0 });
    body(p.markdown);
    if (p.kind === '附图') doc.figures.forEach((f) => flow.figure(f));
  };
  const { preamble, back } = splitAppendices(doc);
  preamble.forEach(part);
  for (const c of doc.chapters) {
    flow.newPage();
    flow.heading(label(c.label ?? chapterLabel(c.number), c.title), { size: 16, align: 'center', level: 1, before: 0 });
    body(c.intro);
    c.articles.forEach(article);
    for (const s of c.sections) {
      flow.heading(label(s.label ?? sectionLabel(s.number), s.title), { size: 13, align: 'center', level: 2, before: BODY * 1.2 });
      body(s.intro);
      s.articles.forEach(article);
    }
  }
  back.forEach(part);
}

/** The contents, drawn on the pages reserved for them once the page numbers are known. */
function contents(flow: Flow, firstPage: number): void {
  const pdf = flow.pdf;
  let page = firstPage;
  pdf.switchToPage(page - 1);
  let y = MARGIN.top;
  pdf.font('bold').fontSize(16).text('目录', MARGIN.side, y, { width: WIDTH, align: 'center', lineBreak: false });
  y += 48;
  for (const e of flow.toc) {
    if (y + TOC_LINE > BOTTOM) {
      pdf.switchToPage(page++);
      y = MARGIN.top;
    }
    const x = MARGIN.side + (e.level === 2 ? BODY * 2 : 0);
    const num = String(e.page);
    const font: Font = e.level === 1 ? 'bold' : 'regular';
    pdf.font(font).fontSize(BODY).text(e.text, x, y, { lineBreak: false });
    const numWidth = pdf.widthOfString(num);
    const textEnd = x + pdf.widthOfString(e.text) + 6;
    const dotsEnd = MARGIN.side + WIDTH - numWidth - 6;
    const dot = pdf.widthOfString('·');
    if (dotsEnd > textEnd) pdf.fillColor('#888').text('·'.repeat(Math.floor((dotsEnd - textEnd) / dot)), textEnd, y, { lineBreak: false }).fillColor('black');
    pdf.text(num, MARGIN.side + WIDTH - numWidth, y, { lineBreak: false });
    pdf.goTo(x, y, WIDTH - (x - MARGIN.side), BODY * 1.4, e.dest);
    y += TOC_LINE;
  }
}

/** Running header and page number on every page but the title page. */
function pageFurniture(pdf: Pdf, doc: DownloadDocument): void {
  const { count } = pdf.bufferedPageRange();
  for (let i = 1; i < count; i++) {
    pdf.switchToPage(i);
    const head = `${doc.title}（${doc.label}）`;
    pdf.font('regular').fontSize(8.5).fillColor('#555');
    pdf.text(head, MARGIN.side, 40, { width: WIDTH, align: 'center', lineBreak: false });
    pdf.lineWidth(0.4).strokeColor('#999').moveTo(MARGIN.side, 56).lineTo(MARGIN.side + WIDTH, 56).stroke();
    pdf.text(`— ${i + 1} —`, MARGIN.side, A4.height - 44, { width: WIDTH, align: 'center', lineBreak: false });
    pdf.fillColor('black');
  }
}

/** The PDF download of a version. */
export function planPdf(doc: DownloadDocument): Promise<Uint8Array> {
  const when = new Date(`${doc.date}T00:00:00Z`);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    autoFirstPage: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: `${doc.title}（${doc.label}）`, Subject: doc.notice, Creator: doc.title, Producer: 'PDFKit', CreationDate: when, ModDate: when },
  });
  const fonts = fontFiles();
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  const flow = new Flow(pdf);
  titlePage(flow, doc);
  const entries = splitAppendices(doc).preamble.length + splitAppendices(doc).back.length + doc.chapters.reduce((n, c) => n + 1 + c.sections.length, 0);
  const reserved = tocPages(entries);
  for (let i = 0; i < reserved; i++) flow.newPage();
  planBody(flow, doc);
  contents(flow, 2);
  pageFurniture(pdf, doc);
  pdf.end();
  return done;
}
