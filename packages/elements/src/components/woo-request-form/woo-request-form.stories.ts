import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  action: string;
  questionUrl: string;
  questionPhone: string;
}

const meta: Meta<Args> = {
  title: 'Components/woo-request-form',
  component: 'woo-request-form',
  args: { action: '', questionUrl: 'https://www.voorbeeld.nl/contact', questionPhone: '14 020' },
  render: (a) =>
    html`<woo-request-form
      draft-key="storybook"
      action=${a.action}
      question-url=${a.questionUrl}
      question-phone=${a.questionPhone}
    ></woo-request-form>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};
export const English: Story = { parameters: { locale: 'en' } };
/** Arabic, right to left, as a page in Arabic shows it. */
export const Arabic: Story = { parameters: { locale: 'ar', dir: 'rtl' } };
export const RightToLeft: Story = { parameters: { dir: 'rtl' } };
