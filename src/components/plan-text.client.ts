/**
 * The scripts of every page of plan text (PlanLayout), as one cached module:
 * the sidebar fold (and the phone's reading bar), and the loaders of the
 * copy-citation buttons, of the note for a provision not on the page and of
 * the cross-reference previews. See site.client.ts for why they are bundled.
 */
import './sidebar-fold.client.ts';
import './plan-cite-loader.client.ts';
import './provision-arrival-loader.client.ts';
import './xref-preview-loader.client.ts';
