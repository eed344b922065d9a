/**
 * <sidebar-fold>: on narrow screens the contents start folded; the phone
 * header's 目录 (header-menu.client.ts) opens them over the page. On wide
 * screens nothing folds (the rule is in a narrow-screen media query), and
 * without JavaScript the contents simply stay open.
 */
import { NARROW_SCREEN } from './narrow-screen.ts';

class SidebarFold extends HTMLElement {
  connectedCallback(): void {
    this.classList.toggle('is-folded', matchMedia(NARROW_SCREEN).matches);
  }
}

customElements.define('sidebar-fold', SidebarFold);

export {};
