import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { examplePublication, type Publication } from '@woo-kit/core';
import './define.js';

interface Args {
  publications: unknown;
  src: string;
  today: string;
  links: string;
  showNotApplicable: boolean;
}

const inCategory = (code: string, i: number): Publication => ({
  ...examplePublication,
  id: `story-${i}`,
  informationCategories: [code] as Publication['informationCategories'],
});
const some = ['c_139c6280', 'c_40a05794', 'c_3baef532', 'c_3baef532', 'c_99a836c7'].map(inCategory);
const complete = ['c_139c6280', 'c_aab6bfc7', 'c_40a05794', 'c_89ee6784', 'c_3baef532'].map(inCategory);

const meta: Meta<Args> = {
  title: 'Components/woo-categories',
  component: 'woo-categories',
  args: {
    publications: some,
    src: '',
    today: '2025-05-01',
    links: '{"c_139c6280":"https://www.example.nl/regels","c_3baef532":"https://www.example.nl/woo-besluiten"}',
    showNotApplicable: false,
  },
  render: (a) =>
    html`<woo-categories
      .publications=${a.publications}
      src=${a.src}
      today=${a.today}
      links=${a.links}
      ?show-not-applicable=${a.showNotApplicable}
    ></woo-categories>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Filled: Story = {};
export const AllMandatoryPublished: Story = { args: { publications: complete } };
export const ShowNotApplicable: Story = { args: { showNotApplicable: true } };
export const Empty: Story = { args: { publications: undefined, links: '' } };
export const Loading: Story = { args: { publications: undefined, src: '/examples/data/publications.json' } };
export const LoadError: Story = { args: { publications: undefined, src: '/does-not-exist.json' } };
export const English: Story = { parameters: { locale: 'en' } };
/** Arabic, right to left, as a page in Arabic shows it. */
export const Arabic: Story = { parameters: { locale: 'ar', dir: 'rtl' } };
export const RightToLeft: Story = { parameters: { dir: 'rtl' } };
