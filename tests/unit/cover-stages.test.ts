import { describe, expect, it } from 'vitest';
import { COVER_STAGE_NAMES, COVER_STAGE_PATTERN } from '../../src/lib/import/cover-stages.ts';
import { COMPILED_STAGE, STAGES } from '../../src/lib/schemas.ts';

describe('the stage names a cover gives', () => {
  it('map only to stages the site has, and never to the compiled edition', () => {
    for (const [, stage] of COVER_STAGE_NAMES) if (stage) expect(STAGES).toContain(stage);
    expect(COVER_STAGE_NAMES.map(([, s]) => s)).not.toContain(COMPILED_STAGE);
    expect(new Set(COVER_STAGE_NAMES.map(([n]) => n)).size).toBe(COVER_STAGE_NAMES.length);
  });

  it('are one alternation that reads every name, 公开征求意见稿 too, and no other word', () => {
    const whole = new RegExp(`^(?:${COVER_STAGE_PATTERN})$`);
    for (const [name] of COVER_STAGE_NAMES) expect(name).toMatch(whole);
    expect('公开征求意见稿').toMatch(whole);
    expect('整理稿').not.toMatch(whole);
    expect('规划文本').not.toMatch(whole);
  });
});
