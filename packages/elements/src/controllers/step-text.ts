import type { ReactiveControllerHost } from 'lit';
import { pick } from '../internal/pick.js';
import type { Explained } from '../internal/step-text.js';
import { OnDemandController } from './on-demand.js';

type StepTextFn = (step: Explained, locale: string) => string;

let loaded: StepTextFn | undefined;
let loading: Promise<StepTextFn> | undefined;

/** Loads the translated step texts once per page (a separate module: about 3 kB gzip of text). */
function load(): Promise<StepTextFn> {
  loading ??= import('../internal/step-text.js').then((module) => (loaded = module.stepText));
  return loading;
}

/**
 * Gives a component the text of deadline steps in its locale. The translated texts load on demand,
 * when the component connects, so they are not part of its first download; until they are there
 * (a moment, before anyone has typed a date) the step's own Dutch or English text is shown.
 */
export class StepTextController extends OnDemandController {
  constructor(host: ReactiveControllerHost) {
    super(host, load);
  }

  /** The step's explanation in `locale`. */
  text(step: Explained, locale: string): string {
    return loaded ? loaded(step, locale) : pick(step.explanation, locale);
  }
}
