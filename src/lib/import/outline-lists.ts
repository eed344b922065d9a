/**
 * In the outline scheme (一、 / （一） / 1. / （1）) a line starting `1.` is
 * either a provision heading or an item of an ordinary numbered list inside a
 * provision (issue 11). Near-term plans (近期规划) write a provision heading as
 * a short title on a line of its own with its text after it (`1. 规划目标`),
 * and a list item as a sentence (`1. 严格落实耕地保护任务。`), often after a
 * lead-in ending in ：, restarting at 1. inside a provision. This module holds
 * that rule, so the tree builder only asks.
 */
import { isTitleLike } from './text-shapes.ts';

/** What the tree builder knows when it meets a `1.` line in an outline text. */
export interface OutlineItemContext {
  /** What follows the number (`规划目标`, `严格落实……。`). */
  rest: string;
  /** The number on the line (1 for `1.`). */
  number: number;
  /** The provision number expected next in the open section or chapter. */
  expected: number;
  /** The last line of the open paragraph, if any (a lead-in ends in ：). */
  openText: string | null;
  /** A provision is open: its body is where a restarted list stands. */
  inProvision: boolean;
  /** The number of the list item read last in the open provision or section (null: no list open). */
  listRun: number | null;
  /** The next non-blank line is body text (not a heading of any level, not the end of the text). */
  nextIsBody: boolean;
}

/** Longest provision title, in characters, that still reads as a title. */
const TITLE_MAX = 25;

/**
 * Whether a `1.` line is a list item rather than a provision heading. It is a
 * heading only when it is short and title-like (no 。；，：！？), is followed
 * by body text, does not follow a lead-in ending in ：, does not continue the
 * list just read (its next number), and is not a `1.` restarting inside a
 * provision.
 */
export function isOutlineListItem(c: OutlineItemContext): boolean {
  // isTitleLike trims, so the space after `1.` needs no removing here.
  if (!isTitleLike(c.rest, TITLE_MAX)) return true;
  if (c.openText !== null && /[：:]$/.test(c.openText.trim())) return true;
  if (!c.nextIsBody) return true;
  if (c.listRun !== null && c.number === c.listRun + 1) return true;
  return c.inProvision && c.number === 1 && c.number !== c.expected;
}
