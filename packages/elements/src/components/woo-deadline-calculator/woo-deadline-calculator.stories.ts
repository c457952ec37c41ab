import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  receivedOn: string;
}

const meta: Meta<Args> = {
  title: 'Components/woo-deadline-calculator',
  component: 'woo-deadline-calculator',
  args: { receivedOn: '' },
  render: (a) => html`<woo-deadline-calculator received-on=${a.receivedOn}></woo-deadline-calculator>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { receivedOn: '2023-03-30' } };
export const English: Story = { args: { receivedOn: '2025-03-28' }, parameters: { locale: 'en' } };
/** Arabic, right to left, as a page in Arabic shows it. */
export const Arabic: Story = { args: { receivedOn: '2025-03-28' }, parameters: { locale: 'ar', dir: 'rtl' } };
export const RightToLeft: Story = { args: { receivedOn: '2025-03-28' }, parameters: { dir: 'rtl' } };
