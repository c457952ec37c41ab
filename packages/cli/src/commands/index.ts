import type { Command } from '../command.js';
import { categories } from './categories.js';
import { classify } from './classify.js';
import { deadline } from './deadline.js';
import { decision } from './decision.js';
import { diwoo } from './diwoo.js';
import { example } from './example.js';
import { serve } from './serve.js';
import { validate } from './validate.js';
import { zgw } from './zgw.js';

/** Every `woo-kit` command, in the order `woo-kit --help` lists them. */
export const commands: readonly Command[] = [
  categories,
  example,
  validate,
  deadline,
  classify,
  diwoo,
  decision,
  zgw,
  serve,
];
