import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WooRequest } from '@woo-kit/core';
import './define.js';

interface Args {
  request: WooRequest | undefined;
  src: string;
  today: string;
  organisation: string;
}

const base: WooRequest = {
  id: 'WOO-2025-0042',
  receivedOn: '2025-03-28',
  channel: 'webForm',
  subject: 'Alle verslagen van het overleg over de nieuwe fietsbrug in 2024',
  events: [
    { type: 'clarificationAsked', on: '2025-04-01' },
    { type: 'clarificationAnswered', on: '2025-04-08' },
  ],
};

const meta: Meta<Args> = {
  title: 'Components/woo-request-status',
  component: 'woo-request-status',
  args: { request: base, src: '', today: '2025-04-10', organisation: 'Gemeente Voorbeeld' },
  render: (a) =>
    html`<woo-request-status .request=${a.request} src=${a.src} today=${a.today} organisation=${a.organisation}
      ></woo-request-status>`,
};
export default meta;

type Story = StoryObj<Args>;

export const WithinTerm: Story = {};
export const Late: Story = { args: { today: '2025-05-20' } };
export const Decided: Story = {
  args: {
    request: { ...base, events: [...(base.events ?? []), { type: 'decided', on: '2025-04-30', outcome: 'disclosed' }] },
    today: '2025-05-20',
  },
};
/** Decided, with a link to the page that explains the decision (`<woo-decision>`). */
export const DecidedWithDecisionPage: Story = {
  args: {
    request: {
      ...base,
      events: [
        ...(base.events ?? []),
        { type: 'decided', on: '2025-04-30', outcome: 'partlyDisclosed', grounds: ['5.1.2e'] },
      ],
    },
    today: '2025-05-20',
  },
  render: (a) =>
    html`<woo-request-status .request=${a.request} today=${a.today} organisation=${a.organisation}
      decision-href="/woo/besluit-woo-2025-0042.html"></woo-request-status>`,
};
export const Empty: Story = { args: { request: undefined } };
export const LoadError: Story = { args: { request: undefined, src: '/does-not-exist.json' } };
export const English: Story = { args: { today: '2025-05-20' }, parameters: { locale: 'en' } };
/** Arabic, right to left, as a page in Arabic shows it. */
export const Arabic: Story = { args: { today: '2025-05-20' }, parameters: { locale: 'ar', dir: 'rtl' } };
export const RightToLeft: Story = { args: { today: '2025-05-20' }, parameters: { dir: 'rtl' } };
