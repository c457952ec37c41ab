# Ukrainian (uk) translation table for woo-kit, used by scripts/fill-xliff.py:
#
#     python3 scripts/fill-xliff.py xliff/uk.xlf xliff/tables/uk.py
#
# Keys are the exact Dutch source text, or the trans-unit id for plural forms.
#
# Plain Ukrainian (short sentences, polite "ви"). Dutch legal terms that people meet in letters are kept
# in brackets. Terms used throughout (one Ukrainian word per Dutch term):
#   gemeente            муніципалітет (masculine: "він")
#   Woo-verzoek         запит Woo            verzoek          запит
#   besluit / beslissen рішення / ухвалити рішення
#   termijn             строк                de termijn staat stil  строк зупинено / зупиняється
#   verdagen, verlengen продовжити строк (verdaging)
#   zienswijze, mening  думка (zienswijze)
#   ingebrekestelling   лист-вимога (ingebrekestelling)
#   dwangsom            штраф (dwangsom)
#   openbaar maken      оприлюднити          verplicht        обов’язковий
#   aanvullen           доповнити            duidelijker maken  уточнити
#   kenmerk             номер запиту         doel (dashboard) мета
#   te laat (gemeente)  запізнюється         te laat (verzoek)  прострочений
#   in beroep gaan bij de rechter  звернутися до суду
# Short references in brackets (Woo 4.1 lid 5, Awb 6:12) stay as in Dutch, as in the English; the word
# "artikel" and the category labels are translated (Woo, стаття 3.3, частина 2, пункт a).
#
# Dates with weekday ("п’ятниця, 25 квітня 2025 р.") are nominative, so they stand after a colon or a
# dash, never after a preposition such as "з" or "до".

