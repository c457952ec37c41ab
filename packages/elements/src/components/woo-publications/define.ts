import { WooPublications } from './woo-publications.js';
import { define } from '../../internal/define.js';

define('woo-publications', WooPublications);
