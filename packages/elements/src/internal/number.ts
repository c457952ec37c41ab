// Numbers and plural categories come from the browser's Intl, through intl.ts (the hand-written
// formatter that was here won less than one frame on a fresh page: see bench/intl.bench.mjs). This
// module only passes them on for the components that still import it.
export { formatNumber, pluralCategory } from './intl.js';
