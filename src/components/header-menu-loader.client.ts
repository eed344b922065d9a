/**
 * The phone's header buttons (header-menu.client.ts) need their behaviour only
 * where they show: loaded on narrow screens, or when a window narrows. Wide
 * screens fetch nothing (issue #17 keeps the eager script small).
 */
import { NARROW_SCREEN } from './narrow-screen.ts';

const narrow = matchMedia(NARROW_SCREEN);
const load = () => void import('./header-menu.client.ts');
if (narrow.matches) load();
else narrow.addEventListener('change', load, { once: true });

export {};
