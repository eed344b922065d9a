/**
 * What every download of a version is made from: the version as
 * `/<v>/plan.json` carries it (src/lib/canonical-text.ts), so the downloads,
 * the JSON and the pages read one model, plus the reader-facing notice.
 */
import type { PlanJson } from '../canonical-text.ts';

/** The word before a download's address on its title page (网络版：https://…); the importer knows it too (a download is a cover there). */
export const ADDRESS_LABEL = '网络版';

/** The title page's address line of every download: 网络版：https://…/ed3/. */
export function addressLine(url: string): string {
  return `${ADDRESS_LABEL}：${url}`;
}

/** A figure to place in Word and PDF downloads (附图N as a PNG). */
export interface DownloadFigure {
  /** e.g. 附图1 */
  label: string;
  title: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** One version, ready to be written as .txt, .docx or .pdf. */
export type DownloadDocument = Pick<PlanJson, 'id' | 'title' | 'label' | 'date' | 'stage' | 'url' | 'chapters' | 'appendices'> & {
  /** Shown on the title page: what this text is (e.g. that it is a compiled edition). */
  notice: string;
  /** Figures in their order; empty when the site draws none. */
  figures: ReadonlyArray<DownloadFigure>;
};

/** The parts outside the chapters, split into the preamble (part 0) and the rest, in order. */
export function splitAppendices(doc: Pick<DownloadDocument, 'appendices'>): { preamble: PlanJson['appendices']; back: PlanJson['appendices'] } {
  const sorted = [...doc.appendices].sort((a, b) => a.part - b.part);
  return { preamble: sorted.filter((p) => p.part === 0), back: sorted.filter((p) => p.part > 0) };
}
