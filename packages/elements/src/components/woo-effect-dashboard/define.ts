import { WooEffectDashboard } from './woo-effect-dashboard.js';
import { define } from '../../internal/define.js';

define('woo-effect-dashboard', WooEffectDashboard);
