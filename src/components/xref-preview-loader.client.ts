/**
 * The eager part of the reference previews: load xref-preview.client.ts on the
 * first hover or focus of a cross-reference link, then replay that event so
 * the first preview still shows. Pages stay within their JavaScript budget.
 */
let loading: Promise<unknown> | undefined;

function onFirst(event: Event): void {
  const link = (event.target as Element | null)?.closest?.('a.xref[data-preview]');
  if (!link) return;
  document.removeEventListener('focusin', onFirst);
  document.removeEventListener('pointerover', onFirst);
  loading ??= import('./xref-preview.client.ts').then(() => {
    const replay = event.type === 'focusin' ? new FocusEvent('focusin', { bubbles: true }) : new PointerEvent('pointerover', { bubbles: true });
    if (event.type !== 'focusin' || document.activeElement === link) link.dispatchEvent(replay);
  });
}

document.addEventListener('focusin', onFirst);
document.addEventListener('pointerover', onFirst);

export {};
