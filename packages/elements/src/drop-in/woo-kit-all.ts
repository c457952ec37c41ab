/**
 * `dist/drop-in/woo-kit-all.js`: the drop-in for a site that wants every component loaded at once
 * (an intranet, say), whether or not the page shows its tag yet. Same folder, same chunks as
 * `woo-kit.js` (which it starts); use one of the two per page.
 */
import './woo-kit.js';
import { loadAll } from './loader.js';

void loadAll();
