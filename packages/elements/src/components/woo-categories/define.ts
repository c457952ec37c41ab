import { WooCategories } from './woo-categories.js';
import { define } from '../../internal/define.js';

define('woo-categories', WooCategories);
