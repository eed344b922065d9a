/**
 * The scripts every page runs, as one cached module (issue #17: five small
 * inline scripts were repeated in every page and never cached, and two
 * bundles, one per layout, shared load-on-use.ts through a third file): the
 * loaders of the header search, the phone header, the version switcher, the
 * reader settings and offline saving, the printed QR code's drawing, and on pages of plan text
 * (plan-text.client.ts) the sidebar fold and the loaders of citations,
 * arrival notes and reference previews; each finds nothing to do on pages
 * without its element. What the controls do loads on first use. Each part
 * is a custom element or listener in its own file; this file only bundles
 * them, so that a second page in a visit fetches no script at all.
 */
import './search-box-loader.client.ts';
import './header-menu-loader.client.ts';
import './version-switcher-loader.client.ts';
import './reader-settings-loader.client.ts';
import './offline-save-loader.client.ts';
import './plan-text.client.ts';
import './print-qr.client.ts';
