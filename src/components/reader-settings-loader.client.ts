/**
 * The eager part of <reader-settings> (A−, the current size, A+, ◐): shows the
 * controls as the server rendered them, for the default size. What a press
 * does (reader-settings.client.ts) loads when the reader reaches for them
 * (load-on-use.ts, which holds a press that comes first), or at once when the
 * reader has chosen another size (`data-size`, set before first paint), so
 * that the control names that size.
 */
import { loadOnUse } from './load-on-use.ts';

const load = loadOnUse('reader-settings', () => import('./reader-settings.client.ts'));
for (const el of document.querySelectorAll<HTMLElement>('reader-settings [hidden]')) el.hidden = false;
if (document.documentElement.dataset.size) void load();

export {};
