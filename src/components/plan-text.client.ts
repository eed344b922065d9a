/**
 * The parts of the page script (site.client.ts) for pages of plan text: the
 * sidebar fold (and the phone's reading bar), and the loaders of the
 * copy-citation buttons, of the note for a provision not on the page and of
 * the cross-reference previews, and today's date as the access date of the
 * GB/T 7714 form on article pages. Bundled into site.client.ts rather than a
 * PlanLayout script of its own, which cost a request and a shared chunk.
 */
import './sidebar-fold.client.ts';
import './plan-cite-loader.client.ts';
import './provision-arrival-loader.client.ts';
import './xref-preview-loader.client.ts';
import './access-date.client.ts';
