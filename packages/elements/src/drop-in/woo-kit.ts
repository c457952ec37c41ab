/**
 * `dist/drop-in/woo-kit.js`: the one script a CMS page needs,
 * `<script type="module" src=".../woo-kit/woo-kit.js"></script>`. It loads a component's code only
 * when its tag is in the page (see loader.ts), from the chunks in the same folder.
 */
import { startLocalization, watch } from './loader.js';

startLocalization();
watch();
