import { WooRequestForm } from './woo-request-form.js';
import { define } from '../../internal/define.js';

define('woo-request-form', WooRequestForm);