T = {
    # woo-categories
    'Woo artikel <x id="0" equiv-text="${article}"/>':
        'Woo, стаття <x id="0" equiv-text="${article}"/>',
    'Woo artikel 3.3 lid <x id="0" equiv-text="${lid}"/> onder <x id="1" equiv-text="${letter}"/>':
        'Woo, стаття 3.3, частина <x id="0" equiv-text="${lid}"/>, пункт <x id="1" equiv-text="${letter}"/>',
    'Geldt niet voor gemeenten.':
        'Не стосується муніципалітетів.',
    'Nee. De gemeente mag meer openbaar maken dan de verplichte categorieën. Dat doet zij vrijwillig.':
        'Ні. Муніципалітет може оприлюднювати більше, ніж обов’язкові категорії. Він робить це добровільно.',
    'Nog niet. De regering moet eerst bepalen vanaf wanneer. De gemeente mag deze informatie nu al openbaar maken.':
        'Ще ні. Спочатку уряд має вирішити, з якої дати. Муніципалітет уже зараз може оприлюднювати цю інформацію.',
    'Ja, sinds <x id="0" equiv-text="${date}"/>.':
        'Так, з <x id="0" equiv-text="${date}"/>.',
    'Nog niet. Verplicht vanaf <x id="0" equiv-text="${date}"/>.':
        'Ще ні. Обов’язково з <x id="0" equiv-text="${date}"/>.',
    'Verplicht?':
        'Обов’язково?',
    'Nog geen publicaties, maar deze categorie is verplicht.':
        'Публікацій ще немає, але ця категорія обов’язкова.',
    'Nog geen publicaties.':
        'Публікацій ще немає.',
    'Bekijk de publicaties':
        'Переглянути публікації',
    'Op dit moment is geen enkele categorie verplicht.':
        'Зараз жодна категорія не є обов’язковою.',
    'Nu verplicht: <x id="0" equiv-text="${mandatory.length}"/> van de 17 categorieën.':
        'Зараз обов’язкові: <x id="0" equiv-text="${mandatory.length}"/> з 17 категорій.',
    'Nog geen publicaties in deze verplichte categorieën:':
        'Ще немає публікацій у цих обов’язкових категоріях:',
    'Alle verplichte categorieën hebben publicaties.':
        'В усіх обов’язкових категоріях є публікації.',
    'Informatie die de gemeente zelf openbaar maakt':
        'Інформація, яку муніципалітет оприлюднює сам',
    'De Woo noemt 17 soorten informatie die de overheid zelf openbaar moet maken. Die heten informatiecategorieën. Hieronder staat per categorie wat erin zit en of de gemeente deze informatie al openbaar moet maken.':
        'Закон Woo називає 17 видів інформації, які влада має оприлюднювати сама. Їх називають категоріями інформації (informatiecategorieën). Нижче для кожної категорії написано, що до неї входить і чи муніципалітет уже мусить оприлюднювати цю інформацію.',
    'De instellingen van de categorieën kloppen niet. U ziet de gewone instellingen.':
        'Налаштування категорій неправильні. Ви бачите стандартні налаштування.',

    # woo-contact
    'Hulp bij informatie van de gemeente':
        'Допомога з інформацією від муніципалітету',
    'De contactgegevens worden geladen…':
        'Завантажуємо контактні дані…',
    'De contactgegevens konden niet worden geladen. Probeer het later opnieuw.':
        'Не вдалося завантажити контактні дані. Спробуйте ще раз пізніше.',
    'Heeft u een vraag over informatie van de gemeente? Wij helpen u graag.':
        'Маєте запитання про інформацію муніципалітету? Ми охоче допоможемо.',
    'Telefoon':
        'Телефон',
    'E-mail':
        'Електронна пошта',
    'Adres':
        'Адреса',
    'Postadres':
        'Поштова адреса',
    'Open':
        'Години роботи',
    'Toegankelijkheid':
        'Доступність',
    'Een Woo-verzoek indienen':
        'Подати запит Woo',
    'Met een Woo-verzoek vraagt u informatie op die nog niet openbaar is. Iedereen mag dat doen. U hoeft niet te zeggen waarom.':
        'Запитом Woo ви просите інформацію, яку ще не оприлюднили. Це може зробити кожен. Пояснювати причину не потрібно.',
    'Vraag informatie op met een Woo-verzoek':
        'Попросіть інформацію через запит Woo',
    'Per e-mail:':
        'Електронною поштою:',
    'Per post:':
        'Поштою:',
    'Aan de balie: kom langs op het adres hierboven, als wij open zijn.':
        'Особисто: приходьте за адресою вище в години роботи.',
    'Meer over openbaarheid bij de gemeente':
        'Більше про відкритість інформації в муніципалітеті',

    # woo-deadline-calculator
    'Vul een datum in.':
        'Введіть дату.',
    'Vul een dag, een maand en een jaar in.':
        'Введіть день, місяць і рік.',
    'Vul de datum in met cijfers, bijvoorbeeld 28 3 2025.':
        'Введіть дату цифрами, наприклад 28 3 2025.',
    'Het jaar moet 4 cijfers hebben, bijvoorbeeld 2025.':
        'Рік має складатися з 4 цифр, наприклад 2025.',
    'Deze datum bestaat niet. Kijk of de dag en de maand kloppen.':
        'Такої дати немає. Перевірте день і місяць.',
    'Kies wat voor periode het was.':
        'Виберіть, який це був період.',
    'Vul het aantal dagen in als een heel getal, bijvoorbeeld 14.':
        'Введіть кількість днів цілим числом, наприклад 14.',
    'Periode <x id="0" equiv-text="${n}"/>':
        'Період <x id="0" equiv-text="${n}"/>',
    'Waarom stond de termijn stil?':
        'Чому строк зупинявся?',
    'De gemeente vroeg mij mijn verzoek aan te vullen of duidelijker te maken':
        'Муніципалітет попросив мене доповнити або уточнити запит',
    'De gemeente vroeg anderen om hun mening (een zienswijze)':
        'Муніципалітет попросив інших висловити думку (zienswijze)',
    'Ik heb schriftelijk ingestemd met uitstel':
        'Я письмово погодився (погодилася) на відстрочку',
    'Er was overmacht: de gemeente kon niet beslissen door iets buiten haar schuld':
        'Був форс-мажор: муніципалітет не міг ухвалити рішення не зі своєї вини',
    'Op welke dag liet de gemeente u dat weten?':
        'Якого дня муніципалітет вам про це повідомив?',
    'Op welke dag kwam de mening binnen?':
        'Якого дня надійшла думка?',
    'Op welke dag heeft u uw verzoek aangevuld?':
        'Якого дня ви доповнили свій запит?',
    'Of de laatste dag van de termijn die de gemeente daarvoor gaf.':
        'Або останній день строку, який для цього дав муніципалітет.',
    'Hoeveel dagen?':
        'Скільки днів?',
    'Periode <x id="0" equiv-text="${n}"/> verwijderen':
        'Видалити період <x id="0" equiv-text="${n}"/>',
    'De gemeente moet uiterlijk beslissen op':
        'Останній день для рішення муніципалітету',
    'De eerste termijn van 4 weken eindigt op <x id="0" equiv-text="${date(r.firstTermEnd)}"/>.':
        'Кінець першого строку (4 тижні): <x id="0" equiv-text="${date(r.firstTermEnd)}"/>.',
    'De verlenging telt niet, omdat de gemeente die te laat heeft gemeld.':
        'Продовження строку не враховується, бо муніципалітет повідомив про нього надто пізно.',
    'Zo is deze datum berekend':
        'Як розраховано цю дату',
    'Een andere uitleg van de wet':
        'Інше тлумачення закону',
    'Volgens die uitleg is de laatste dag <x id="0" equiv-text="${date(alt.deadline)}"/>.':
        'За цим тлумаченням останній день — <x id="0" equiv-text="${date(alt.deadline)}"/>.',
    'Andere belangrijke data':
        'Інші важливі дати',
    'Vraag om uw verzoek duidelijker te maken':
        'Прохання уточнити ваш запит',
    'De gemeente moet dat uiterlijk <x id="0" equiv-text="${date(r.related.clarificationRequestDue)}"/> vragen (Woo 4.1 lid 5).':
        'Останній день, коли муніципалітет може про це попросити: <x id="0" equiv-text="${date(r.related.clarificationRequestDue)}"/> (Woo 4.1 lid 5).',
    'Te laat? Stuur een ingebrekestelling':
        'Муніципалітет запізнюється? Надішліть лист-вимогу (ingebrekestelling)',
    'Vanaf <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>. Dat is een brief waarin u schrijft dat de gemeente te laat is.':
        'Перший день, коли це можна зробити: <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>. Це лист, у якому ви пишете, що муніципалітет запізнюється.',
    'Naar de rechter':
        'Звернення до суду',
    'Twee weken nadat de gemeente uw ingebrekestelling heeft ontvangen, kunt u in beroep gaan (Awb 6:12). Ontvangt de gemeente de brief op <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>, dan kan dat vanaf <x id="1" equiv-text="${date(r.related.appealForFailureToDecideFrom)}"/>. Sommige rechters tellen een dag minder: dan vanaf <x id="2" equiv-text="${date(r.related.appealForFailureToDecideFromAlternative)}"/>.':
        'Через два тижні після того, як муніципалітет отримав ваш лист-вимогу, ви можете звернутися до суду (Awb 6:12). Якщо дата отримання листа — <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>, то перший день для звернення до суду — <x id="1" equiv-text="${date(r.related.appealForFailureToDecideFrom)}"/>. Деякі суди рахують на один день менше: тоді це <x id="2" equiv-text="${date(r.related.appealForFailureToDecideFromAlternative)}"/>.',
    'Dwangsom':
        'Штраф (dwangsom)',
    'Wanneer moet de gemeente beslissen?':
        'Коли муніципалітет має ухвалити рішення?',
    'Vul in wanneer de gemeente uw Woo-verzoek heeft ontvangen. U ziet dan de laatste dag waarop de gemeente moet beslissen. En hoe die dag is berekend.':
        'Введіть, коли муніципалітет отримав ваш запит Woo. Тоді ви побачите останній день, коли муніципалітет має ухвалити рішення. І як цей день розраховано.',
    'Wanneer heeft de gemeente uw verzoek ontvangen?':
        'Коли муніципалітет отримав ваш запит?',
    'Bijvoorbeeld 28 3 2025. Stuurde u het verzoek per e-mail of via de website? Dan is dat meestal de dag waarop u het verstuurde.':
        'Наприклад 28 3 2025. Ви надіслали запит електронною поштою або через вебсайт? Тоді зазвичай це день, коли ви його надіслали.',
    'De gemeente heeft de termijn met 2 weken verlengd':
        'Муніципалітет продовжив строк на 2 тижні',
    'Dit heet verdagen. De gemeente mag dat één keer doen. Zij moet u dat op tijd schriftelijk laten weten.':
        'Це називається продовженням строку (verdaging). Муніципалітет може зробити це один раз. Він має вчасно повідомити вас про це письмово.',
    'Stond de termijn stil?':
        'Чи зупинявся строк?',
    'De termijn staat stil als de gemeente u vraagt uw verzoek aan te vullen. Of als zij eerst anderen om hun mening vraagt. Voeg zo’n periode hieronder toe.':
        'Строк зупиняється, коли муніципалітет просить вас доповнити запит. Або коли він спочатку питає думку інших. Додайте такий період нижче.',
    'Periode toevoegen':
        'Додати період',
    'Bereken de termijn':
        'Розрахувати строк',
    'Bijvoorbeeld 1 3 2025':
        'Наприклад 1 3 2025',

    # woo-publications
    'Filter de publicaties':
        'Фільтрувати публікації',
    'Informatiecategorie':
        'Категорія інформації',
    'Alle categorieën':
        'Усі категорії',
    'Soort document':
        'Тип документа',
    'Alle soorten':
        'Усі типи',
    'Organisatie':
        'Організація',
    'Alle organisaties':
        'Усі організації',
    'Datum vanaf':
        'Дата від',
    'Datum tot en met':
        'Дата до (включно)',
    'Categorie':
        'Категорія',
    'Soort':
        'Тип',
    'Datum':
        'Дата',
    'Pagina':
        'Сторінка',
    'Pagina’s met publicaties':
        'Сторінки з публікаціями',
    'Vorige pagina':
        'Попередня сторінка',
    'Volgende pagina':
        'Наступна сторінка',
    'Best passend':
        'Найкращий збіг',
    'Nieuwste eerst':
        'Спочатку нові',
    'Oudste eerst':
        'Спочатку старі',
    'Titel (A tot Z)':
        'Назва (від A до Z)',
    'Zoeken in publicaties':
        'Пошук у публікаціях',
    'Zoek in titel en omschrijving':
        'Шукати в назві та описі',
    'Zoeken':
        'Шукати',
    'Wis zoekwoorden en filters':
        'Очистити пошук і фільтри',
    'Pagina <x id="0" equiv-text="${page}"/> van <x id="1" equiv-text="${pages}"/>.':
        'Сторінка <x id="0" equiv-text="${page}"/> з <x id="1" equiv-text="${pages}"/>.',
    'Sorteer':
        'Сортувати',
    'Er zijn geen publicaties gevonden. Probeer andere woorden of minder filters.':
        'Публікацій не знайдено. Спробуйте інші слова або менше фільтрів.',
    'Publicaties':
        'Публікації',
    'De publicaties worden geladen…':
        'Завантажуємо публікації…',
    'Dit duurt langer dan normaal. Nog even geduld.':
        'Це триває довше, ніж зазвичай. Зачекайте ще трохи.',
    'Er zijn nog geen publicaties.':
        'Публікацій ще немає.',
    'De lijst met publicaties heeft niet de goede vorm. Wij kunnen hem niet lezen.':
        'Список публікацій має неправильний формат. Ми не можемо його прочитати.',
    'De lijst met publicaties is beschadigd. Wij kunnen hem niet lezen.':
        'Список публікацій пошкоджено. Ми не можемо його прочитати.',
    'Wij kunnen de lijst met publicaties niet vinden.':
        'Ми не можемо знайти список публікацій.',
    'De server doet er te lang over. Probeer het later opnieuw.':
        'Сервер відповідає занадто довго. Спробуйте ще раз пізніше.',
    'Het adres van de lijst met publicaties is niet goed.':
        'Адреса списку публікацій неправильна.',
    'De publicaties konden niet worden geladen. Probeer het later opnieuw.':
        'Не вдалося завантажити публікації. Спробуйте ще раз пізніше.',

    # woo-request-form
    'Fout (<x id="0" equiv-text="${count}"/>):':
        'Помилки (<x id="0" equiv-text="${count}"/>):',
    'Vul een dag, een maand en een jaar in. Of laat alle drie leeg.':
        'Введіть день, місяць і рік. Або залиште всі три поля порожніми.',
    'Vul de datum in met cijfers, bijvoorbeeld 1 1 2024.':
        'Введіть дату цифрами, наприклад 1 1 2024.',
    'Het jaar moet 4 cijfers hebben, bijvoorbeeld 2024.':
        'Рік має складатися з 4 цифр, наприклад 2024.',
    'Kies of u een antwoord op een vraag zoekt of informatie.':
        'Виберіть, що вам потрібно: відповідь на запитання чи інформація.',
    'Schrijf welke informatie u zoekt.':
        'Напишіть, яку інформацію ви шукаєте.',
    'Schrijf iets meer over de informatie die u zoekt.':
        'Напишіть трохи більше про інформацію, яку ви шукаєте.',
    'De einddatum moet na de begindatum liggen.':
        'Кінцева дата має бути пізніше за початкову.',
    'Kies hoe u antwoord wilt krijgen.':
        'Виберіть, як ви хочете отримати відповідь.',
    'Vul uw e-mailadres in.':
        'Введіть свою електронну адресу.',
    'Vul een e-mailadres in zoals naam@voorbeeld.nl.':
        'Введіть електронну адресу, наприклад name@example.nl.',
    'Vul uw straat in.':
        'Введіть назву вулиці.',
    'Vul uw postcode in zoals 1234 AB.':
        'Введіть поштовий індекс у форматі 1234 AB.',
    'Vul uw woonplaats in.':
        'Введіть своє місто або село.',
    'Vink aan dat u dit heeft gelezen.':
        'Поставте позначку, що ви це прочитали.',
    'Stap <x id="0" equiv-text="${n}"/> van <x id="1" equiv-text="${total}"/>':
        'Крок <x id="0" equiv-text="${n}"/> з <x id="1" equiv-text="${total}"/>',
    'Wat zoekt u?':
        'Що ви шукаєте?',
    'Met een Woo-verzoek vraagt u de gemeente om informatie, zoals documenten, e-mails of verslagen. Soms wilt u alleen een antwoord op een vraag. Dan kunt u die vaak sneller stellen.':
        'Запитом Woo ви просите муніципалітет надати інформацію, наприклад документи, електронні листи чи протоколи. Іноді вам потрібна лише відповідь на запитання. Його часто можна поставити швидше.',
    'Wat wilt u?':
        'Що вам потрібно?',
    'Een antwoord op een vraag':
        'Відповідь на запитання',
    'Bijvoorbeeld: waarom wordt mijn straat opengebroken?':
        'Наприклад: чому на моїй вулиці розкопують дорогу?',
    'Documenten of andere informatie':
        'Документи або інша інформація',
    'Bijvoorbeeld: de verslagen van overleggen over een nieuwe brug.':
        'Наприклад: протоколи нарад про новий міст.',
    'U kunt uw vraag ook gewoon stellen.':
        'Ви можете просто поставити своє запитання.',
    'Dat is vaak sneller dan een Woo-verzoek. Wilt u toch een Woo-verzoek doen? Ga dan verder.':
        'Часто це швидше, ніж запит Woo. Все одно хочете подати запит Woo? Тоді продовжуйте.',
    'Stel uw vraag aan de gemeente':
        'Поставте запитання муніципалітету',
    'Bel':
        'Зателефонуйте',
    'Welke informatie zoekt u?':
        'Яку інформацію ви шукаєте?',
    'Beschrijf de informatie die u zoekt':
        'Опишіть інформацію, яку ви шукаєте',
    'Wees zo precies mogelijk. Schrijf over welk onderwerp het gaat, en welke soort stukken u zoekt. Bijvoorbeeld: alle e-mails tussen de gemeente en de aannemer over de nieuwe fietsbrug.':
        'Пишіть якомога точніше. Напишіть, якої теми це стосується і які документи ви шукаєте. Наприклад: усі електронні листи між муніципалітетом і підрядником про новий веломіст.',
    'Misschien is de informatie al openbaar':
        'Можливо, інформацію вже оприлюднено',
    'Over welke periode gaat het? Dit is niet verplicht.':
        'Якого періоду це стосується? Це необов’язково.',
    'Vanaf':
        'Від',
    'Tot en met':
        'До (включно)',
    'Hoe wilt u antwoord krijgen?':
        'Як ви хочете отримати відповідь?',
    'U hoeft uw naam niet te geven. Maar zonder e-mailadres of adres kunnen wij u geen antwoord sturen.':
        'Ви не мусите вказувати своє ім’я. Але без електронної чи поштової адреси ми не зможемо надіслати вам відповідь.',
    'Per e-mail':
        'Електронною поштою',
    'Per post':
        'Поштою',
    'Ik wil geen antwoord, en ik blijf anoniem':
        'Мені не потрібна відповідь, я звертаюся анонімно',
    'Uw naam':
        'Ваше ім’я',
    'Uw e-mailadres':
        'Ваша електронна адреса',
    'Uw telefoonnummer':
        'Ваш номер телефону',
    'Dan kunnen wij u bellen als iets niet duidelijk is.':
        'Тоді ми зможемо вам зателефонувати, якщо щось буде незрозуміло.',
    'Straat':
        'Вулиця',
    'Huisnummer':
        'Номер будинку',
    'Postcode':
        'Поштовий індекс',
    'Woonplaats':
        'Місто або село',
    'Ik begrijp dat de gemeente mijn verzoek en het besluit openbaar kan maken, zonder mijn naam en adres.':
        'Я розумію, що муніципалітет може оприлюднити мій запит і рішення без мого імені та адреси.',
    'Dat staat in de Wet open overheid (artikel 3.3). Uw gegevens gebruikt de gemeente alleen om uw verzoek te behandelen.':
        'Так написано в законі Wet open overheid (стаття 3.3). Муніципалітет використовує ваші дані лише для розгляду вашого запиту.',
    'Geen antwoord, anoniem':
        'Без відповіді, анонімно',
    'Wijzig':
        'Змінити',
    'Controleer uw verzoek':
        'Перевірте свій запит',
    'Wat u zoekt':
        'Що ви шукаєте',
    'Informatie':
        'Інформація',
    'Periode':
        'Період',
    'Antwoord':
        'Відповідь',
    'Uw gegevens':
        'Ваші дані',
    'Uw verzoek is niet verstuurd.':
        'Ваш запит не надіслано.',
    'Dit formulier is nog niet aangesloten op de gemeente. Uw antwoorden zijn bewaard. Stuur uw verzoek per e-mail of post, of neem contact op met de gemeente.':
        'Ця форма ще не підключена до муніципалітету. Ваші відповіді збережено. Надішліть запит електронною поштою чи поштою або зв’яжіться з муніципалітетом.',
    'U bent niet verbonden met internet.':
        'Немає з’єднання з інтернетом.',
    'Het versturen is niet gelukt.':
        'Не вдалося надіслати.',
    'Uw antwoorden zijn bewaard. Probeer het opnieuw. Lukt het niet? Probeer het later nog eens, of neem contact op met de gemeente.':
        'Ваші відповіді збережено. Спробуйте ще раз. Не виходить? Спробуйте пізніше або зв’яжіться з муніципалітетом.',
    'Wij hebben uw verzoek ontvangen':
        'Ми отримали ваш запит',
    'Uw kenmerk':
        'Номер вашого запиту',
    'Ontvangen op':
        'Дата отримання',
    'De gemeente beslist uiterlijk op':
        'Останній день для рішення муніципалітету',
    'De gemeente moet binnen 4 weken beslissen. Soms mag dat 2 weken langer. De termijn staat stil als de gemeente u iets moet vragen. Dan hoort u dat.':
        'Муніципалітет має ухвалити рішення протягом 4 тижнів. Іноді можна на 2 тижні довше. Строк зупиняється, коли муніципалітет має щось у вас запитати. Про це вам повідомлять.',
    'Hoe is deze datum berekend?':
        'Як розраховано цю дату?',
    'Bewaar uw kenmerk. Dat heeft u nodig als u contact opneemt over uw verzoek.':
        'Збережіть номер запиту. Він знадобиться, коли ви звертатиметеся щодо свого запиту.',
    'Bezig met versturen…':
        'Надсилаємо…',
    'Probeer opnieuw te versturen':
        'Спробувати надіслати ще раз',
    'Verstuur uw verzoek':
        'Надіслати запит',
    'Volgende':
        'Далі',
    'Vorige':
        'Назад',

    # woo-request-status
    'De gemeente vroeg u uw verzoek duidelijker te maken. De termijn staat stil.':
        'Муніципалітет попросив вас уточнити запит. Строк зупинено.',
    'De tijd om uw verzoek aan te vullen is voorbij. De termijn loopt weer.':
        'Час на доповнення запиту минув. Строк знову йде.',
    'U heeft uw verzoek aangevuld. De termijn loopt weer.':
        'Ви доповнили свій запит. Строк знову йде.',
    'De gemeente vroeg anderen om hun mening (zienswijze). De termijn staat stil.':
        'Муніципалітет попросив інших висловити думку (zienswijze). Строк зупинено.',
    'De tijd voor een mening is voorbij. De termijn loopt weer.':
        'Час, щоб висловити думку, минув. Строк знову йде.',
    'De mening van anderen is binnen. De termijn loopt weer.':
        'Думка інших надійшла. Строк знову йде.',
    'De gemeente heeft de termijn met 2 weken verlengd (verdaagd).':
        'Муніципалітет продовжив строк на 2 тижні (verdaging).',
    'Uw verzoek is doorgestuurd naar <x id="0" equiv-text="${event.to.name}"/>. Die organisatie beslist verder.':
        'Ваш запит переслано до <x id="0" equiv-text="${event.to.name}"/>. Рішення ухвалюватиме ця організація.',
    'De informatie is openbaar gemaakt.':
        'Інформацію оприлюднено.',
    'U heeft uw verzoek ingetrokken.':
        'Ви відкликали свій запит.',
    'Besluit: u krijgt de informatie.':
        'Рішення: ви отримаєте інформацію.',
    'Besluit: u krijgt een deel van de informatie.':
        'Рішення: ви отримаєте частину інформації.',
    'Besluit: u krijgt de informatie niet.':
        'Рішення: ви не отримаєте інформацію.',
    'Besluit: de gemeente heeft deze informatie niet.':
        'Рішення: муніципалітет не має цієї інформації.',
    'Besluit: de informatie is al openbaar.':
        'Рішення: інформацію вже оприлюднено.',
    'Besluit: de gemeente behandelt het verzoek niet.':
        'Рішення: муніципалітет не розглядатиме запит.',
    'De gemeente werkt aan uw verzoek. Zij moet uiterlijk <x id="0" equiv-text="${deadline}"/> beslissen.':
        'Муніципалітет працює над вашим запитом. Останній день для рішення: <x id="0" equiv-text="${deadline}"/>.',
    'De termijn staat nu stil. Als er niets verandert, moet de gemeente uiterlijk <x id="0" equiv-text="${deadline}"/> beslissen.':
        'Строк зараз зупинено. Якщо нічого не зміниться, останній день для рішення: <x id="0" equiv-text="${deadline}"/>.',
    'De gemeente heeft meer tijd genomen. Zij moet uiterlijk <x id="0" equiv-text="${deadline}"/> beslissen.':
        'Муніципалітет узяв більше часу. Останній день для рішення: <x id="0" equiv-text="${deadline}"/>.',
    'De gemeente is te laat. Zij had uiterlijk <x id="0" equiv-text="${deadline}"/> moeten beslissen.':
        'Муніципалітет запізнюється. Останній день для рішення був: <x id="0" equiv-text="${deadline}"/>.',
    'De gemeente heeft op tijd beslist.':
        'Муніципалітет ухвалив рішення вчасно.',
    'De gemeente heeft beslist, maar te laat.':
        'Муніципалітет ухвалив рішення, але із запізненням.',
    '<x id="0" equiv-text="${days}"/> te laat (<x id="1" equiv-text="${working}"/>).':
        'Запізнення: <x id="0" equiv-text="${days}"/> (<x id="1" equiv-text="${working}"/>).',
    'Nog <x id="0" equiv-text="${days}"/> (<x id="1" equiv-text="${working}"/>).':
        'Залишилося: <x id="0" equiv-text="${days}"/> (<x id="1" equiv-text="${working}"/>).',
    'De gemeente heeft uw verzoek ontvangen.':
        'Муніципалітет отримав ваш запит.',
    'Uiterste dag voor het besluit.':
        'Останній день для рішення.',
    'Vandaag':
        'Сьогодні',
    'De gemeente is te laat. Wat kunt u doen?':
        'Муніципалітет запізнюється. Що ви можете зробити?',
    'Stuur de gemeente een ingebrekestelling. Dat is een brief waarin u schrijft dat de gemeente te laat is. Dat kan vanaf <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>. Hieronder staat een brief die u kunt gebruiken.':
        'Надішліть муніципалітету лист-вимогу (ingebrekestelling). Це лист, у якому ви пишете, що муніципалітет запізнюється. Перший день, коли це можна зробити: <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>. Нижче є лист, яким ви можете скористатися.',
    'Heeft de gemeente 2 weken na ontvangst van uw brief nog steeds niet beslist? Dan kunt u in beroep gaan bij de rechter (Awb 6:12). Ontvangt de gemeente uw brief op <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>, dan kan dat vanaf <x id="1" equiv-text="${date(result.related.appealForFailureToDecideFrom)}"/>.':
        'Муніципалітет так і не ухвалив рішення через 2 тижні після отримання вашого листа? Тоді ви можете звернутися до суду (Awb 6:12). Якщо дата отримання листа — <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>, то перший день для звернення до суду — <x id="1" equiv-text="${date(result.related.appealForFailureToDecideFrom)}"/>.',
    'De rechter zegt dan meestal dat de gemeente binnen 2 weken moet beslissen. Vaak moet de gemeente betalen voor elke dag dat zij daarna nog te laat is. U kunt geen dwangsom van de gemeente zelf eisen: die regel geldt niet voor Woo-verzoeken (Woo 8.2).':
        'Тоді суд зазвичай зобов’язує муніципалітет ухвалити рішення протягом 2 тижнів. Часто муніципалітет має платити за кожен день, на який він після цього запізнюється. Ви не можете самі вимагати від муніципалітету штраф (dwangsom): це правило не діє для запитів Woo (Woo 8.2).',
    'Brief: ingebrekestelling':
        'Лист-вимога (ingebrekestelling)',
    'De brief is in het Nederlands, omdat hij naar de gemeente gaat. Vul uw naam en adres in voordat u hem verstuurt.':
        'Лист написано нідерландською, бо його отримає муніципалітет. Перш ніж надіслати лист, впишіть у нього своє ім’я та адресу.',
    'Kopieer de brief':
        'Скопіювати лист',
    'Print de brief':
        'Надрукувати лист',
    'De brief is gekopieerd.':
        'Лист скопійовано.',
    'Wij kunnen de termijn van dit verzoek niet berekenen. De gegevens kloppen niet.':
        'Ми не можемо розрахувати строк для цього запиту. Дані неправильні.',
    'Uw Woo-verzoek':
        'Ваш запит Woo',
    'Wat is er gebeurd?':
        'Що відбулося?',
    'Er is geen verzoek om te tonen.':
        'Немає запиту для показу.',
    'Het verzoek wordt geladen…':
        'Завантажуємо запит…',
    'Wij kunnen dit verzoek niet vinden.':
        'Ми не можемо знайти цей запит.',
    'Wij kunnen dit verzoek niet tonen. De gegevens kloppen niet.':
        'Ми не можемо показати цей запит. Дані неправильні.',
    'Het verzoek kon niet worden geladen. Probeer het later opnieuw.':
        'Не вдалося завантажити запит. Спробуйте ще раз пізніше.',

    # woo-timeliness-dashboard
    # "12 van 40 verzoeken": after "з" Ukrainian needs the genitive ("з 3 запитів"), which requestsText
    # does not give, so the total comes first, in the nominative.
    '<x id="0" equiv-text="${count}"/> van <x id="1" equiv-text="${requestsText(of, this.locale)}"/>':
        'Усього <x id="1" equiv-text="${requestsText(of, this.locale)}"/>, з них <x id="0" equiv-text="${count}"/>',
    'Doel van <x id="0" equiv-text="${this.target}"/>% gehaald':
        'Мету <x id="0" equiv-text="${this.target}"/>% досягнуто',
    'Doel van <x id="0" equiv-text="${this.target}"/>% niet gehaald':
        'Мету <x id="0" equiv-text="${this.target}"/>% не досягнуто',
    'Verzoeken op tijd beslist, per maand':
        'Вчасно вирішені запити, по місяцях',
    'Staafdiagram: per maand van ontvangst het deel van de verzoeken dat binnen de wettelijke termijn is beslist. De stippellijn is het doel van <x id="0" equiv-text="${this.target}"/>%. Maanden onder het doel hebben een gestreept patroon. Dezelfde cijfers staan in de tabel hieronder.':
        'Стовпчикова діаграма: для кожного місяця отримання — частка запитів, вирішених у межах законного строку. Пунктирна лінія — мета <x id="0" equiv-text="${this.target}"/>%. Місяці нижче мети заштриховані. Ті самі цифри є в таблиці нижче.',
    '<x id="0" equiv-text="${this.monthName(m.month)}"/>: nog geen besluiten, <x id="1" equiv-text="${requestsText(m.requests, this.locale)}"/> ontvangen':
        '<x id="0" equiv-text="${this.monthName(m.month)}"/>: рішень ще немає, отримано <x id="1" equiv-text="${requestsText(m.requests, this.locale)}"/>',
    '<x id="0" equiv-text="${this.monthName(m.month)}"/>: <x id="1" equiv-text="${this.percent(share)}"/> op tijd, <x id="2" equiv-text="${m.withinLegalDeadline.count}"/> van <x id="3" equiv-text="${m.withinLegalDeadline.of}"/>':
        '<x id="0" equiv-text="${this.monthName(m.month)}"/>: <x id="1" equiv-text="${this.percent(share)}"/> вчасно, <x id="2" equiv-text="${m.withinLegalDeadline.count}"/> з <x id="3" equiv-text="${m.withinLegalDeadline.of}"/>',
    ', onder het doel':
        ', нижче мети',
    'doel <x id="0" equiv-text="${this.target}"/>%':
        'мета <x id="0" equiv-text="${this.target}"/>%',
    'Gebruik de pijltjestoetsen om langs de maanden te gaan.':
        'Переходьте між місяцями клавішами зі стрілками.',
    'Cijfers per maand van ontvangst':
        'Цифри за місяцем отримання',
    'Ontvangen':
        'Отримано',
    'Beslist':
        'Вирішено',
    'Binnen 4 weken':
        'Протягом 4 тижнів',
    'Binnen de wettelijke termijn':
        'У межах законного строку',
    'Binnen de afgesproken termijn':
        'У межах узгодженого строку',
    'Mediaan dagen':
        'Медіана днів',
    'Open en te laat':
        'Без рішення й прострочені',
    'Informatie gegeven':
        'Інформацію надано',
    'Deels gegeven':
        'Надано частково',
    'Geweigerd':
        'Відмовлено',
    'Informatie niet aanwezig':
        'Інформації немає',
    'Al openbaar':
        'Уже оприлюднено',
    'Niet behandeld':
        'Не розглянуто',
    'Nog geen besluit':
        'Рішення ще немає',
    'Op tijd beslist?':
        'Вирішено вчасно?',
    'Er zijn nog geen verzoeken om te tonen.':
        'Поки немає запитів для показу.',
    # "Over 40 verzoeken": "про" takes the accusative, which for these nouns is the nominative form.
    'Over <x id="0" equiv-text="${requestsText(total, this.locale)}"/>. Een verzoek telt als te laat als het besluit na de termijn kwam, of als er nog geen besluit is terwijl de termijn voorbij is.':
        'Дані про <x id="0" equiv-text="${requestsText(total, this.locale)}"/>. Запит вважається простроченим, якщо рішення ухвалили після строку або якщо рішення ще немає, а строк уже минув.',
    'Mediaan: dagen tot het besluit':
        'Медіана: кількість днів до рішення',
    'Gemiddeld: dagen tot het besluit':
        'Середнє: кількість днів до рішення',
    'Open verzoeken die al te laat zijn':
        'Запити без рішення, які вже прострочені',
    'Verdaagd (2 weken extra)':
        'Строк продовжено (ще 2 тижні)',
    'Termijn stond stil':
        'Строк зупинявся',
    'Per maand':
        'По місяцях',
    'Uitkomst van de verzoeken':
        'Результати запитів',
    'De cijfers worden geladen…':
        'Завантажуємо цифри…',
    'De cijfers konden niet worden geladen. Probeer het later opnieuw.':
        'Не вдалося завантажити цифри. Спробуйте ще раз пізніше.',

    # shared form parts
    'Er is een probleem':
        'Виникла проблема',
    '(niet verplicht)':
        '(необов’язково)',
    'Invoerfout:':
        'Помилка введення:',
    'Dag':
        'День',
    'Maand':
        'Місяць',
    'Jaar':
        'Рік',

    # Information categories (Woo art. 3.3 and 3.1): label and plain-language explanation, by id.
    'category.c_139c6280.label': 'Закони та загальнообов’язкові правила',
    'category.c_139c6280.explanation': 'Правила, які діють для всіх. У муніципалітеті це здебільшого місцеві правила (verordeningen). Наприклад, правила паркування чи вивезення сміття.',
    'category.c_aab6bfc7.label': 'Інші рішення загального характеру',
    'category.c_aab6bfc7.explanation': 'Рішення, які стосуються великої групи людей, але не є місцевими правилами. Наприклад, настанови (beleidsregels). У них написано, як муніципалітет застосовує свої правила.',
    'category.c_759721e2.label': 'Проєкти правил із запитом на висновок',
    'category.c_759721e2.explanation': 'Плани нових правил, щодо яких влада попросила висновок в іншої організації. Сам запит на висновок теж сюди входить.',
    'category.c_40a05794.label': 'Структура і порядок роботи',
    'category.c_40a05794.explanation': 'Як влаштована організація і як вона працює. Які в ній є відділи. Що робить кожен відділ і що він може вирішувати.',
    'category.c_89ee6784.label': 'Контактні дані',
    'category.c_89ee6784.explanation': 'Як зв’язатися з організацією: адреса, телефон, електронна пошта і години роботи. А також як попросити інформацію.',
    'category.c_8c840238.label': 'Документи, що надійшли до виборних органів',
    'category.c_8c840238.explanation': 'Листи та інші документи, які муніципальна рада отримує для обговорення. Документи про одну особу чи одну справу сюди не входять.',
    'category.c_c76862ab.label': 'Документи засідань парламенту (Staten-Generaal)',
    'category.c_c76862ab.explanation': 'Документи і протоколи засідань Сенату (Eerste Kamer) та Палати представників (Tweede Kamer). Це не стосується муніципалітету.',
    'category.c_db4862c3.label': 'Документи засідань місцевої та регіональної влади',
    'category.c_db4862c3.explanation': 'Документи і протоколи засідань муніципальної ради та її комісій. А також провінцій, водних управлінь (waterschappen) і муніципалітетів, що співпрацюють між собою.',
    'category.c_3a248e3a.label': 'Порядок денний і списки рішень виконавчих органів',
    'category.c_3a248e3a.explanation': 'Порядок денний і список рішень засідань мера та його заступників (college van burgemeester en wethouders).',
    'category.c_99a836c7.label': 'Висновки та рекомендації',
    'category.c_99a836c7.explanation': 'Висновки дорадчих рад та інших організацій, яких попросили про висновок. Запит на висновок теж сюди входить. Висновки про одну особу чи одну справу — ні.',
    'category.c_8fc2335c.label': 'Угоди про співпрацю',
    'category.c_8fc2335c.explanation': 'Письмові домовленості влади з іншими організаціями. Наприклад, з компаніями або з іншими органами влади.',
    'category.c_c6cd1213.label': 'Річні плани та звіти',
    'category.c_c6cd1213.explanation': 'Плани на наступний рік і звіти за минулий рік. Що організація хоче зробити і що вона зробила.',
    'category.c_cf268088.label': 'Зобов’язання щодо субсидій без рішення',
    'category.c_cf268088.explanation': 'Домовленості про субсидії (subsidie), укладені без рішення. Це стосується лише Міністерства закордонних справ.',
    'category.c_3baef532.label': 'Запити Woo та рішення щодо них',
    'category.c_3baef532.explanation': 'Запити на інформацію згідно із законом Woo. А також рішення щодо цих запитів разом з інформацією, яку оприлюднили.',
    'category.c_fdaee95e.label': 'Звіти про дослідження',
    'category.c_fdaee95e.explanation': 'Звіти про дослідження, які замовила організація. Вони стосуються того, як організація працює, або її політики. У них переважно факти.',
    'category.c_46a81018.label': 'Індивідуальні рішення',
    'category.c_46a81018.explanation': 'Рішення про одну особу, компанію чи справу, наприклад дозвіл. Закон не включає сюди 21 вид рішень.',
    'category.c_a870c43d.label': 'Результати розгляду скарг',
    'category.c_a870c43d.explanation': 'Письмова оцінка скарги, яку дала організація.',
    'category.c_816e508d.label': 'Добровільне оприлюднення (Woo 3.1)',
    'category.c_816e508d.explanation': 'Інформація, що не входить до жодної з 17 обов’язкових груп. Організація все одно оприлюднює її сама.',
}

