/**
 * <reader-settings>: steps the font size (normal → large → xlarge) and toggles
 * the colour scheme; both persist in localStorage ('plan-size', 'plan-theme').
 */
const SIZES = ['normal', 'large', 'xlarge'] as const;

class ReaderSettings extends HTMLElement {
  connectedCallback(): void {
    const root = document.documentElement;
    for (const button of this.querySelectorAll('button')) button.hidden = false;
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      if (button.dataset.sizeStep) {
        const now = SIZES.indexOf((root.dataset.size ?? 'normal') as (typeof SIZES)[number]);
        const next = SIZES[Math.min(SIZES.length - 1, Math.max(0, now + Number(button.dataset.sizeStep)))]!;
        root.dataset.size = next;
        localStorage.setItem('plan-size', next);
      } else if (button.hasAttribute('data-theme-toggle')) {
        const dark = root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
        root.dataset.theme = dark ? 'light' : 'dark';
        localStorage.setItem('plan-theme', root.dataset.theme);
      }
    });
  }
}

customElements.define('reader-settings', ReaderSettings);

export {};
