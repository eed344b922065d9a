/**
 * The three downloads of a version — Word, PDF and plain text — with the
 * size and sha256 that `/versions/`, the version's contents page and
 * `/<v>/plan.json` publish beside each link.
 */
import { createHash } from 'node:crypto';
import { downloadUrl } from '../ids.ts';
import type { DownloadDocument } from './document.ts';
import { planDocx } from './plan-docx.ts';
import { planPdf } from './plan-pdf.ts';
import { planText } from './plan-text.ts';

/** The formats, in the order they are offered. */
export const DOWNLOAD_FORMATS = [
  { format: 'docx', name: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { format: 'pdf', name: 'PDF', mime: 'application/pdf' },
  { format: 'txt', name: '纯文本', mime: 'text/plain; charset=utf-8' },
] as const;

export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number]['format'];

/** One download as it is published. */
export interface DownloadFile {
  format: DownloadFormat;
  /** Shown beside the link: Word, PDF, 纯文本. */
  name: string;
  mime: string;
  /** Site path, e.g. /ed2/plan.pdf. */
  url: string;
  /** The name a browser saves it under: 《title》（label）.pdf. */
  fileName: string;
  bytes: Uint8Array;
  size: number;
  sha256: string;
}

const MAKERS: Record<DownloadFormat, (doc: DownloadDocument) => Promise<Uint8Array> | Uint8Array> = {
  docx: planDocx,
  pdf: planPdf,
  // With a byte-order mark: a browser or Notepad shown the file without a charset reads it as UTF-8, not as
  // windows-1252 (the importer drops the mark, so the file still re-imports as the version).
  txt: (doc) => new TextEncoder().encode(`\uFEFF${planText(doc)}`),
};

/** Make every download of a version. */
export async function makeDownloads(doc: DownloadDocument): Promise<DownloadFile[]> {
  return Promise.all(
    DOWNLOAD_FORMATS.map(async ({ format, name, mime }) => {
      const bytes = await MAKERS[format](doc);
      return {
        format,
        name,
        mime,
        url: downloadUrl(doc.id, format),
        fileName: `${doc.title}（${doc.label}）.${format}`,
        bytes,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    }),
  );
}
