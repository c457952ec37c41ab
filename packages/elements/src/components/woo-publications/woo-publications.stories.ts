import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { examplePublication, type Publication } from '@woo-kit/core';
import './define.js';

interface Args {
  publications: unknown;
  src: string;
  pageSize: number;
  urlState: string;
}

const utrecht = examplePublication.publisher;
const item = (
  i: number,
  title: string,
  description: string,
  categories: string[],
  documentType: string,
  date: string,
): Publication => ({
  ...examplePublication,
  id: `story-${i}`,
  url: `https://www.example.nl/woo/${i}.pdf`,
  officialTitle: title,
  description,
  informationCategories: categories as Publication['informationCategories'],
  documentType,
  publisher: utrecht,
  creationDate: date,
  documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: `${date}T10:00:00+01:00` }],
});

const sample: Publication[] = [
  item(
    1,
    'Besluit op Woo-verzoek over de fietsbrug',
    'E-mails en notities over de nieuwe fietsbrug bij het station.',
    ['c_3baef532'],
    'c_4f50ca9c',
    '2025-04-15',
  ),
  item(
    2,
    'Verordening parkeerbelastingen 2025',
    'De regels voor betaald parkeren in de binnenstad.',
    ['c_139c6280'],
    'c_465163c9',
    '2024-12-12',
  ),
  item(
    3,
    'Advies over het café-terras op de Neude',
    'Advies van de commissie over terrassen.',
    ['c_99a836c7'],
    'c_d506b718',
    '2025-02-20',
  ),
  item(4, 'Jaarverslag 2024', 'Wat de gemeente in 2024 heeft gedaan.', ['c_c6cd1213'], 'c_3d782f30', '2025-03-31'),
  item(
    5,
    'Besluitenlijst college 11 maart 2025',
    'De besluiten van burgemeester en wethouders.',
    ['c_3a248e3a'],
    'c_d4a4792f',
    '2025-03-11',
  ),
  item(
    6,
    'Onderzoek naar de reïntegratie van werkzoekenden',
    'Hoe de gemeente werkzoekenden helpt.',
    ['c_fdaee95e'],
    'c_6f49bf34',
    '2024-09-09',
  ),
];

const meta: Meta<Args> = {
  title: 'Components/woo-publications',
  component: 'woo-publications',
  args: { publications: sample, src: '', pageSize: 4, urlState: 'off' },
  render: (a) =>
    html`<woo-publications .publications=${a.publications} src=${a.src} page-size=${a.pageSize}
      url-state=${a.urlState}></woo-publications>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Filled: Story = {};
export const Empty: Story = { args: { publications: [] } };
export const Loading: Story = { args: { publications: undefined, src: '/examples/data/publications.json' } };
export const LoadError: Story = { args: { publications: undefined, src: '/does-not-exist.json' } };
export const SomeRecordsInvalid: Story = {
  args: {
    publications: [
      ...sample,
      { id: 'kapot' },
      { ...sample[0], id: 'x', url: 'javascript:alert(1)' },
      '<b>geen publicatie</b>',
    ],
  },
};
/** A Woo decision with the documents released with it, and one of them pointing back (DiWoo hasParts / isPartOf). */
export const Dossier: Story = {
  args: {
    publications: [
      {
        ...sample[0]!,
        publishedOn: '2025-04-29',
        hasParts: [
          { resource: 'https://www.example.nl/woo/1-bijlage-1.pdf', label: 'Bijlage 1: e-mails' },
          { resource: 'https://www.example.nl/woo/1-bijlage-2.pdf', label: 'Bijlage 2: notities' },
        ],
      },
      {
        ...item(
          7,
          'Bijlage 1: e-mails over de fietsbrug',
          'E-mails tussen de gemeente en de aannemer.',
          ['c_3baef532'],
          'c_4f50ca9c',
          '2025-04-15',
        ),
        url: 'https://www.example.nl/woo/1-bijlage-1.pdf',
        publishedOn: '2025-04-30',
        isPartOf: { resource: 'https://www.example.nl/woo/1.pdf', label: 'besluit.pdf' },
      },
    ],
  },
};
export const English: Story = { parameters: { locale: 'en' } };
/** Arabic, right to left, as a page in Arabic shows it. */
export const Arabic: Story = { parameters: { locale: 'ar', dir: 'rtl' } };
export const RightToLeft: Story = { parameters: { dir: 'rtl' } };
