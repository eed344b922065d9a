/**
 * <sidebar-fold>: on narrow screens the navigation starts folded behind its
 * toggle button; on wide screens the button is hidden by CSS and nothing folds.
 */
import { loadOnUse } from './load-on-use.ts';

/** The reading bar's 目录 link acts as a button that opens the contents (reading-bar.client.ts wires it). */
function announceContentsButton(): void {
  const toc = document.querySelector<HTMLAnchorElement>('reading-bar .reading-bar-toc');
  if (!toc) return;
  toc.setAttribute('role', 'button');
  toc.setAttribute('aria-controls', 'plan-nav');
  toc.setAttribute('aria-expanded', 'false');
}

class SidebarFold extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('.sidebar-toggle');
    if (!button) return;
    button.hidden = false;
    const narrow = matchMedia('(max-width: 48rem)');
    const set = (folded: boolean) => {
      this.classList.toggle('is-folded', folded);
      button.setAttribute('aria-expanded', String(!folded));
    };
    set(narrow.matches);
    // The phone's reading bar (ReadingBar.astro) needs its behaviour only where it shows, and
    // only once the reader scrolls or reaches for it (load-on-use.ts); its 目录 button says
    // what it controls from the start.
    const bar = () => {
      announceContentsButton();
      loadOnUse('reading-bar', () => import('./reading-bar.client.ts'), { scroll: true });
    };
    if (narrow.matches) bar();
    else narrow.addEventListener('change', bar, { once: true });
    button.addEventListener('click', () => set(!this.classList.contains('is-folded')));
  }
}

customElements.define('sidebar-fold', SidebarFold);

export {};
