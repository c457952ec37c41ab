// The demo page's only script: loads every woo-kit component and wires the language switch.
// The locale follows <html lang>; the switch keeps the choice in the URL (?lang=en), never in storage.
import '/packages/elements/src/woo-kit.ts';

const pageText = {
  nl: {
    skip: 'Naar de inhoud',
    title: 'Openheid en informatie',
    intro: 'De gemeente maakt informatie openbaar. U kunt ook zelf om informatie vragen. Op deze pagina ziet u hoe.',
    ask: 'Informatie opvragen',
    status: 'Hoe staat het met uw verzoek?',
    calculator: 'Termijn berekenen',
    publications: 'Publicaties zoeken',
    categories: 'Wat maakt de gemeente openbaar?',
    timeliness: 'Beslist de gemeente op tijd?',
    contact: 'Contact',
  },
  en: {
    skip: 'Skip to content',
    title: 'Openness and information',
    intro: 'The municipality publishes information. You can also ask for information yourself. This page shows you how.',
    ask: 'Ask for information',
    status: 'How is your request going?',
    calculator: 'Calculate the deadline',
    publications: 'Search publications',
    categories: 'What does the municipality publish?',
    timeliness: 'Does the municipality decide on time?',
    contact: 'Contact',
  },
};

function applyLanguage(lang) {
  const text = pageText[lang] ?? pageText.nl;
  document.documentElement.lang = lang in pageText ? lang : 'nl';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = text[el.dataset.i18n];
  for (const link of document.querySelectorAll('[data-lang]')) {
    if (link.dataset.lang === document.documentElement.lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

applyLanguage(new URLSearchParams(location.search).get('lang') ?? 'nl');

// The status shows a request of the reference service (served by `pnpm start` under /api): the one
// just sent with the form, or else the most recent request that is still open.
const status = document.getElementById('request-status');
document.addEventListener('woo-request-sent', (event) => {
  status.src = `/api/requests/${encodeURIComponent(event.receipt.reference)}`;
});
fetch('/api/requests', { headers: { accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : { items: [] }))
  .then(({ items }) => {
    const open = [...items].reverse().find((r) => !(r.events ?? []).some((e) => e.type === 'decided'));
    const pick = open ?? items[items.length - 1];
    if (pick && !status.src) status.src = `/api/requests/${encodeURIComponent(pick.id)}`;
  })
  .catch(() => undefined);
