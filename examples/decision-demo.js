// Script of the demo's decision pages (verzoek-beslist.html, besluit.html): loads the components,
// follows ?lang= like the main demo page, and keeps the language in the links between the pages.
import '/packages/elements/src/woo-kit.ts';

const pageText = {
  nl: {
    skip: 'Naar de inhoud',
    back: 'Terug naar Openheid en informatie',
    statusTitle: 'Uw Woo-verzoek WOO-2024-0117',
    decisionTitle: 'Besluit op Woo-verzoek WOO-2024-0117',
  },
  en: {
    skip: 'Skip to content',
    back: 'Back to Openness and information',
    statusTitle: 'Your Woo request WOO-2024-0117',
    decisionTitle: 'Decision on Woo request WOO-2024-0117',
  },
  tr: {
    skip: 'İçeriğe geç',
    back: 'Açıklık ve bilgi sayfasına dön',
    statusTitle: 'Woo başvurunuz WOO-2024-0117',
    decisionTitle: 'WOO-2024-0117 sayılı Woo başvurusuna ilişkin karar',
  },
  ar: {
    skip: 'انتقل إلى المحتوى',
    back: 'العودة إلى الشفافية والمعلومات',
    statusTitle: 'طلب Woo الخاص بك WOO-2024-0117',
    decisionTitle: 'القرار بشأن طلب Woo رقم WOO-2024-0117',
  },
  pl: {
    skip: 'Przejdź do treści',
    back: 'Wróć do strony Jawność i informacja',
    statusTitle: 'Twój wniosek Woo WOO-2024-0117',
    decisionTitle: 'Decyzja w sprawie wniosku Woo WOO-2024-0117',
  },
  uk: {
    skip: 'Перейти до змісту',
    back: 'Назад до сторінки Відкритість та інформація',
    statusTitle: 'Ваш запит Woo WOO-2024-0117',
    decisionTitle: 'Рішення щодо запиту Woo WOO-2024-0117',
  },
};

const requested = new URLSearchParams(location.search).get('lang') ?? 'nl';
const lang = requested in pageText ? requested : 'nl';
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = pageText[lang][el.dataset.i18n];
const withLang = (href) => (lang === 'nl' ? href : `${href}?lang=${lang}`);
for (const link of document.querySelectorAll('a[data-keep-lang]')) link.href = withLang(link.getAttribute('href'));
const status = document.querySelector('woo-request-status');
if (status) status.decisionHref = withLang('/examples/besluit.html');
