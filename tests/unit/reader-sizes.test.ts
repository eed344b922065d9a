import { describe, expect, it } from 'vitest';
import { SIZE_NAMES, SIZES, sizeStep, stepSize, toSize } from '../../src/lib/reader-sizes';

describe('reader font sizes', () => {
  it('reads an unknown or missing data-size as the default size', () => {
    expect(toSize(undefined)).toBe('normal');
    expect(toSize('huge')).toBe('normal');
    expect(toSize('large')).toBe('large');
  });

  it('steps up and down one size and stops at either end', () => {
    expect(stepSize('normal', 1)).toBe('large');
    expect(stepSize('large', -1)).toBe('normal');
    expect(stepSize(SIZES[SIZES.length - 1]!, 1)).toBe(SIZES[SIZES.length - 1]);
    expect(stepSize(SIZES[0], -1)).toBe(SIZES[0]);
  });

  it('disables only the step that has nowhere to go', () => {
    expect(sizeStep(-1, 'normal').disabled).toBe(true);
    expect(sizeStep(1, 'normal').disabled).toBe(false);
    expect(sizeStep(-1, 'xlarge').disabled).toBe(false);
    expect(sizeStep(1, 'xlarge').disabled).toBe(true);
  });

  it('names the step and the current size in the button’s accessible name', () => {
    expect(sizeStep(1, 'large').label).toBe(`A+ 放大字号（当前：${SIZE_NAMES.large}）`);
    expect(sizeStep(-1, 'normal').label).toBe(`A− 缩小字号（当前：${SIZE_NAMES.normal}）`);
  });
});
