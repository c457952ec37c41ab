import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { InventoryItem, WooDecision } from '@woo-kit/core';
import './define.js';

interface Args {
  decision: WooDecision | undefined;
  src: string;
  documentHref: string;
  pageSize: number;
}

const names = [
  'Verslag overleg fietsbrug',
  'RE: planning bewonersavond',
  'Offerte aannemer',
  'Notitie kosten',
  'Presentatie ontwerp',
  'Foto locatie',
];
const kinds = ['pdf', 'email', 'pdf', 'note', 'presentation', 'image'] as const;

/** A small inventory with every assessment, e-mails with attachments, and several grounds. */
function inventory(count: number): InventoryItem[] {
  return Array.from({ length: count }, (_, i): InventoryItem => {
    const n = i % 6;
    const assessment = (['public', 'partlyPublic', 'notPublic', 'public', 'alreadyPublic', 'partlyPublic'] as const)[
      n
    ]!;
    const grounds =
      assessment === 'partlyPublic'
        ? i % 4 === 1
          ? (['5.1.2e', '5.2'] as const)
          : (['5.1.2e'] as const)
        : assessment === 'notPublic'
          ? (['5.1.1c', '5.1.2f'] as const)
          : [];
    return {
      id: String(1001 + i),
      matter: 'WOO-2025-0042',
      name: `${names[n]} ${Math.floor(i / 6) + 1}`,
      fileType: kinds[n]!,
      date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      assessment,
      grounds: [...grounds],
      ...(assessment === 'alreadyPublic' ? { publicLink: 'https://www.example.org/raadsinformatie.pdf' } : {}),
      ...(n === 1 || n === 2 ? { familyId: String(1001 + i - (n - 1)) } : {}),
      ...(i === 3 ? { suspended: true } : {}),
    };
  });
}

export const storyDecision: WooDecision = {
  requestId: 'WOO-2025-0042',
  title: 'Documenten over de nieuwe fietsbrug',
  organisation: 'Gemeente Voorbeeld',
  decidedOn: '2025-04-30',
  outcome: 'partlyDisclosed',
  summary:
    'U krijgt de meeste documenten over de fietsbrug. Namen van inwoners en medewerkers hebben we weggelakt. ' +
    'Een offerte van de aannemer blijft dicht.',
  weighings: [
    {
      ground: '5.1.2e',
      weighing:
        'Inwoners en medewerkers hebben recht op privacy. Hun namen voegen niets toe aan wat u wilt weten ' +
        'over de fietsbrug.',
    },
    {
      ground: '5.1.2f',
      weighing:
        'De prijzen in de offerte zijn nog in gebruik. Concurrenten kunnen daar hun voordeel mee doen. Dat ' +
        'weegt zwaarder dan openheid.',
    },
    { ground: '5.2', weighing: 'Medewerkers moeten intern vrij kunnen overleggen. De feiten maken we wel openbaar.' },
  ],
  inventory: inventory(60),
  letterUrl: 'https://www.example.org/besluit.pdf',
  contact: { name: 'Openbaarheidscentrum', email: 'woo@example.org', phone: '14 030' },
};

const meta: Meta<Args> = {
  title: 'Components/woo-decision',
  component: 'woo-decision',
  args: { decision: storyDecision, src: '', documentHref: '/woo/WOO-2025-0042/{id}.pdf', pageSize: 10 },
  render: (a) =>
    html`<woo-decision .decision=${a.decision} src=${a.src} document-href=${a.documentHref} page-size=${a.pageSize}
      ></woo-decision>`,
};
export default meta;

type Story = StoryObj<Args>;

export const PartlyDisclosed: Story = {};
export const AllPublic: Story = {
  args: {
    decision: {
      ...storyDecision,
      outcome: 'disclosed',
      summary: 'U krijgt alle documenten.',
      weighings: [],
      inventory: inventory(5).map((d) => ({ ...d, assessment: 'public', grounds: [] })),
    },
  },
};
export const Empty: Story = { args: { decision: undefined } };
export const LoadError: Story = { args: { decision: undefined, src: '/does-not-exist.json' } };
export const English: Story = { parameters: { locale: 'en' } };
/** Arabic, right to left, as a page in Arabic shows it. */
export const Arabic: Story = { parameters: { locale: 'ar', dir: 'rtl' } };
export const RightToLeft: Story = { parameters: { dir: 'rtl' } };
