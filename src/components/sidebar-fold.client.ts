/**
 * <sidebar-fold>: on narrow screens the navigation starts folded behind its
 * toggle button; on wide screens the button is hidden by CSS and nothing folds.
 */
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
    button.addEventListener('click', () => set(!this.classList.contains('is-folded')));
  }
}

customElements.define('sidebar-fold', SidebarFold);

export {};
