import { describe, expect, it } from 'vitest';
import { isSuperseded } from '../../src/lib/version-status.ts';

describe('isSuperseded', () => {
  it('is true of every version but the newest, and of none where there is no newest', () => {
    const newest = { version: { id: 'ed3' } };
    expect(isSuperseded('ed1', newest)).toBe(true);
    expect(isSuperseded('ed3', newest)).toBe(false);
    expect(isSuperseded('ed1', undefined)).toBe(false);
  });
});
