/**
 * <reader-settings>: steps the font size (normal → large → xlarge) and toggles
 * the colour scheme; both persist in localStorage ('plan-size', 'plan-theme').
 * Loaded on first use, or at once when a size other than the default is set
 * (reader-settings-loader.client.ts); the sizes and their names are
 * src/lib/reader-sizes.ts.
 */
import { SIZE_NAMES, sizeStep, stepSize, toSize } from '../lib/reader-sizes.ts';

class ReaderSettings extends HTMLElement {
  connectedCallback(): void {
    const root = document.documentElement;
    this.showSize();
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      if (button.dataset.sizeStep) {
        const next = stepSize(toSize(root.dataset.size), Number(button.dataset.sizeStep));
        root.dataset.size = next;
        localStorage.setItem('plan-size', next);
        this.showSize();
      } else if (button.hasAttribute('data-theme-toggle')) {
        const dark = root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
        root.dataset.theme = dark ? 'light' : 'dark';
        localStorage.setItem('plan-theme', root.dataset.theme);
      }
    });
  }

  /** Name the current size, and disable the step that has nowhere to go. */
  private showSize(): void {
    const size = toSize(document.documentElement.dataset.size);
    const now = this.querySelector<HTMLOutputElement>('[data-size-now]');
    if (now) now.textContent = SIZE_NAMES[size];
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-size-step]')) {
      const { disabled, label } = sizeStep(Number(b.dataset.sizeStep) < 0 ? -1 : 1, size);
      b.setAttribute('aria-disabled', String(disabled));
      b.setAttribute('aria-label', label);
    }
  }
}

customElements.define('reader-settings', ReaderSettings);

export {};