# Plural forms, by id. Ukrainian (CLDR): one = 1, 21, 31… ("1 день"); few = 2–4, 22–24… ("3 дні");
# many = 0, 5–20, 25… ("5 днів"); other = fractions ("1,5 дня"). Ukrainian never selects zero or two;
# they get the many and few forms.
_N = '<x id="0" equiv-text="${n}"/>'
_C = '<x id="0" equiv-text="${count}"/>'
_OF = '<x id="1" equiv-text="${of}"/>'


def _plural(name, one, few, many, other):
    T[f'{name}.one'] = one
    T[f'{name}.few'] = few
    T[f'{name}.many'] = many
    T[f'{name}.other'] = other
    T[f'{name}.zero'] = many
    T[f'{name}.two'] = few


_plural('days',
        f'{_N} день',
        f'{_N} дні',
        f'{_N} днів',
        f'{_N} дня')
_plural('working-days',
        f'{_N} робочий день',
        f'{_N} робочі дні',
        f'{_N} робочих днів',
        f'{_N} робочого дня')
_plural('publications',
        f'{_C} публікація',
        f'{_C} публікації',
        f'{_C} публікацій',
        f'{_C} публікації')
# "Знайдено" takes the accusative: 1 публікацію, 3 публікації, 5 публікацій.
_plural('results',
        f'Знайдено {_C} публікацію',
        f'Знайдено {_C} публікації',
        f'Знайдено {_C} публікацій',
        f'Знайдено {_C} публікації')
