import { WooDecisionElement } from './woo-decision.js';
import { define } from '../../internal/define.js';

define('woo-decision', WooDecisionElement);
