import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  endpoint: string;
  pageKind: string;
  subject: string;
  outcome: string;
  contactUrl: string;
}

const meta: Meta<Args> = {
  title: 'Components/woo-feedback',
  component: 'woo-feedback',
  args: {
    endpoint: '/api/feedback',
    pageKind: 'publication',
    subject: 'gm0390-2025-fietsbrug',
    outcome: '',
    contactUrl: '',
  },
  render: (a) =>
    html`<woo-feedback
      endpoint=${a.endpoint}
      page-kind=${a.pageKind}
      subject=${a.subject}
      outcome=${a.outcome}
      contact-url=${a.contactUrl}
    ></woo-feedback>`,
};
export default meta;

type Story = StoryObj<Args>;

export const UnderAPublication: Story = {};
/** Under a decision: the outcome goes along, so the dashboard can show satisfaction by outcome. */
export const UnderADecision: Story = {
  args: { pageKind: 'decision', subject: 'besluit-2025-0117', outcome: 'partlyDisclosed' },
};
/** With a link to talk to a person (by default the page's `<woo-contact id="…">`). */
export const WithContact: Story = { args: { contactUrl: 'https://www.voorbeeld.nl/contact' } };
export const English: Story = { parameters: { locale: 'en' } };
/** Arabic, right to left, as a page in Arabic shows it. */
export const Arabic: Story = { parameters: { locale: 'ar', dir: 'rtl' } };
export const RightToLeft: Story = {
  args: { contactUrl: 'https://www.voorbeeld.nl/contact' },
  parameters: { dir: 'rtl' },
};
