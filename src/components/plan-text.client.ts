/**
 * The scripts of every page of plan text (PlanLayout), as one cached module:
 * the sidebar fold, the copy-citation buttons and the loader of the
 * cross-reference previews. See site.client.ts for why they are bundled.
 */
import './sidebar-fold.client.ts';
import './plan-cite-loader.client.ts';
import './xref-preview-loader.client.ts';
