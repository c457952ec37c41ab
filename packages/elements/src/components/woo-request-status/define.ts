import { WooRequestStatus } from './woo-request-status.js';
import { define } from '../../internal/define.js';

define('woo-request-status', WooRequestStatus);