_plural('skipped',
        f'{_C} публікація в списку має помилки. Ми її тут не показуємо.',
        f'{_C} публікації в списку мають помилки. Ми їх тут не показуємо.',
        f'{_C} публікацій у списку мають помилки. Ми їх тут не показуємо.',
        f'{_C} публікації в списку мають помилки. Ми їх тут не показуємо.')
# The plural follows the first number: "1 з 5 … має", "3 з 5 … мають".
_plural('mandatory-covered',
        f'{_N} з {_OF} обов’язкових категорій має публікації.',
        f'{_N} з {_OF} обов’язкових категорій мають публікації.',
        f'{_N} з {_OF} обов’язкових категорій мають публікації.',
        f'{_N} з {_OF} обов’язкових категорій мають публікації.')
_plural('requests',
        f'{_C} запит',
        f'{_C} запити',
        f'{_C} запитів',
        f'{_C} запиту')
_plural('skipped-requests',
        f'{_C} запит у списку має помилки й не враховується.',
        f'{_C} запити в списку мають помилки й не враховуються.',
        f'{_C} запитів у списку мають помилки й не враховуються.',
        f'{_C} запиту в списку мають помилки й не враховуються.')

# Deadline explanations (src/internal/step-text.ts), by id. Every date is written out with its weekday
# ("субота, 26 квітня 2025 р."), so it stands after a colon or a dash. "verzoeker" is "заявник".
_x = lambda i, name: f'<x id="{i}" equiv-text="${{{name}}}"/>'
T.update({
    'step.received':
        f'Дата отримання запиту: {_x(0, "receivedOn")}. Строк починається наступного дня.',
    'step.four-weeks':
        f'Муніципалітет ухвалює рішення протягом 4 тижнів. Останній день: {_x(0, "end")}.',
    'step.postponement':
        f'Дата, коли муніципалітет продовжив строк на 2 тижні: {_x(0, "postponedOn")}. Це можна зробити один раз; '
        f'останній день для цього: {_x(1, "firstTermEnd")}. Початок відліку 2 тижнів: {_x(2, "countedFrom")}. '
        f'Нова кінцева дата: {_x(3, "end")}.',
    'step.postponement-too-late':
        f'Дата, коли муніципалітет продовжив строк: {_x(0, "postponedOn")}. Це запізно: останній день першого строку — '
        f'{_x(1, "firstTermEnd")}. Продовження строку не враховується.',
    'step.deadline':
        f'Останній день для рішення муніципалітету: {_x(0, "deadline")}.',
    'step.alternative':
        f'Інше тлумачення: спочатку застосувати закон про строки, termijnenwet ({_x(0, "firstTermEnd")}), потім додати 2 тижні: '
        f'{_x(1, "deadline")}. Ми беремо ранішу, безпечну дату.',
    'step.clarification':
        f'Запит надто широкий або незрозумілий? Тоді муніципалітет просить уточнення протягом 2 тижнів. '
        f'Останній день: {_x(0, "due")}.',
    'step.abuse':
        f'Запит явно не стосується інформації (зловживання, misbruik)? Тоді муніципалітет може протягом 2 тижнів '
        f'вирішити його не розглядати. Останній день: {_x(0, "due")}.',
    'step.notice-of-default':
        f'Останній день ({_x(0, "deadline")}) минув, а рішення немає? Тоді заявник може надіслати лист-вимогу '
        f'(ingebrekestelling) — лист про те, що муніципалітет запізнюється. Перший день для цього: {_x(1, "from")}.',
    'step.appeal':
        f'Після цього заявник може звернутися до суду: через 2 тижні після дня, коли муніципалітет отримав цей лист. '
        f'Якщо дата отримання листа — {_x(0, "noticeOn")}, то перший день для звернення до суду — {_x(1, "from")} '
        f'(за іншим тлумаченням — {_x(2, "alternativeFrom")}).',
    'step.release':
        f'Муніципалітет очікує заперечення (bezwaar) від когось іншого? Тоді він надає інформацію лише через 2 тижні '
        f'після рішення ({_x(0, "decisionOn")}). Дата надання: {_x(1, "releaseOn")}.',
    'step.penalty':
        'Штраф (dwangsom) за запізнення з рішенням (Awb 4:17) не діє для запитів Woo. Але суд може зобов’язати '
        'муніципалітет ухвалити рішення, зазвичай протягом 2 тижнів (Awb 8:55d), часто зі штрафом (наприклад, '
        '100 євро за день, до 15\u00a0000 євро).',
    'step.status.within-term':
        f'{_x(0, "today")}: строк іде. Залишилося: {_x(1, "days")} ({_x(2, "workingDays")}).',
    'step.status.suspended':
        f'{_x(0, "today")}: строк зупинено. Залишилося: {_x(1, "days")} ({_x(2, "workingDays")}).',
    'step.status.postponed':
        f'{_x(0, "today")}: іде продовжений строк. Залишилося: {_x(1, "days")} ({_x(2, "workingDays")}).',
    'step.status.late':
        f'{_x(0, "today")}: муніципалітет запізнюється на {_x(1, "days")} ({_x(2, "workingDays")}).',
    'step.status.decided-on-time':
        f'Дата рішення: {_x(0, "decidedOn")}. Вчасно.',
    'step.status.decided-late':
        f'Дата рішення: {_x(0, "decidedOn")}. Запізнення: {_x(1, "days")} ({_x(2, "workingDays")}).',
    'step.statistics':
        f'Вчасно: рішення не пізніше за останній день. 4 тижні = 28 днів після отримання. Законний строк = з '
        f'продовженням строку, зупиненням строку та законом про строки (termijnenwet). Узгоджений = узгоджена дата. '
        f'Запит без рішення після кінця строку вважається простроченим (дата розрахунку: {_x(0, "today")}).',
    'step.suspension.zienswijze':
        f'Дата, коли муніципалітет попросив когось іншого висловити думку (zienswijze): {_x(0, "notifiedOn")}. '
        f'Перший день зупинення строку: {_x(1, "from")}. Останній день зупинення: {_x(2, "endedOn")}.',
    # "tot": on endedOn the term runs again.
    'step.suspension.aanvulling':
        f'Дата, коли муніципалітет попросив доповнити запит: {_x(0, "notifiedOn")}. '
        f'Перший день зупинення строку: {_x(1, "from")}. Строк знову йде з такого дня: {_x(2, "endedOn")}.',
    'step.suspension.instemming':
        f'Заявник погодився на відстрочку: {_x(0, "days")}.',
    'step.suspension.overmacht':
        f'Через форс-мажор (обставини, на які муніципалітет не може вплинути) строк зупинено на {_x(0, "days")}.',
    'step.suspension.from':
        f'Перший день: {_x(0, "from")}.',
    'step.suspension.counted':
        f'Це {_x(0, "suspendedDays")}.',
    'step.suspension.new-end':
        f'Нова кінцева дата: {_x(0, "end")}.',
    'step.suspension.not-counted':
        f'Не враховується: строк уже закінчився (останній день — {_x(0, "end")}).',
    # Closed days, as they read in step.atw after "а це".
    'step.reason.saturday': 'субота',
    'step.reason.sunday': 'неділя',
    'step.reason.new-years-day': 'державне свято (Новий рік)',
    'step.reason.good-friday': 'державне свято (Страсна п’ятниця)',
    'step.reason.easter-monday': 'державне свято (Великодній понеділок)',
    'step.reason.kings-day': 'державне свято (День короля, Koningsdag)',
    'step.reason.queens-day': 'державне свято (День королеви, Koninginnedag)',
    'step.reason.liberation-day': 'державне свято (День визволення, Bevrijdingsdag)',
    'step.reason.ascension-day': 'державне свято (Вознесіння)',
    'step.reason.whit-monday': 'державне свято (другий день Трійці)',
    'step.reason.christmas-day': 'державне свято (перший день Різдва)',
    'step.reason.second-christmas-day': 'державне свято (другий день Різдва)',
    'step.reason.extra-holiday': 'додаткове державне свято',
    'step.atw':
        f'Останній день строку — {_x(0, "end")}, а це {_x(1, "reason")}. Тому строк переноситься на наступний '
        f'робочий день: {_x(2, "movedTo")}.',
})
_D = _x(0, 'days')
_plural('step.suspension.overlap',
        f'{_D} вже входив до іншого зупинення; його не рахують двічі.',
        f'{_D} вже входили до іншого зупинення; їх не рахують двічі.',
        f'{_D} вже входили до іншого зупинення; їх не рахують двічі.',
        f'{_D} вже входили до іншого зупинення; їх не рахують двічі.')


# <woo-publications>: the day a document was made public, the dossier it belongs to and its parts.
T.update({
    'Openbaar gemaakt': 'Дата оприлюднення',
    'Hoort bij': 'Належить до',
    'Onderdelen': 'Частини',
    'Meer onderdelen: <x id="0" equiv-text="${more}"/>': 'Інші частини: <x id="0" equiv-text="${more}"/>',
    'Document zonder naam': 'Документ без назви',
    'De zoekresultaten konden niet worden bijgewerkt. U ziet nog de vorige resultaten.': 'Не вдалося оновити результати пошуку. Ви досі бачите попередні результати.',
    'Probeer het opnieuw': 'Спробуйте ще раз',
    'Zoeken duurt langer dan normaal. Nog even geduld.': 'Пошук триває довше, ніж зазвичай. Зачекайте трохи.',
})
