/**
 * Whether the plan's files may change while this process runs. Under `astro
 * dev` they may: an edited version is read again and its articles rendered
 * afresh. In `astro build` they cannot, so each version is read and each
 * article rendered once. Astro's command decides, not NODE_ENV (a container
 * may set that to production for a dev server; the dist tests build with
 * `test`): the integration below sets it for the transforms the config runs,
 * and defines `__PLAN_FILES_WATCHED__` for the page bundle, which has its own
 * copy of this module. Anywhere else (unit tests) the files are watched.
 */
import type { AstroIntegration } from 'astro';

declare const __PLAN_FILES_WATCHED__: boolean | undefined;

let watched = typeof __PLAN_FILES_WATCHED__ === 'boolean' ? __PLAN_FILES_WATCHED__ : true;

/** True under `astro dev` (and outside Astro), false in `astro build`. */
export function planFilesWatched(): boolean {
  return watched;
}

/** Sets the mode from Astro's command, here and in the page bundle. */
export function planFilesWatch(): AstroIntegration {
  return {
    name: 'plan-files-watch',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        watched = command === 'dev';
        updateConfig({ vite: { define: { __PLAN_FILES_WATCHED__: JSON.stringify(watched) } } });
      },
    },
  };
}
