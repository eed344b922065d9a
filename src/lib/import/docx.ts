/**
 * Word (.docx) → {@link SourceLine}s through mammoth's HTML: each Word
 * paragraph, heading and list item becomes one exact line (never joined to its
 * neighbour), a soft line break splits a paragraph, and a Word table becomes
 * one line carrying its rows. Bookmarks (mammoth writes them as empty anchors)
 * and images are dropped; everything else is the same parser's business.
 */
import mammoth from 'mammoth';
import { removeArtefacts } from './clean.ts';
import type { Diagnostic, SourceLine } from './types.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Turn mammoth's HTML into lines. Exported for tests; the HTML is the small,
 * regular subset mammoth writes (h1–h6, p, ul/ol/li, table/tr/td/th, a, br,
 * strong, em, sup, sub, img).
 */
export function htmlToLines(html: string): { lines: SourceLine[]; images: number; listItems: number } {
  const lines: SourceLine[] = [];
  let images = 0;
  let listItems = 0;
  let buffer = '';
  let headingLevel = 0;
  // A stack of open tables; each holds its rows and the cell being filled.
  const tables: { rows: string[][]; cell: string[] | null; row: string[] | null; pad: number }[] = [];
  const push = (text: string, level = 0) => {
    for (const part of text.split('\n')) {
      const t = removeArtefacts(part).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
      if (!t) continue;
      lines.push({ line: lines.length + 1, text: t, indent: 0, exact: true, ...(level ? { headingLevel: level } : {}) });
    }
  };
  const endBlock = () => {
    const t = tables.at(-1);
    if (t?.cell) t.cell.push(buffer);
    else push(buffer, headingLevel);
    buffer = '';
  };
  for (const token of html.split(/(<[^>]*>)/)) {
    if (!token) continue;
    if (token[0] !== '<') {
      buffer += decodeEntities(token);
      continue;
    }
    const m = /^<(\/?)([a-z0-9]+)/i.exec(token);
    if (!m) continue;
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    switch (tag) {
      case 'br':
        buffer += '\n';
        break;
      case 'img':
        images++;
        break;
      case 'p':
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      case 'li':
        if (!closing) {
          if (buffer.trim()) endBlock();
          buffer = '';
          headingLevel = tag[0] === 'h' ? Number(tag[1]) : 0;
          if (tag === 'li') listItems++;
        } else {
          endBlock();
          headingLevel = 0;
        }
        break;
      case 'table':
        if (!closing) {
          if (buffer.trim()) endBlock();
          tables.push({ rows: [], cell: null, row: null, pad: 0 });
        } else {
          const t = tables.pop();
          if (!t) break;
          const rows = t.rows.filter((r) => r.length > 0);
          const outer = tables.at(-1);
          // A table nested in a cell is flattened into that cell's text.
          if (outer?.cell) outer.cell.push(rows.map((r) => r.join(' ')).join(' '));
          else if (rows.length) lines.push({ line: lines.length + 1, text: rows.map((r) => r.join('\t')).join(' / '), indent: 0, exact: true, table: rows });
        }
        break;
      case 'tr': {
        const t = tables.at(-1);
        if (!t) break;
        if (!closing) t.row = [];
        else if (t.row) {
          t.rows.push(t.row);
          t.row = null;
        }
        break;
      }
      case 'td':
      case 'th': {
        const t = tables.at(-1);
        if (!t) break;
        if (!closing) {
          t.cell = [];
          buffer = '';
          // A merged cell (colspan) is padded with empty cells so columns line up.
          t.pad = Number(/colspan="(\d+)"/.exec(token)?.[1] ?? 1) - 1;
        } else if (t.cell) {
          if (buffer.trim()) t.cell.push(buffer);
          buffer = '';
          t.row?.push(t.cell.map((c) => removeArtefacts(c).trim()).filter(Boolean).join(' '));
          for (let k = 0; k < t.pad; k++) t.row?.push('');
          t.cell = null;
        }
        break;
      }
      default:
        break; // inline formatting and anchors (bookmarks) carry no text of their own
    }
  }
  if (buffer.trim()) endBlock();
  return { lines, images, listItems };
}

/** Read a .docx into lines, with warnings for what Word keeps outside the text (images, list numbers). */
export async function docxToLines(bytes: Uint8Array): Promise<{ lines: SourceLine[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      // Images are not imported: don't spend time base64-encoding them.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (e) {
    throw new Error(`not a readable .docx (${(e as Error).message}): save the file again from Word as .docx`);
  }
  const { lines, images, listItems } = htmlToLines(html);
  if (images > 0) diagnostics.push({ severity: 'warning', line: null, message: `${images} image(s) in the Word file were not imported (figures belong in 附图)` });
  if (listItems > 0) {
    diagnostics.push({ severity: 'warning', line: null, message: `${listItems} Word list paragraph(s): automatic list numbers are not part of the text and were not imported; check the enumerations` });
  }
  return { lines, diagnostics };
}
