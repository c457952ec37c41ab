/**
 * The tags the drop-in knows, each with a function that loads its class. Every `import()` here
 * becomes a chunk of its own in `dist/drop-in/`, next to the loader: a page downloads a component's
 * code only when its tag is on the page. The browser resolves these relative specifiers against the
 * loader's own URL, so the folder works under any path.
 */

type Loader = () => Promise<CustomElementConstructor>;

export const components: Readonly<Record<string, Loader>> = {
  'woo-contact': () => import('../components/woo-contact/woo-contact.js').then((m) => m.WooContact),
  'woo-deadline-calculator': () =>
    import('../components/woo-deadline-calculator/woo-deadline-calculator.js').then((m) => m.WooDeadlineCalculator),
  'woo-request-status': () =>
    import('../components/woo-request-status/woo-request-status.js').then((m) => m.WooRequestStatus),
  'woo-request-form': () => import('../components/woo-request-form/woo-request-form.js').then((m) => m.WooRequestForm),
  'woo-publications': () => import('../components/woo-publications/woo-publications.js').then((m) => m.WooPublications),
  'woo-categories': () => import('../components/woo-categories/woo-categories.js').then((m) => m.WooCategories),
  'woo-decision': () => import('../components/woo-decision/woo-decision.js').then((m) => m.WooDecisionElement),
  'woo-timeliness-dashboard': () =>
    import('../components/woo-timeliness-dashboard/woo-timeliness-dashboard.js').then((m) => m.WooTimelinessDashboard),
  'woo-feedback': () => import('../components/woo-feedback/woo-feedback.js').then((m) => m.WooFeedback),
  'woo-effect-dashboard': () =>
    import('../components/woo-effect-dashboard/woo-effect-dashboard.js').then((m) => m.WooEffectDashboard),
};
