/**
 * The reader's font sizes as the size control names them (issue 14: the
 * control says the current size between A− and A+, and the step that has
 * nowhere to go is disabled). One definition for the server, which renders
 * the control for the default size, and reader-settings.client.ts, which
 * updates it when the size changes.
 */
export const SIZES = ['normal', 'large', 'xlarge'] as const;
/** A font size; `normal` is the default (no `data-size` on <html>). */
export type Size = (typeof SIZES)[number];

/** What the control shows between A− and A+. */
export const SIZE_NAMES: Record<Size, string> = { normal: '标准', large: '大', xlarge: '特大' };

/** A value of `data-size` (or anything else) as a size: unknown values are the default. */
export function toSize(value: string | undefined): Size {
  return (SIZES as readonly string[]).includes(value ?? '') ? (value as Size) : 'normal';
}

/** How the step button (`step` −1 for A−, 1 for A+) reads at `size`: disabled at its end, and its accessible name. */
export function sizeStep(step: -1 | 1, size: Size): { disabled: boolean; label: string } {
  const at = SIZES.indexOf(size);
  return {
    disabled: step < 0 ? at === 0 : at === SIZES.length - 1,
    label: `${step < 0 ? 'A−' : 'A+'} ${step < 0 ? '缩小' : '放大'}字号（当前：${SIZE_NAMES[size]}）`,
  };
}

/** The size one step from `size`, kept within the sizes. */
export function stepSize(size: Size, step: number): Size {
  return SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(size) + step))]!;
}
