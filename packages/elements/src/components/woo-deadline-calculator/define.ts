import { WooDeadlineCalculator } from './woo-deadline-calculator.js';
import { define } from '../../internal/define.js';

define('woo-deadline-calculator', WooDeadlineCalculator);
