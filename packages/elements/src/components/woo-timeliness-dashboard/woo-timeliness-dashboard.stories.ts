import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WooRequest } from '@woo-kit/core';
import './define.js';

interface Args {
  requests: WooRequest[] | undefined;
  src: string;
  target: number;
  today: string;
}

/** A year of requests, made here so the story needs no server. */
function sampleYear(): WooRequest[] {
  const list: WooRequest[] = [];
  for (let i = 0; i < 48; i++) {
    const month = 1 + Math.floor(i / 4);
    const day = 3 + (i % 4) * 6;
    const receivedOn = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const late = i % 5 === 0;
    const decidedDay = late ? day : Math.min(28, day + 20);
    const decidedMonth = late ? month + 2 : month + (day + 20 > 28 ? 1 : 0);
    const decided = decidedMonth <= 12 && !(i % 11 === 0);
    list.push({
      id: `WOO-2025-${String(i + 1).padStart(4, '0')}`,
      receivedOn,
      channel: 'webForm',
      subject: `Verzoek ${i + 1}`,
      ...(decided
        ? {
            events: [
              {
                type: 'decided' as const,
                on: `2025-${String(decidedMonth).padStart(2, '0')}-${String(decidedDay).padStart(2, '0')}`,
                outcome: (['disclosed', 'partlyDisclosed', 'notHeld'] as const)[i % 3]!,
                ...(i % 3 === 1 ? { grounds: ['5.1.2e' as const] } : {}),
              },
            ],
          }
        : {}),
    });
  }
  return list;
}

const meta: Meta<Args> = {
  title: 'Components/woo-timeliness-dashboard',
  component: 'woo-timeliness-dashboard',
  args: { requests: sampleYear(), src: '', target: 80, today: '2025-12-31' },
  render: (a) =>
    html`<woo-timeliness-dashboard .requests=${a.requests} src=${a.src} target=${a.target} today=${a.today}
      ></woo-timeliness-dashboard>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Filled: Story = {};
export const Empty: Story = { args: { requests: [] } };
export const LoadError: Story = { args: { requests: undefined, src: '/does-not-exist.json' } };
export const English: Story = { parameters: { locale: 'en' } };
/** Arabic, right to left, as a page in Arabic shows it. */
export const Arabic: Story = { parameters: { locale: 'ar', dir: 'rtl' } };
export const RightToLeft: Story = { parameters: { dir: 'rtl' } };
/** Two requests whose dates cannot be read: they are left out, and the dashboard says how many. */
export const SomeUnreadable: Story = {
  args: {
    requests: [
      ...sampleYear(),
      { id: 'WOO-X-1', receivedOn: '2025-02-30', channel: 'email', subject: 'Geen bestaande datum' },
      {
        id: 'WOO-X-2',
        receivedOn: '2025-06-02',
        channel: 'email',
        subject: 'Besluit vóór ontvangst',
        events: [{ type: 'decided', on: '2025-05-01', outcome: 'disclosed' }],
      },
    ],
  },
};
