/**
 * The names a plan's cover gives a text's stage (（送审稿）, 报批稿,
 * 征求意见稿…), in one list: the cover reader recognises them all as cover
 * lines (text-shapes.ts), and the import reads the site's stage from those
 * the site has a stage for (run.ts). A new name is added here once.
 */
import { COMPILED_STAGE, STAGES } from '../schemas.ts';

/** One of the site's stages (schemas.ts). */
export type Stage = (typeof STAGES)[number];

/**
 * Every stage name a cover may give, with the site's stage it is; null for a
 * name the site has no stage for (讨论稿, 草案…): still a cover line, but the
 * stage is then asked for. The site's own stages come first, as themselves.
 */
export const COVER_STAGE_NAMES: ReadonlyArray<readonly [name: string, stage: Stage | null]> = [
  ...STAGES.filter((x) => x !== COMPILED_STAGE && x !== '修改').map((s) => [s, s] as const),
  // Submitted for approval is 送审稿; out for comment, 公示稿 (the importer tester's list of 2026-12-03).
  ['报批稿', '送审稿'],
  ['审批稿', '送审稿'],
  ['征求意见稿', '公示稿'],
  ['审议稿', null],
  ['讨论稿', null],
  ['修改稿', null],
  ['草案', null],
  ['初稿', null],
  ['成果稿', null],
];

/** The names as a regular-expression alternation (公开征求意见稿 included). */
export const COVER_STAGE_PATTERN = COVER_STAGE_NAMES.map(([name]) => (name === '征求意见稿' ? '(?:公开)?征求意见稿' : name)).join('|');
