// The demo page's only script: loads every woo-kit component and wires the language switch.
// The locale follows <html lang>; the switch keeps the choice in the URL (?lang=en), never in storage.
import '/packages/elements/src/woo-kit.ts';
import { applyTheme, findTheme } from '/examples/themes/themes.ts';

// ?theme=start (utrecht, amsterdam, denhaag, rijkshuisstijl, voorbeeld) shows the page in a real municipal
// NL Design System theme (examples/themes/themes.ts); its CSS comes from this site, like a municipality hosts it.
const theme = findTheme(new URLSearchParams(location.search).get('theme'));
if (theme) void applyTheme(document, theme);

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
    effect: 'Vinden mensen wat ze zoeken?',
    contact: 'Contact',
    home: 'Naar de hoofdpagina',
    decidedExample: 'Voorbeeld: een verzoek waarop de gemeente heeft beslist, met de uitleg van het besluit',
  },
  en: {
    skip: 'Skip to content',
    title: 'Openness and information',
    intro:
      'The municipality publishes information. You can also ask for information yourself. This page shows you how.',
    ask: 'Ask for information',
    status: 'How is your request going?',
    calculator: 'Calculate the deadline',
    publications: 'Search publications',
    categories: 'What does the municipality publish?',
    timeliness: 'Does the municipality decide on time?',
    effect: 'Do people find what they are looking for?',
    contact: 'Contact',
    home: 'To the home page',
    decidedExample: 'Example: a request the municipality has decided on, with the decision explained',
  },
  tr: {
    skip: 'İçeriğe geç',
    title: 'Açıklık ve bilgi',
    intro:
      'Belediye bilgileri herkese açık yapar. Siz de bilgi isteyebilirsiniz. Bu sayfada nasıl yapacağınızı görürsünüz.',
    ask: 'Bilgi isteyin',
    status: 'Talebiniz ne durumda?',
    calculator: 'Süreyi hesaplayın',
    publications: 'Yayınlarda arayın',
    categories: 'Belediye neleri yayımlar?',
    timeliness: 'Belediye zamanında karar veriyor mu?',
    effect: 'İnsanlar aradıklarını buluyor mu?',
    contact: 'İletişim',
    home: 'Ana sayfaya',
    decidedExample: 'Örnek: belediyenin karar verdiği bir başvuru ve kararın açıklaması',
  },
  ar: {
    skip: 'انتقل إلى المحتوى',
    title: 'الشفافية والمعلومات',
    intro: 'تنشر البلدية المعلومات. يمكنك أيضًا أن تطلب المعلومات بنفسك. في هذه الصفحة ترى كيف تفعل ذلك.',
    ask: 'اطلب معلومات',
    status: 'ما وضع طلبك؟',
    calculator: 'احسب المهلة',
    publications: 'ابحث في المنشورات',
    categories: 'ماذا تنشر البلدية؟',
    timeliness: 'هل تقرر البلدية في الوقت المحدد؟',
    effect: 'هل يجد الناس ما يبحثون عنه؟',
    contact: 'اتصل بنا',
    home: 'إلى الصفحة الرئيسية',
    decidedExample: 'مثال: طلب قررت فيه البلدية، مع شرح القرار',
  },
  pl: {
    skip: 'Przejdź do treści',
    title: 'Jawność i informacja',
    intro:
      'Gmina udostępnia informacje. Możesz też sam poprosić o informacje. Na tej stronie zobaczysz, jak to zrobić.',
    ask: 'Poproś o informacje',
    status: 'Co z Twoim wnioskiem?',
    calculator: 'Oblicz termin',
    publications: 'Szukaj publikacji',
    categories: 'Co gmina publikuje?',
    timeliness: 'Czy gmina decyduje na czas?',
    effect: 'Czy ludzie znajdują to, czego szukają?',
    contact: 'Kontakt',
    home: 'Do strony głównej',
    decidedExample: 'Przykład: wniosek, w którym gmina wydała decyzję, z wyjaśnieniem decyzji',
  },
  uk: {
    skip: 'Перейти до змісту',
    title: 'Відкритість та інформація',
    intro:
      'Муніципалітет оприлюднює інформацію. Ви також можете самі попросити інформацію. На цій сторінці ' +
      'показано, як це зробити.',
    ask: 'Попросити інформацію',
    status: 'Як справи з вашим запитом?',
    calculator: 'Розрахувати строк',
    publications: 'Шукати публікації',
    categories: 'Що оприлюднює муніципалітет?',
    timeliness: 'Чи вчасно ухвалює рішення муніципалітет?',
    effect: 'Чи знаходять люди те, що шукають?',
    contact: 'Контакти',
    home: 'На головну сторінку',
    decidedExample: 'Приклад: запит, щодо якого муніципалітет ухвалив рішення, з поясненням рішення',
  },
};

function applyLanguage(lang) {
  const text = pageText[lang] ?? pageText.nl;
  document.documentElement.lang = lang in pageText ? lang : 'nl';
  // Arabic is written right to left; the components follow the page's direction.
  document.documentElement.dir = document.documentElement.lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = text[el.dataset.i18n];
  // The example of a decided request keeps the language.
  const decided = document.getElementById('decided-example');
  if (decided)
    decided.href =
      document.documentElement.lang === 'nl'
        ? '/examples/verzoek-beslist.html'
        : `/examples/verzoek-beslist.html?lang=${document.documentElement.lang}`;
  for (const link of document.querySelectorAll('[data-lang]')) {
    if (link.dataset.lang === document.documentElement.lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

applyLanguage(new URLSearchParams(location.search).get('lang') ?? 'nl');
// The language links keep a status link's fragment, so switching language never loses the token.
for (const link of document.querySelectorAll('[data-lang]')) {
  const themed = theme ? `&theme=${theme.id}` : '';
  const keep = () =>
    link.setAttribute(
      'href',
      `?lang=${link.dataset.lang}${themed}${location.hash.startsWith('#t=') ? location.hash : ''}`,
    );
  keep();
  window.addEventListener('hashchange', keep);
}

// The status shows the request just sent with the form. Its details are private: the server gives a
// status link with a token in the fragment (`/woo-status#t=…&id=…`), which the component reads from
// the address and sends as a bearer token. Here the demo puts that fragment on this page's address.
document.addEventListener('woo-request-sent', (event) => {
  const link = event.receipt.statusUrl;
  if (link) location.hash = new URL(link, location.href).hash;
});
