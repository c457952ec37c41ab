import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  title: string;
  phone: string;
  email: string;
  address: string;
  openingHours: string;
  requestUrl: string;
}

const meta: Meta<Args> = {
  title: 'Components/woo-contact',
  component: 'woo-contact',
  args: {
    title: 'Openbaarheidscentrum Gemeente Voorbeeld',
    phone: '14 020',
    email: 'openbaarheid@voorbeeld.nl',
    address: 'Stadhuisplein 1, 1234 AB Voorbeeld',
    openingHours: 'Maandag tot en met vrijdag, 9.00 tot 17.00 uur',
    requestUrl: 'https://www.voorbeeld.nl/woo-verzoek',
  },
  render: (a) => html`<woo-contact
    title=${a.title}
    phone=${a.phone}
    email=${a.email}
    address=${a.address}
    opening-hours=${a.openingHours}
    request-url=${a.requestUrl}
  ></woo-contact>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Filled: Story = {};
export const Empty: Story = { args: { title: '', phone: '', email: '', address: '', openingHours: '', requestUrl: '' } };
export const English: Story = { parameters: { locale: 'en' } };
export const RightToLeft: Story = { parameters: { dir: 'rtl' } };
