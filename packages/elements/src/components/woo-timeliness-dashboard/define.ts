import { WooTimelinessDashboard } from './woo-timeliness-dashboard.js';
import { define } from '../../internal/define.js';

define('woo-timeliness-dashboard', WooTimelinessDashboard);
