import { WooContact } from './woo-contact.js';
import { define } from '../../internal/define.js';

define('woo-contact', WooContact);
