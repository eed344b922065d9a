/**
 * Goldens are written only by `npm run test:update` (vitest `--update=all`
 * with GOLDEN_UPDATE=1); every other run compares (vitest.config.ts sets
 * `update: 'none'`), so a deleted or changed golden fails instead of being
 * written back.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares `actual` with the committed golden file at `path` (relative to
 * `testFile`'s folder, as `toMatchFileSnapshot` takes it); a missing golden
 * fails with the command that writes it.
 */
export async function expectGolden(actual: string, path: string, testFile: string): Promise<void> {
  const absolute = resolve(dirname(testFile), path);
  if (!process.env.GOLDEN_UPDATE) {
    expect(existsSync(absolute), `golden ${relative(process.cwd(), absolute)} is missing: run \`npm run test:update\` and review the new file`).toBe(true);
  }
  await expect(actual).toMatchFileSnapshot(path);
}
