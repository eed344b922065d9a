/**
 * The eager part of the copy-citation buttons (issue #17: the element's code
 * was a fifth of a text page's script, and most readers never copy). The
 * buttons show at once; plan-cite.client.ts loads on first use
 * (load-on-use.ts), or at once when the address names a 款 or 项, because the
 * button then says which (复制引用（第二款）).
 */
import { loadOnUse } from './load-on-use.ts';

const load = loadOnUse('plan-cite', () => import('./plan-cite.client.ts'));

for (const button of document.querySelectorAll<HTMLButtonElement>('plan-cite > button[hidden]')) button.hidden = false;

function followAddress(): void {
  if (/^#a[1-9]\d*-/.test(location.hash)) void load();
}
followAddress();
addEventListener('hashchange', followAddress);

export {};
