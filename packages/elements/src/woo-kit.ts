/**
 * The drop-in: every woo-kit component in one ES module, Lit included. A CMS page needs only
 * `<script type="module" src=".../woo-kit.js"></script>` and the tags. Unless the page configured
 * `@lit/localize` itself, the components follow the page's `<html lang>`.
 */
import { configureWooKitLocalization } from './localization.js';
import './components/woo-contact/define.js';
import './components/woo-deadline-calculator/define.js';
import './components/woo-request-status/define.js';
import './components/woo-request-form/define.js';
import './components/woo-publications/define.js';
import './components/woo-categories/define.js';
import './components/woo-decision/define.js';
import './components/woo-timeliness-dashboard/define.js';
import './components/woo-feedback/define.js';
import './components/woo-effect-dashboard/define.js';

export * from './index.js';

try {
  configureWooKitLocalization();
} catch {
  // The page configured @lit/localize itself (it may do so only once): keep its choice.
}
