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
    contact: 'Contact',
  },
  en: {
    skip: 'Skip to content',
    title: 'Openness and information',
    intro: 'The municipality publishes information. You can also ask for information yourself. This page shows you how.',
    ask: 'Ask for information',
    status: 'How is your request going?',
    calculator: 'Calculate the deadline',
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
