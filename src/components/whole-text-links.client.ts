/**
 * On `/<v>/all/`, turn links into the same version (cross-references, figure
 * references) into links to the anchor on this page when it is here, so the
 * reader stays in the whole text. Without JavaScript they still open the
 * section pages.
 */
import { wholeTextAnchor } from '../lib/whole-text.ts';

const main = document.querySelector<HTMLElement>('main[data-version]');
if (main) {
  const versions = [main.dataset.version!, location.pathname.split('/')[1]!];
  for (const a of main.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
    const anchor = wholeTextAnchor(a.getAttribute('href')!, versions);
    if (anchor && document.getElementById(anchor)) a.setAttribute('href', `#${anchor}`);
  }
}

export {};
