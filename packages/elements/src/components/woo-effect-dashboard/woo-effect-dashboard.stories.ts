import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  figures: unknown;
  src: string;
}

/** Figures in the shape of `GET /api/effect`, made here so the story needs no server. */
function sampleFigures(): unknown {
  const kinds = ['publication', 'decision', 'search', 'request-status'];
  const perKindAndMonth = ['2025-09', '2025-10', '2025-11'].flatMap((month, m) =>
    kinds.map((pageKind, k) => ({ pageKind, month, yes: 12 + 3 * m + k, partly: 5 + k, no: 7 - m + (k % 2) })),
  );
  const total = perKindAndMonth.reduce(
    (t, r) => ({ yes: t.yes + r.yes, partly: t.partly + r.partly, no: t.no + r.no }),
    { yes: 0, partly: 0, no: 0 },
  );
  return {
    today: '2025-11-30',
    feedback: {
      total,
      perKindAndMonth,
      byOutcome: [
        { outcome: 'disclosed', yes: 21, partly: 4, no: 2 },
        { outcome: 'partlyDisclosed', yes: 9, partly: 11, no: 6 },
        { outcome: 'refused', yes: 2, partly: 3, no: 9 },
        { outcome: 'notHeld', yes: 3, partly: 2, no: 5 },
      ],
      byDecisionTime: [
        { decisionTime: 'within-4-weeks', yes: 24, partly: 6, no: 4 },
        { decisionTime: 'within-6-weeks', yes: 8, partly: 7, no: 6 },
        { decisionTime: 'longer', yes: 3, partly: 7, no: 12 },
      ],
    },
    requestChoices: [
      { month: '2025-09', answer: 31, documents: 44, answerThenRequest: 6, answeredWithoutRequest: 25 },
      { month: '2025-10', answer: 36, documents: 41, answerThenRequest: 8, answeredWithoutRequest: 28 },
      { month: '2025-11', answer: 29, documents: 38, answerThenRequest: 5, answeredWithoutRequest: 24 },
    ],
    missedTerms: [
      { term: 'hondenbelasting', days: 23, noResults: 31, nothingOpened: 4 },
      { term: 'bestemmingsplan centrum', days: 14, noResults: 3, nothingOpened: 17 },
      { term: 'laadpalen', days: 9, noResults: 12, nothingOpened: 0 },
      { term: 'subsidie zonnepanelen', days: 6, noResults: 7, nothingOpened: 2 },
    ],
    minimumDays: 5,
  };
}

const meta: Meta<Args> = {
  title: 'Components/woo-effect-dashboard',
  component: 'woo-effect-dashboard',
  args: { figures: sampleFigures(), src: '' },
  render: (a) => html`<woo-effect-dashboard .figures=${a.figures} src=${a.src}></woo-effect-dashboard>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Filled: Story = {};
export const Empty: Story = {
  args: {
    figures: {
      feedback: { total: { yes: 0, partly: 0, no: 0 }, perKindAndMonth: [], byOutcome: [], byDecisionTime: [] },
      requestChoices: [],
      missedTerms: [],
      minimumDays: 5,
    },
  },
};
export const LoadError: Story = { args: { figures: undefined, src: '/does-not-exist.json' } };
export const English: Story = { parameters: { locale: 'en' } };
/** Arabic, right to left, as a page in Arabic shows it. */
export const Arabic: Story = { parameters: { locale: 'ar', dir: 'rtl' } };
export const RightToLeft: Story = { parameters: { dir: 'rtl' } };
