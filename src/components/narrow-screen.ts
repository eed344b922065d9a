/**
 * The one definition of a narrow (phone) screen for scripts: where the header
 * becomes one row with 搜索 and 目录 and the contents fold away. The CSS
 * breakpoints (`@media (max-width: 48rem)` in global.css and the components)
 * must say the same; CSS cannot import it. A constant only, so the bundler
 * inlines it into the eager script and the lazy header-menu module alike
 * rather than making a shared chunk of it.
 */
export const NARROW_SCREEN = '(max-width: 48rem)';
