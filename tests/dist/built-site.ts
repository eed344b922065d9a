/**
 * Checks over a build fail, never skip, when the build is not there: the
 * message says what to run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Returns `dir` when it holds a built site (its index.html), and throws an
 * error naming the command that builds it otherwise. `envName` is the
 * variable that points the check at another build.
 */
export function requireBuiltSite(dir: string, envName: string): string {
  if (existsSync(join(dir, 'index.html'))) return dir;
  throw new Error(`${join(dir, 'index.html')} is missing: run \`npm run build\` first (or set ${envName} to a built site)`);
}
