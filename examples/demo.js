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
    decidedExample: 'Voorbeeld: een verzoek waarop de gemeente heeft beslist, met de uitleg van het besluit',
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
    decidedExample: 'Example: a request the municipality has decided on, with the decision explained',
  },
  tr: {
    skip: 'İçeriğe geç',
    title: 'Açıklık ve bilgi',
    intro: 'Belediye bilgileri herkese açık yapar. Siz de bilgi isteyebilirsiniz. Bu sayfada nasıl yapacağınızı görürsünüz.',
    ask: 'Bilgi isteyin',
    status: 'Talebiniz ne durumda?',
    calculator: 'Süreyi hesaplayın',
    publications: 'Yayınlarda arayın',
    categories: 'Belediye neleri yayımlar?',
    timeliness: 'Belediye zamanında karar veriyor mu?',
    contact: 'İletişim',
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
    contact: 'اتصل بنا',
    decidedExample: 'مثال: طلب قررت فيه البلدية، مع شرح القرار',
  },
  pl: {
    skip: 'Przejdź do treści',
    title: 'Jawność i informacja',
    intro: 'Gmina udostępnia informacje. Możesz też sam poprosić o informacje. Na tej stronie zobaczysz, jak to zrobić.',
    ask: 'Poproś o informacje',
    status: 'Co z Twoim wnioskiem?',
    calculator: 'Oblicz termin',
    publications: 'Szukaj publikacji',
    categories: 'Co gmina publikuje?',
    timeliness: 'Czy gmina decyduje na czas?',
    contact: 'Kontakt',
    decidedExample: 'Przykład: wniosek, w którym gmina wydała decyzję, z wyjaśnieniem decyzji',
  },
  uk: {
    skip: 'Перейти до змісту',
    title: 'Відкритість та інформація',
    intro: 'Муніципалітет оприлюднює інформацію. Ви також можете самі попросити інформацію. На цій сторінці показано, як це зробити.',
    ask: 'Попросити інформацію',
    status: 'Як справи з вашим запитом?',
    calculator: 'Розрахувати строк',
    publications: 'Шукати публікації',
    categories: 'Що оприлюднює муніципалітет?',
    timeliness: 'Чи вчасно ухвалює рішення муніципалітет?',
    contact: 'Контакти',
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
  if (decided) decided.href = document.documentElement.lang === 'nl' ? '/examples/verzoek-beslist.html' : `/examples/verzoek-beslist.html?lang=${document.documentElement.lang}`;
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
