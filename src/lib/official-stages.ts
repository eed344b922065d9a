/**
 * The official stages of the plan that the drafting notes name (issue 6):
 * 大纲讨论稿, 过程稿, 公示稿, 送审稿, each with the month and the timeline entry
 * that names it. Read from the notes' text rather than typed in, so the
 * versions page states nothing the notes do not say.
 */
import { sourceUrl } from './ids.ts';

/** One official stage as the drafting notes name it. */
export interface OfficialStage {
  /** What the stage's text is called: 大纲讨论稿, 过程稿, 公示稿, 送审稿. */
  name: string;
  /** The `stage` a version of this text would carry in `_version.yaml`. */
  stage: '大纲' | '过程稿' | '公示稿' | '送审稿';
  year: number;
  month: number;
  /** The timeline source id, `T2023-01-2` for the second entry of a month. */
  sourceId: string;
  /** Link to the entry on /notes/. */
  url: string | null;
  /** The notes' own sentence. */
  text: string;
}

const STAGE_WORD = /讨论稿|过程稿|公示稿|送审稿/;

/**
 * The timeline entries of part 二 (编制过程): lines starting `YYYY年M月`,
 * numbered per month as the notes page anchors them (`T2023-01`, `T2023-01-2`).
 */
export function timelineEntries(notes: string): { id: string; year: number; month: number; text: string }[] {
  const start = notes.search(/^二、/m);
  const endRel = start >= 0 ? notes.slice(start).search(/^三、/m) : -1;
  const part = start >= 0 ? notes.slice(start, endRel >= 0 ? start + endRel : undefined) : notes;
  const perMonth = new Map<string, number>();
  const out: { id: string; year: number; month: number; text: string }[] = [];
  for (const line of part.split(/\r?\n/)) {
    const m = /^(\d{4})年(\d{1,2})月/.exec(line.trim());
    if (!m) continue;
    const ym = `${m[1]}-${m[2]!.padStart(2, '0')}`;
    const k = (perMonth.get(ym) ?? 0) + 1;
    perMonth.set(ym, k);
    out.push({ id: `T${ym}${k > 1 ? `-${k}` : ''}`, year: Number(m[1]), month: Number(m[2]), text: line.trim() });
  }
  return out;
}

/** The official stages named in the drafting notes, in time order. */
export function officialStages(notes: string): OfficialStage[] {
  return timelineEntries(notes).flatMap((e) => {
    const word = STAGE_WORD.exec(e.text)?.[0];
    if (!word) return [];
    const stage = word === '讨论稿' ? '大纲' : (word as OfficialStage['stage']);
    const name = word === '讨论稿' ? '大纲讨论稿' : word;
    return [{ name, stage, year: e.year, month: e.month, sourceId: e.id, url: sourceUrl(e.id), text: e.text }];
  });
}
