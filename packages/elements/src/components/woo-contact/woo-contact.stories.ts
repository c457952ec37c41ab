import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { exampleContactPoint, type ContactPoint } from '@woo-kit/core';
import './define.js';

interface Args {
  name: string;
  phone: string;
  email: string;
  address: string;
  postalAddress: string;
  openingHours: string;
  accessibility: string;
  requestUrl: string;
  contact: ContactPoint | undefined;
  src: string;
}

const none = {
  name: '',
  phone: '',
  email: '',
  address: '',
  postalAddress: '',
  openingHours: '',
  accessibility: '',
  requestUrl: '',
};

const meta: Meta<Args> = {
  title: 'Components/woo-contact',
  component: 'woo-contact',
  args: {
    name: 'Openbaarheidscentrum Gemeente Voorbeeld',
    phone: '14 020',
    email: 'openbaarheid@voorbeeld.nl',
    address: 'Stadhuisplein 1, 1234 AB Voorbeeld',
    postalAddress: 'Postbus 100, 1234 AA Voorbeeld',
    openingHours: 'Maandag tot en met vrijdag, 9.00 tot 17.00 uur',
    accessibility: 'De ingang heeft geen drempel. Er is een lift en een ringleiding bij de balie.',
    requestUrl: 'https://www.voorbeeld.nl/woo-verzoek',
    contact: undefined,
    src: '',
  },
  render: (a) => html`<woo-contact
    name=${a.name}
    phone=${a.phone}
    email=${a.email}
    address=${a.address}
    postal-address=${a.postalAddress}
    opening-hours=${a.openingHours}
    accessibility=${a.accessibility}
    request-url=${a.requestUrl}
    .contact=${a.contact}
    src=${a.src}
  ></woo-contact>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Filled: Story = {};
export const FromContactPoint: Story = { args: { ...none, contact: exampleContactPoint } };
export const Empty: Story = { args: { ...none } };
export const Loading: Story = { args: { ...none, src: '/examples/data/contact.json' } };
export const LoadError: Story = { args: { ...none, phone: '14 020', src: '/does-not-exist.json' } };
export const English: Story = { parameters: { locale: 'en' } };
/** Arabic, right to left, as a page in Arabic shows it. */
export const Arabic: Story = { parameters: { locale: 'ar', dir: 'rtl' } };
export const RightToLeft: Story = { args: { ...none, contact: exampleContactPoint }, parameters: { dir: 'rtl' } };
