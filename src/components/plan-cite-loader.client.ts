/**
 * The eager part of the copy-citation buttons (issue #17: the element's code
 * was a fifth of a text page's script and most readers never copy). The
 * buttons show at once; plan-cite.client.ts loads when the reader comes near
 * one (pointer, focus, touch), when the address names a 款 or 项 (the button
 * then says which), or at the latest on the click itself, which is held until
 * the element is ready and then given to it again.
 */
let loading: Promise<unknown> | undefined;
const load = (): Promise<unknown> => (loading ??= import('./plan-cite.client.ts'));
const ready = (): boolean => !!customElements.get('plan-cite');

for (const button of document.querySelectorAll<HTMLButtonElement>('plan-cite > button[hidden]')) button.hidden = false;

/** An address such as #a18-2 or #a18-2-3 changes the button's label: load now. */
function followAddress(): void {
  if (/^#a[1-9]\d*-/.test(location.hash)) void load();
}
followAddress();
addEventListener('hashchange', followAddress);

function near(event: Event): void {
  if ((event.target as Element | null)?.closest?.('plan-cite')) void load();
}
for (const type of ['pointerover', 'focusin', 'touchstart']) document.addEventListener(type, near, { capture: true, passive: true });

document.addEventListener(
  'click',
  (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('plan-cite button');
    if (!button || ready()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void load().then(() => button.click());
  },
  true,
);

export {};
