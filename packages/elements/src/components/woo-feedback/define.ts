import { WooFeedback } from './woo-feedback.js';
import { define } from '../../internal/define.js';

define('woo-feedback', WooFeedback);
