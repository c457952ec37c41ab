# Polish translations of the woo-kit elements (Dutch source -> Polish target).
#
# Fill the XLIFF with:  python3 scripts/fill-xliff.py xliff/pl.xlf xliff/tables/pl.py
# Keys are trans-unit ids; the Dutch source is in the comment above each entry.
#
# Style: plain Polish, informal-polite "Ty" (Twój, Ci, Cię: capitalised), as on gov.pl.
# Second-person past tense is avoided (it shows gender); one option uses "zgodziłem/zgodziłam".
# Terms: Woo-verzoek = wniosek Woo, verzoek = wniosek, gemeente = gmina, besluit = decyzja,
# beslissen = wydać decyzję, termijn = termin, termijn staat stil = termin jest wstrzymany,
# verdagen/verlengen = przedłużyć termin (verdaging), ingebrekestelling = wezwanie do działania
# (ingebrekestelling), zienswijze = opinia (zienswijze), mening = opinia, dwangsom = kara pieniężna
# (dwangsom), in beroep gaan = złożyć skargę do sądu, aanvullen = uzupełnić, duidelijker maken =
# doprecyzować, openbaar (maken) = publiczny (udostępnić publicznie), openbaarheid = jawność,
# verplicht = obowiązkowy, publicatie = publikacja, kenmerk = numer sprawy, te laat = za późno /
# spóźniony / spóźniać się z decyzją, overmacht = siła wyższa, behandelen = rozpatrzyć.
# Short references in brackets (Woo 4.1 lid 5, Awb 6:12) stay as in Dutch, as in the English; the word
# "artikel" and the category labels are written the Polish way (Woo, art. 3.3 ust. 1 lit. a).
# Long dates include the weekday ("piątek, 25 kwietnia 2025"), so they follow "to" or a colon,
# never a preposition that would need another case.
#
# Plurals (CLDR pl): one = 1; few = 2-4, 22-24, ...; many = 0, 5-21, 25-31, ...;
# other = fractions (genitive singular). Polish never selects zero/two: zero = many, two = few.

T = {
    # NL: Woo artikel <x id="0" equiv-text="${article}"/>
    'se8346420bc30792a': 'Woo, art. <x id="0" equiv-text="${article}"/>',
    # NL: Woo artikel 3.3 lid <x id="0" equiv-text="${lid}"/> onder <x id="1" equiv-text="${letter}"/>
    'sb6142b05b4f2d45b': 'Woo, art. 3.3 ust. <x id="0" equiv-text="${lid}"/> lit. <x id="1" equiv-text="${letter}"/>',
    # NL: Geldt niet voor gemeenten.
    'sfc78a70607374f99': 'Nie dotyczy gmin.',
    # NL: Nee. De gemeente mag meer openbaar maken dan de verplichte categorieën. Dat doet zij vrijwillig.
    's28c41d1cbd37cf1d': 'Nie. Gmina może udostępniać publicznie więcej niż obowiązkowe kategorie. Robi to dobrowolnie.',
    # NL: Nog niet. De regering moet eerst bepalen vanaf wanneer. De gemeente mag deze informatie nu al openbaar maken.
    's9600c008345a4390': 'Jeszcze nie. Rząd musi najpierw ustalić, od kiedy. Gmina może już teraz udostępniać te informacje publicznie.',
    # NL: Ja, sinds <x id="0" equiv-text="${date}"/>.
    'sd7dc59a196169991': 'Tak, od <x id="0" equiv-text="${date}"/>.',
    # NL: Nog niet. Verplicht vanaf <x id="0" equiv-text="${date}"/>.
    'scda66d4e36d77606': 'Jeszcze nie. Będzie obowiązkowa od <x id="0" equiv-text="${date}"/>.',
    # NL: Verplicht?
    'sa5a8aa4fa8d7d7c3': 'Obowiązkowa?',
    # NL: Nog geen publicaties, maar deze categorie is verplicht.
    's622c1522cb4cfc94': 'Jeszcze brak publikacji, ale ta kategoria jest obowiązkowa.',
    # NL: Nog geen publicaties.
    'sabc2ade6c1e2c12d': 'Jeszcze brak publikacji.',
    # NL: Bekijk de publicaties
    's4bffd9af0147f525': 'Zobacz publikacje',
    # NL: Op dit moment is geen enkele categorie verplicht.
    'sce28b1a1e06b1a1a': 'Obecnie żadna kategoria nie jest obowiązkowa.',
    # NL: Nu verplicht: <x id="0" equiv-text="${mandatory.length}"/> van de 17 categorieën.
    's2af7b966656f8b01': 'Obecnie obowiązkowe: <x id="0" equiv-text="${mandatory.length}"/> z 17 kategorii.',
    # NL: Nog geen publicaties in deze verplichte categorieën:
    'sf03367513520069e': 'Jeszcze brak publikacji w tych obowiązkowych kategoriach:',
    # NL: Alle verplichte categorieën hebben publicaties.
    'sc48e7c8631891458': 'Wszystkie obowiązkowe kategorie mają publikacje.',
    # NL: Informatie die de gemeente zelf openbaar maakt
    's309124b272c78923': 'Informacje, które gmina sama udostępnia publicznie',
    # NL: De Woo noemt 17 soorten informatie die de overheid zelf openbaar moet maken. Die heten informatiecategorieën. Hieronder staat per categorie wat erin zit en of de gemeente deze informatie al openbaar moet maken.
    'se1e872e88ac1fb7c': 'Woo wymienia 17 rodzajów informacji, które władze muszą same udostępniać publicznie. Nazywamy je kategoriami informacji. Poniżej przy każdej kategorii widzisz, co obejmuje i czy gmina musi już udostępniać te informacje publicznie.',
    # NL: De instellingen van de categorieën kloppen niet. U ziet de gewone instellingen.
    'sdd02a9cd0d9d253a': 'Ustawienia kategorii są niepoprawne. Widzisz ustawienia domyślne.',
    # NL: Hulp bij informatie van de gemeente
    'sf21f67b9a6e8cd89': 'Pomoc w sprawie informacji z gminy',
    # NL: De contactgegevens worden geladen…
    's1f0b7a7fe2de8921': 'Wczytywanie danych kontaktowych…',
    # NL: De contactgegevens konden niet worden geladen. Probeer het later opnieuw.
    'sc3af0417a374ebab': 'Nie udało się wczytać danych kontaktowych. Spróbuj ponownie później.',
    # NL: Heeft u een vraag over informatie van de gemeente? Wij helpen u graag.
    'sef9e667bb864d0fb': 'Masz pytanie o informacje z gminy? Chętnie pomożemy.',
    # NL: Telefoon
    'sb0e8a9f887e41e53': 'Telefon',
    # NL: E-mail
    's8e7258c871aaa410': 'E-mail',
    # NL: Adres
    's4d60e90de21647b6': 'Adres',
    # NL: Postadres
    'sdba47df66e6b9014': 'Adres pocztowy',
    # NL: Open
    's1f7698c061c208c9': 'Godziny otwarcia',
    # NL: Toegankelijkheid
    'sa4ed1b129166d0fd': 'Dostępność',
    # NL: Een Woo-verzoek indienen
    's96e3297614168885': 'Złóż wniosek Woo',
    # NL: Met een Woo-verzoek vraagt u informatie op die nog niet openbaar is. Iedereen mag dat doen. U hoeft niet te zeggen waarom.
    's320bdfe0ed5f5a78': 'We wniosku Woo prosisz o informacje, które nie są jeszcze publiczne. Każdy może to zrobić. Nie musisz podawać powodu.',
    # NL: Vraag informatie op met een Woo-verzoek
    'sc7902257ebc0869b': 'Poproś o informacje we wniosku Woo',
    # NL: Per e-mail:
    's772a6492e60ebd61': 'E-mailem:',
    # NL: Per post:
    'sbfdd139974988f14': 'Pocztą:',
    # NL: Aan de balie: kom langs op het adres hierboven, als wij open zijn.
    's0d28e7ed97dbc333': 'Osobiście: przyjdź pod adres podany wyżej, w godzinach otwarcia.',
    # NL: Meer over openbaarheid bij de gemeente
    'sc8e779e9b5f7e21c': 'Więcej o jawności w gminie',
    # NL: Vul een datum in.
    's0348a3d9a0d69d8c': 'Wpisz datę.',
    # NL: Vul een dag, een maand en een jaar in.
    's512215ed0ae3a8cf': 'Wpisz dzień, miesiąc i rok.',
    # NL: Vul de datum in met cijfers, bijvoorbeeld 28 3 2025.
    'seb8af7e75ab03be0': 'Wpisz datę cyframi, na przykład 28 3 2025.',
    # NL: Het jaar moet 4 cijfers hebben, bijvoorbeeld 2025.
    's61e25299f1ced14d': 'Rok musi mieć 4 cyfry, na przykład 2025.',
    # NL: Deze datum bestaat niet. Kijk of de dag en de maand kloppen.
    's9c9e9cb0cf2d4323': 'Taka data nie istnieje. Sprawdź dzień i miesiąc.',
    # NL: Kies wat voor periode het was.
    'sab99c12d9d5e61bd': 'Wybierz, jaki to był okres.',
    # NL: Vul het aantal dagen in als een heel getal, bijvoorbeeld 14.
    's6bd2c9caa0f100b1': 'Wpisz liczbę dni jako liczbę całkowitą, na przykład 14.',
    # NL: Periode <x id="0" equiv-text="${n}"/>
    'sbe5128e40a9aebf5': 'Okres <x id="0" equiv-text="${n}"/>',
    # NL: Waarom stond de termijn stil?
    's226761fe1b7c5709': 'Dlaczego termin był wstrzymany?',
    # NL: De gemeente vroeg mij mijn verzoek aan te vullen of duidelijker te maken
    's069c3b0c5c758d9e': 'Gmina poprosiła mnie o uzupełnienie lub doprecyzowanie wniosku',
    # NL: De gemeente vroeg anderen om hun mening (een zienswijze)
    's0bbf54d9d216dfce': 'Gmina poprosiła inne osoby o opinię (zienswijze)',
    # NL: Ik heb schriftelijk ingestemd met uitstel
    'sefb0ca7505f10d72': 'Na piśmie zgodziłem/zgodziłam się na późniejszą decyzję',
    # NL: Er was overmacht: de gemeente kon niet beslissen door iets buiten haar schuld
    's0cb1da63ad496b40': 'Była siła wyższa: gmina nie mogła wydać decyzji z powodu, który nie był jej winą',
    # NL: Op welke dag liet de gemeente u dat weten?
    'se2947cd8bced9f93': 'Kiedy gmina Cię o tym poinformowała?',
    # NL: Op welke dag kwam de mening binnen?
    's99d0251844588078': 'Kiedy wpłynęła opinia?',
    # NL: Op welke dag heeft u uw verzoek aangevuld?
    's97b4e4d2a58703bd': 'Kiedy wniosek został uzupełniony?',
    # NL: Of de laatste dag van de termijn die de gemeente daarvoor gaf.
    's3cc6d6057e5036ab': 'Albo ostatni dzień terminu, który gmina na to dała.',
    # NL: Hoeveel dagen?
    'se758d8af90494375': 'Ile dni?',
    # NL: Periode <x id="0" equiv-text="${n}"/> verwijderen
    's69c46813c6a050ea': 'Usuń okres <x id="0" equiv-text="${n}"/>',
    # NL: De gemeente moet uiterlijk beslissen op
    'sa1a31833e92fb563': 'Gmina musi wydać decyzję najpóźniej w dniu',
    # NL: De eerste termijn van 4 weken eindigt op <x id="0" equiv-text="${date(r.firstTermEnd)}"/>.
    's3052460b89c47b4b': 'Koniec pierwszego terminu (4 tygodnie): <x id="0" equiv-text="${date(r.firstTermEnd)}"/>.',
    # NL: De verlenging telt niet, omdat de gemeente die te laat heeft gemeld.
    's1b811bc0da5f6013': 'Przedłużenie terminu się nie liczy, bo gmina poinformowała o nim za późno.',
    # NL: Zo is deze datum berekend
    'sdc4627f26bff0e1f': 'Tak obliczono tę datę',
    # NL: Een andere uitleg van de wet
    's20e878f949b56cde': 'Inna interpretacja przepisów',
    # NL: Volgens die uitleg is de laatste dag <x id="0" equiv-text="${date(alt.deadline)}"/>.
    's584cc7781223c9f4': 'Według tej interpretacji ostatni dzień to <x id="0" equiv-text="${date(alt.deadline)}"/>.',
    # NL: Andere belangrijke data
    's647921617d732846': 'Inne ważne daty',
    # NL: Vraag om uw verzoek duidelijker te maken
    's28f1de609eebe177': 'Prośba o doprecyzowanie wniosku',
    # NL: De gemeente moet dat uiterlijk <x id="0" equiv-text="${date(r.related.clarificationRequestDue)}"/> vragen (Woo 4.1 lid 5).
    's64ab8942c5094585': 'Ostatni dzień, w którym gmina może o to poprosić: <x id="0" equiv-text="${date(r.related.clarificationRequestDue)}"/> (Woo 4.1 lid 5).',
    # NL: Te laat? Stuur een ingebrekestelling
    's324f4a43b9a277b0': 'Gmina się spóźnia? Wyślij wezwanie do działania (ingebrekestelling)',
    # NL: Vanaf <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>. Dat is een brief waarin u schrijft dat de gemeente te laat is.
    's94741d45c07e6011': 'Najwcześniej: <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>. To list, w którym piszesz, że gmina spóźnia się z decyzją.',
    # NL: Naar de rechter
    's8839c8e4ecee9ef7': 'Skarga do sądu',
    # NL: Twee weken nadat de gemeente uw ingebrekestelling heeft ontvangen, kunt u in beroep gaan (Awb 6:12). Ontvangt de gemeente de brief op <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>, dan kan dat vanaf <x id="1" equiv-text="${date(r.related.appealForFailureToDecideFrom)}"/>. Sommige rechters tellen een dag minder: dan vanaf <x id="2" equiv-text="${date(r.related.appealForFailureToDecideFromAlternative)}"/>.
    's6b81ea4926cd4388': 'Dwa tygodnie po tym, jak gmina otrzyma Twoje wezwanie do działania, możesz złożyć skargę do sądu (Awb 6:12). Jeśli gmina otrzyma list w dniu: <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>, pierwszy dzień na skargę to <x id="1" equiv-text="${date(r.related.appealForFailureToDecideFrom)}"/>. Niektóre sądy liczą o jeden dzień mniej: wtedy jest to <x id="2" equiv-text="${date(r.related.appealForFailureToDecideFromAlternative)}"/>.',
    # NL: Dwangsom
    's93945a7d26d73f49': 'Kara pieniężna (dwangsom)',
    # NL: Wanneer moet de gemeente beslissen?
    's772876862148cc34': 'Kiedy gmina musi wydać decyzję?',
    # NL: Vul in wanneer de gemeente uw Woo-verzoek heeft ontvangen. U ziet dan de laatste dag waarop de gemeente moet beslissen. En hoe die dag is berekend.
    'sd62c8e04a962c912': 'Wpisz, kiedy gmina otrzymała Twój wniosek Woo. Zobaczysz wtedy ostatni dzień, w którym gmina musi wydać decyzję. I jak obliczono ten dzień.',
    # NL: Wanneer heeft de gemeente uw verzoek ontvangen?
    's7c66a9202200dbf9': 'Kiedy gmina otrzymała Twój wniosek?',
    # NL: Bijvoorbeeld 28 3 2025. Stuurde u het verzoek per e-mail of via de website? Dan is dat meestal de dag waarop u het verstuurde.
    's7f0d1acce72e0241': 'Na przykład 28 3 2025. Wniosek wysłany e-mailem lub przez stronę internetową? Wtedy jest to zwykle dzień wysłania.',
    # NL: De gemeente heeft de termijn met 2 weken verlengd
    'sf645245344e24e3f': 'Gmina przedłużyła termin o 2 tygodnie',
    # NL: Dit heet verdagen. De gemeente mag dat één keer doen. Zij moet u dat op tijd schriftelijk laten weten.
    'sf68cbd009769e85b': 'To jest przedłużenie terminu (verdaging). Gmina może to zrobić jeden raz. Musi Cię o tym poinformować na piśmie i na czas.',
    # NL: Stond de termijn stil?
    'sf9f88430f58002e2': 'Czy termin był wstrzymany?',
    # NL: De termijn staat stil als de gemeente u vraagt uw verzoek aan te vullen. Of als zij eerst anderen om hun mening vraagt. Voeg zo’n periode hieronder toe.
    's679523881b9f1139': 'Termin jest wstrzymany, gdy gmina prosi Cię o uzupełnienie wniosku. Albo gdy najpierw prosi inne osoby o opinię. Dodaj taki okres poniżej.',
    # NL: Periode toevoegen
    'sc285ffc6ade8648f': 'Dodaj okres',
    # NL: Bereken de termijn
    's6622c4562bef8769': 'Oblicz termin',
    # NL: Bijvoorbeeld 1 3 2025
    's73e4b9b2ecf1d3ad': 'Na przykład 1 3 2025',
    # NL: Filter de publicaties
    's64a0e56892680d85': 'Filtruj publikacje',
    # NL: Informatiecategorie
    's05000e97d16a040e': 'Kategoria informacji',
    # NL: Alle categorieën
    's691acc00587b681d': 'Wszystkie kategorie',
    # NL: Soort document
    's124e2ca053bea9f7': 'Rodzaj dokumentu',
    # NL: Alle soorten
    'se23b0990d1109921': 'Wszystkie rodzaje',
    # NL: Organisatie
    'sfa1e2c4438f10851': 'Organizacja',
    # NL: Alle organisaties
    's707e3fb6647969c2': 'Wszystkie organizacje',
    # NL: Datum vanaf
    'sef01d76baa3ed412': 'Data od',
    # NL: Datum tot en met
    's109291d357f85864': 'Data do (włącznie)',
    # NL: Categorie
    's7c3ab5707215050c': 'Kategoria',
    # NL: Soort
    'se5344ac776f33d8e': 'Rodzaj',
    # NL: Datum
    's50836db92ccc3f2c': 'Data',
    # NL: Pagina
    's2a90438dac31a8a7': 'Strona',
    # NL: Pagina’s met publicaties
    's3781f8fe1ff2e902': 'Strony z publikacjami',
    # NL: Vorige pagina
    'saa4401c551ece5db': 'Poprzednia strona',
    # NL: Volgende pagina
    's71e535e86f21096b': 'Następna strona',
    # NL: Best passend
    's56ba228462d870bd': 'Najlepiej pasujące',
    # NL: Nieuwste eerst
    'sb8f5922df7d71834': 'Od najnowszych',
    # NL: Oudste eerst
    's12940a4301021040': 'Od najstarszych',
    # NL: Titel (A tot Z)
    's1b3ddad977691b7a': 'Tytuł (od A do Z)',
    # NL: Zoeken in publicaties
    's282e092c0d50220b': 'Wyszukiwanie w publikacjach',
    # NL: Zoek in titel en omschrijving
    'sc9dec818f7177299': 'Szukaj w tytule i opisie',
    # NL: Zoeken
    'se929b89902a1e365': 'Szukaj',
    # NL: Wis zoekwoorden en filters
    'sec45fdbf86ff1d67': 'Wyczyść wyszukiwanie i filtry',
    # NL: Pagina <x id="0" equiv-text="${page}"/> van <x id="1" equiv-text="${pages}"/>.
    'sb0676068bb934e90': 'Strona <x id="0" equiv-text="${page}"/> z <x id="1" equiv-text="${pages}"/>.',
    # NL: Sorteer
    's23edfbd72a11854b': 'Sortuj',
    # NL: Er zijn geen publicaties gevonden. Probeer andere woorden of minder filters.
    's4ccf6cfe57f3bd8a': 'Nie znaleziono publikacji. Spróbuj innych słów lub mniej filtrów.',
    # NL: Publicaties
    'sec807fe17b14df60': 'Publikacje',
    # NL: De publicaties worden geladen…
    's7e09cba0bedcec34': 'Wczytywanie publikacji…',
    # NL: Dit duurt langer dan normaal. Nog even geduld.
    's3191801bd5121af7': 'To trwa dłużej niż zwykle. Prosimy o chwilę cierpliwości.',
    # NL: Er zijn nog geen publicaties.
    's2e2cfd26eb854e45': 'Nie ma jeszcze publikacji.',
    # NL: Fout (<x id="0" equiv-text="${count}"/>):
    's8a1866370ec0d800': 'Błąd (<x id="0" equiv-text="${count}"/>):',
    # NL: Vul een dag, een maand en een jaar in. Of laat alle drie leeg.
    'saca1d265d53a57e7': 'Wpisz dzień, miesiąc i rok. Albo zostaw wszystkie trzy pola puste.',
    # NL: Vul de datum in met cijfers, bijvoorbeeld 1 1 2024.
    's3fdf04e266aafe56': 'Wpisz datę cyframi, na przykład 1 1 2024.',
    # NL: Het jaar moet 4 cijfers hebben, bijvoorbeeld 2024.
    's61ded099f1cbbe90': 'Rok musi mieć 4 cyfry, na przykład 2024.',
    # NL: Kies of u een antwoord op een vraag zoekt of informatie.
    's29e8ca518146d61b': 'Wybierz, czy szukasz odpowiedzi na pytanie, czy informacji.',
    # NL: Schrijf welke informatie u zoekt.
    'se190808c00436f8e': 'Napisz, jakich informacji szukasz.',
    # NL: Schrijf iets meer over de informatie die u zoekt.
    'sa250af080165678d': 'Napisz trochę więcej o informacjach, których szukasz.',
    # NL: De einddatum moet na de begindatum liggen.
    's7631171e6f4e9e7a': 'Data końcowa musi być późniejsza niż data początkowa.',
    # NL: Kies hoe u antwoord wilt krijgen.
    's139a25c0330629e2': 'Wybierz, jak chcesz otrzymać odpowiedź.',
    # NL: Vul uw e-mailadres in.
    's7d28bad1f0442019': 'Wpisz swój adres e-mail.',
    # NL: Vul een e-mailadres in zoals naam@voorbeeld.nl.
    'sa540916b7f4e043d': 'Wpisz adres e-mail, na przykład jan@przyklad.nl.',
    # NL: Vul uw straat in.
    's649953b6231a8158': 'Wpisz ulicę.',
    # NL: Vul uw postcode in zoals 1234 AB.
    's3dd66f3532748908': 'Wpisz kod pocztowy, na przykład 1234 AB.',
    # NL: Vul uw woonplaats in.
    'se77ffb7da75880db': 'Wpisz miejscowość.',
    # NL: Vink aan dat u dit heeft gelezen.
    'sdd8e280337bd812e': 'Potwierdź, że to rozumiesz: zaznacz pole.',
    # NL: Stap <x id="0" equiv-text="${n}"/> van <x id="1" equiv-text="${total}"/>
    's40c74194a7d1aea2': 'Krok <x id="0" equiv-text="${n}"/> z <x id="1" equiv-text="${total}"/>',
    # NL: Wat zoekt u?
    's96a03b75b08d40ea': 'Czego szukasz?',
    # NL: Met een Woo-verzoek vraagt u de gemeente om informatie, zoals documenten, e-mails of verslagen. Soms wilt u alleen een antwoord op een vraag. Dan kunt u die vaak sneller stellen.
    'sa9ed6c3759498078': 'We wniosku Woo prosisz gminę o informacje, na przykład dokumenty, e-maile lub protokoły. Czasem chcesz tylko odpowiedzi na pytanie. Takie pytanie często możesz zadać szybciej.',
    # NL: Wat wilt u?
    's140f8f6c85541c27': 'Czego potrzebujesz?',
    # NL: Een antwoord op een vraag
    'sf71fad44e7c86b51': 'Odpowiedzi na pytanie',
    # NL: Bijvoorbeeld: waarom wordt mijn straat opengebroken?
    's8fe7ec1b2e6c76d6': 'Na przykład: dlaczego rozkopują moją ulicę?',
    # NL: Documenten of andere informatie
    's04e5c1e549e49bb5': 'Dokumentów lub innych informacji',
    # NL: Bijvoorbeeld: de verslagen van overleggen over een nieuwe brug.
    's05ab44336b198d0c': 'Na przykład: protokołów ze spotkań w sprawie nowego mostu.',
    # NL: U kunt uw vraag ook gewoon stellen.
    's463ad03437cc762e': 'Możesz też po prostu zadać pytanie.',
    # NL: Dat is vaak sneller dan een Woo-verzoek. Wilt u toch een Woo-verzoek doen? Ga dan verder.
    's2ea1e15845b5bde4': 'To często szybsze niż wniosek Woo. Chcesz jednak złożyć wniosek Woo? Przejdź dalej.',
    # NL: Stel uw vraag aan de gemeente
    'saeef69c095a9daa1': 'Zadaj pytanie gminie',
    # NL: Bel
    's16343619b0e5e224': 'Zadzwoń',
    # NL: Welke informatie zoekt u?
    's0cd8ecb2c20510ce': 'Jakich informacji szukasz?',
    # NL: Beschrijf de informatie die u zoekt
    'se22fcb9a7a69dcf0': 'Opisz informacje, których szukasz',
    # NL: Wees zo precies mogelijk. Schrijf over welk onderwerp het gaat, en welke soort stukken u zoekt. Bijvoorbeeld: alle e-mails tussen de gemeente en de aannemer over de nieuwe fietsbrug.
    'sfa0a6fd0b76e0d04': 'Pisz jak najdokładniej. Napisz, jakiego tematu to dotyczy i jakich dokumentów szukasz. Na przykład: wszystkie e-maile między gminą a wykonawcą w sprawie nowego mostu dla rowerów.',
    # NL: Misschien is de informatie al openbaar
    's59a8e9fe03ba6838': 'Może te informacje są już publiczne',
    # NL: Over welke periode gaat het? Dit is niet verplicht.
    'sbd371500e1873784': 'Jakiego okresu to dotyczy? To nie jest obowiązkowe.',
    # NL: Vanaf
    's538f4da47749b66d': 'Od',
    # NL: Tot en met
    's4dbaaf99c9793a6d': 'Do (włącznie)',
    # NL: Hoe wilt u antwoord krijgen?
    'sd3010af2b26ca7d5': 'Jak chcesz otrzymać odpowiedź?',
    # NL: U hoeft uw naam niet te geven. Maar zonder e-mailadres of adres kunnen wij u geen antwoord sturen.
    's2cd231e6d89c1a02': 'Nie musisz podawać imienia i nazwiska. Ale bez adresu e-mail lub adresu pocztowego nie możemy wysłać Ci odpowiedzi.',
    # NL: Per e-mail
    'scd5ba411678472a1': 'E-mailem',
    # NL: Per post
    'sd211efcbf9cb62a6': 'Pocztą',
    # NL: Ik wil geen antwoord, en ik blijf anoniem
    'sf49cb1766421610d': 'Nie chcę odpowiedzi, piszę anonimowo',
    # NL: Uw naam
    'sfef56d6fae3160b8': 'Imię i nazwisko',
    # NL: Uw e-mailadres
    's4a806f33497ed147': 'Twój adres e-mail',
    # NL: Uw telefoonnummer
    'sf0fcafbcadbec6bd': 'Twój numer telefonu',
    # NL: Dan kunnen wij u bellen als iets niet duidelijk is.
    's4b57c59916764ab8': 'Wtedy możemy do Ciebie zadzwonić, jeśli coś będzie niejasne.',
    # NL: Straat
    's13796cecadb92376': 'Ulica',
    # NL: Huisnummer
    's407597460c3e8b0e': 'Numer domu',
    # NL: Postcode
    's3d0bb0448ae28706': 'Kod pocztowy',
    # NL: Woonplaats
    'sc9c15af5c809303d': 'Miejscowość',
    # NL: Ik begrijp dat de gemeente mijn verzoek en het besluit openbaar kan maken, zonder mijn naam en adres.
    's0141a5b66f2ed2c3': 'Rozumiem, że gmina może udostępnić publicznie mój wniosek i decyzję, bez mojego imienia, nazwiska i adresu.',
    # NL: Dat staat in de Wet open overheid (artikel 3.3). Uw gegevens gebruikt de gemeente alleen om uw verzoek te behandelen.
    'sdb2820c2afa24bb2': 'Tak mówi ustawa Wet open overheid (art. 3.3). Gmina używa Twoich danych tylko do rozpatrzenia wniosku.',
    # NL: Geen antwoord, anoniem
    's4f5214f5226cd53b': 'Bez odpowiedzi, anonimowo',
    # NL: Wijzig
    's1d39ddc61c785fd1': 'Zmień',
    # NL: Controleer uw verzoek
    's6f4747fc5b138d64': 'Sprawdź swój wniosek',
    # NL: Wat u zoekt
    'se2ee0f96cff2cdf9': 'Czego szukasz',
    # NL: Informatie
    's08e55aa5570107cb': 'Informacje',
    # NL: Periode
    's2ea376e3da085b13': 'Okres',
    # NL: Antwoord
    's86c1112125da68f7': 'Odpowiedź',
    # NL: Uw gegevens
    's1cea06591812271d': 'Twoje dane',
    # NL: Uw verzoek is niet verstuurd.
    'sfa306cd671611271': 'Twój wniosek nie został wysłany.',
    # NL: Dit formulier is nog niet aangesloten op de gemeente. Uw antwoorden zijn bewaard. Stuur uw verzoek per e-mail of post, of neem contact op met de gemeente.
    'sd16a1c7ccc94e59e': 'Ten formularz nie jest jeszcze połączony z gminą. Twoje odpowiedzi są zapisane. Wyślij wniosek e-mailem lub pocztą albo skontaktuj się z gminą.',
    # NL: U bent niet verbonden met internet.
    's6c3a5d9241379f1d': 'Nie masz połączenia z internetem.',
    # NL: Het versturen is niet gelukt.
    's755c3f13a20815e2': 'Nie udało się wysłać.',
    # NL: Uw antwoorden zijn bewaard. Probeer het opnieuw. Lukt het niet? Probeer het later nog eens, of neem contact op met de gemeente.
    's88c99d717eb26823': 'Twoje odpowiedzi są zapisane. Spróbuj ponownie. Nie udaje się? Spróbuj później albo skontaktuj się z gminą.',
    # NL: Wij hebben uw verzoek ontvangen
    'sb9463856e12a8cbd': 'Otrzymaliśmy Twój wniosek',
    # NL: Uw kenmerk
    'sb25477de0036f56e': 'Twój numer sprawy',
    # NL: Ontvangen op
    's7ef8059f71a0c534': 'Data otrzymania',
    # NL: De gemeente beslist uiterlijk op
    's4e65a7876306a5f6': 'Gmina wyda decyzję najpóźniej w dniu',
    # NL: De gemeente moet binnen 4 weken beslissen. Soms mag dat 2 weken langer. De termijn staat stil als de gemeente u iets moet vragen. Dan hoort u dat.
    'sc1ba541d62251bb7': 'Gmina musi wydać decyzję w ciągu 4 tygodni. Czasem może to trwać 2 tygodnie dłużej. Termin jest wstrzymany, gdy gmina musi Cię o coś zapytać. Wtedy się o tym dowiesz.',
    # NL: Hoe is deze datum berekend?
    's616f79a66b4aa54d': 'Jak obliczono tę datę?',
    # NL: Bewaar uw kenmerk. Dat heeft u nodig als u contact opneemt over uw verzoek.
    'sbb64b762d2ef6100': 'Zachowaj swój numer sprawy. Będzie Ci potrzebny, gdy skontaktujesz się z nami w sprawie wniosku.',
    # NL: Bezig met versturen…
    'sc28bf0a47fb0fdb8': 'Wysyłanie…',
    # NL: Probeer opnieuw te versturen
    's1a25b7b909c378a8': 'Wyślij ponownie',
    # NL: Verstuur uw verzoek
    's9f784f4d67e83e43': 'Wyślij wniosek',
    # NL: Volgende
    's9f838ffe65d31dc3': 'Dalej',
    # NL: Vorige
    's1f0149847a099a73': 'Wstecz',
    # NL: De gemeente vroeg u uw verzoek duidelijker te maken. De termijn staat stil.
    's36a49eb007a05eba': 'Gmina poprosiła Cię o doprecyzowanie wniosku. Termin jest wstrzymany.',
    # NL: De tijd om uw verzoek aan te vullen is voorbij. De termijn loopt weer.
    's6672799294aa0c90': 'Czas na uzupełnienie wniosku minął. Termin znowu biegnie.',
    # NL: U heeft uw verzoek aangevuld. De termijn loopt weer.
    's31e6ae378bd471f2': 'Twój wniosek został uzupełniony. Termin znowu biegnie.',
    # NL: De gemeente vroeg anderen om hun mening (zienswijze). De termijn staat stil.
    's668b9406ed1463d1': 'Gmina poprosiła inne osoby o opinię (zienswijze). Termin jest wstrzymany.',
    # NL: De tijd voor een mening is voorbij. De termijn loopt weer.
    'sf2371aa4b64da061': 'Czas na opinię minął. Termin znowu biegnie.',
    # NL: De mening van anderen is binnen. De termijn loopt weer.
    'sc2058847c8f4ac29': 'Opinia innych osób wpłynęła. Termin znowu biegnie.',
    # NL: De gemeente heeft de termijn met 2 weken verlengd (verdaagd).
    's9e95ed885ca639da': 'Gmina przedłużyła termin o 2 tygodnie (verdaging).',
    # NL: Uw verzoek is doorgestuurd naar <x id="0" equiv-text="${event.to.name}"/>. Die organisatie beslist verder.
    's55bd9038d10d495e': 'Twój wniosek przekazano organizacji <x id="0" equiv-text="${event.to.name}"/>. To ona wyda decyzję.',
    # NL: De informatie is openbaar gemaakt.
    's24f5bf9bca0632e2': 'Informacje zostały udostępnione publicznie.',
    # NL: U heeft uw verzoek ingetrokken.
    'sd83f7d41d7fa2385': 'Wniosek wycofany na Twoją prośbę.',
    # NL: Besluit: u krijgt de informatie.
    's52a0de012884e9a4': 'Decyzja: otrzymasz informacje.',
    # NL: Besluit: u krijgt een deel van de informatie.
    'sa739a2b565e3b19f': 'Decyzja: otrzymasz część informacji.',
    # NL: Besluit: u krijgt de informatie niet.
    's59ce3c9c8b55e2b4': 'Decyzja: nie otrzymasz informacji.',
    # NL: Besluit: de gemeente heeft deze informatie niet.
    's499db57a46f36aaa': 'Decyzja: gmina nie ma tych informacji.',
    # NL: Besluit: de informatie is al openbaar.
    's2574f3d406c58195': 'Decyzja: informacje są już publiczne.',
    # NL: Besluit: de gemeente behandelt het verzoek niet.
    'seb3be1749be30682': 'Decyzja: gmina nie rozpatrzy wniosku.',
    # NL: De gemeente werkt aan uw verzoek. Zij moet uiterlijk <x id="0" equiv-text="${deadline}"/> beslissen.
    's1f20437978d0e7c4': 'Gmina pracuje nad Twoim wnioskiem. Ostatni dzień na decyzję to <x id="0" equiv-text="${deadline}"/>.',
    # NL: De termijn staat nu stil. Als er niets verandert, moet de gemeente uiterlijk <x id="0" equiv-text="${deadline}"/> beslissen.
    's6d9bfb4801fe01a9': 'Termin jest teraz wstrzymany. Jeśli nic się nie zmieni, ostatni dzień na decyzję to <x id="0" equiv-text="${deadline}"/>.',
    # NL: De gemeente heeft meer tijd genomen. Zij moet uiterlijk <x id="0" equiv-text="${deadline}"/> beslissen.
    's8ab9ca3481da1362': 'Gmina wzięła sobie więcej czasu. Ostatni dzień na decyzję to <x id="0" equiv-text="${deadline}"/>.',
    # NL: De gemeente is te laat. Zij had uiterlijk <x id="0" equiv-text="${deadline}"/> moeten beslissen.
    'sa415501fb36e821c': 'Gmina spóźnia się z decyzją. Ostatnim dniem na decyzję był <x id="0" equiv-text="${deadline}"/>.',
    # NL: De gemeente heeft op tijd beslist.
    'sf5510f1798517b78': 'Gmina wydała decyzję na czas.',
    # NL: De gemeente heeft beslist, maar te laat.
    's5a1c999b042a35d2': 'Gmina wydała decyzję, ale za późno.',
    # NL: <x id="0" equiv-text="${days}"/> te laat (<x id="1" equiv-text="${working}"/>).
    's128f0f8451b159ab': 'Spóźnienie: <x id="0" equiv-text="${days}"/> (<x id="1" equiv-text="${working}"/>).',
    # NL: Nog <x id="0" equiv-text="${days}"/> (<x id="1" equiv-text="${working}"/>).
    's96a2c87db19db2c6': 'Pozostało: <x id="0" equiv-text="${days}"/> (<x id="1" equiv-text="${working}"/>).',
    # NL: De gemeente heeft uw verzoek ontvangen.
    's187515ac0d2f67d6': 'Gmina otrzymała Twój wniosek.',
    # NL: Uiterste dag voor het besluit.
    'sdd94ec5b74b67f3b': 'Ostatni dzień na decyzję.',
    # NL: Vandaag
    's1bb6bfc894ddc78d': 'Dzisiaj',
    # NL: De gemeente is te laat. Wat kunt u doen?
    's93a1f939c7ba0443': 'Gmina spóźnia się z decyzją. Co możesz zrobić?',
    # NL: Stuur de gemeente een ingebrekestelling. Dat is een brief waarin u schrijft dat de gemeente te laat is. Dat kan vanaf <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>. Hieronder staat een brief die u kunt gebruiken.
    'sc4aed1ef3f701700': 'Wyślij do gminy wezwanie do działania (ingebrekestelling). To list, w którym piszesz, że gmina spóźnia się z decyzją. Możesz go wysłać najwcześniej: <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>. Poniżej jest list, którego możesz użyć.',
    # NL: Heeft de gemeente 2 weken na ontvangst van uw brief nog steeds niet beslist? Dan kunt u in beroep gaan bij de rechter (Awb 6:12). Ontvangt de gemeente uw brief op <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>, dan kan dat vanaf <x id="1" equiv-text="${date(result.related.appealForFailureToDecideFrom)}"/>.
    's077991a446c742e2': 'Gmina nadal nie wydała decyzji 2 tygodnie po otrzymaniu Twojego listu? Wtedy możesz złożyć skargę do sądu (Awb 6:12). Jeśli gmina otrzyma list w dniu: <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>, pierwszy dzień na skargę to <x id="1" equiv-text="${date(result.related.appealForFailureToDecideFrom)}"/>.',
    # NL: De rechter zegt dan meestal dat de gemeente binnen 2 weken moet beslissen. Vaak moet de gemeente betalen voor elke dag dat zij daarna nog te laat is. U kunt geen dwangsom van de gemeente zelf eisen: die regel geldt niet voor Woo-verzoeken (Woo 8.2).
    'sc9e7e26311a8a120': 'Sąd zwykle nakazuje wtedy gminie wydać decyzję w ciągu 2 tygodni. Często gmina musi płacić za każdy kolejny dzień spóźnienia. Nie możesz żądać kary pieniężnej (dwangsom) bezpośrednio od gminy: ta zasada nie dotyczy wniosków Woo (Woo 8.2).',
    # NL: Brief: ingebrekestelling
    's6cc4d03b24cdafbf': 'List: wezwanie do działania (ingebrekestelling)',
    # NL: De brief is in het Nederlands, omdat hij naar de gemeente gaat. Vul uw naam en adres in voordat u hem verstuurt.
    's0ea69c03f1dafb11': 'List jest po niderlandzku, bo trafi do gminy. Przed wysłaniem wpisz w nim swoje imię i nazwisko oraz adres.',
    # NL: Kopieer de brief
    's9c7ccc2b5347f7cb': 'Skopiuj list',
    # NL: Print de brief
    's8c1496658a72d0bb': 'Wydrukuj list',
    # NL: De brief is gekopieerd.
    'se66b486b3f37098f': 'List został skopiowany.',
    # NL: Wij kunnen de termijn van dit verzoek niet berekenen. De gegevens kloppen niet.
    'sffada44a8c777c4f': 'Nie możemy obliczyć terminu dla tego wniosku. Dane są niepoprawne.',
    # NL: Uw Woo-verzoek
    'sf81b098c6cb7701d': 'Twój wniosek Woo',
    # NL: Wat is er gebeurd?
    's40c976ba07b92a7f': 'Co się wydarzyło?',
    # NL: Er is geen verzoek om te tonen.
    's97579312fe18ca00': 'Nie ma wniosku do pokazania.',
    # NL: Het verzoek wordt geladen…
    'sa175e8cef039cbb4': 'Wczytywanie wniosku…',
    # NL: Wij kunnen dit verzoek niet vinden.
    's5ccd4c945611384b': 'Nie możemy znaleźć tego wniosku.',
    # NL: Wij kunnen dit verzoek niet tonen. De gegevens kloppen niet.
    'scba9694ca6638145': 'Nie możemy pokazać tego wniosku. Dane są niepoprawne.',
    # NL: Het verzoek kon niet worden geladen. Probeer het later opnieuw.
    's20de2fdd65d27e44': 'Nie udało się wczytać wniosku. Spróbuj ponownie później.',
    # NL: <x id="0" equiv-text="${count}"/> van <x id="1" equiv-text="${requestsText(of, this.locale)}"/>
    'scff5b39f21ae6ade': '<x id="0" equiv-text="${count}"/> na <x id="1" equiv-text="${requestsText(of, this.locale)}"/>',
    # NL: Doel van <x id="0" equiv-text="${this.target}"/>% gehaald
    'sb45c31459a865e77': 'Cel <x id="0" equiv-text="${this.target}"/>% osiągnięty',
    # NL: Doel van <x id="0" equiv-text="${this.target}"/>% niet gehaald
    'scf39b99dab789fe5': 'Cel <x id="0" equiv-text="${this.target}"/>% nieosiągnięty',
    # NL: Verzoeken op tijd beslist, per maand
    'see44c3db5e29309c': 'Wnioski z decyzją na czas, według miesięcy',
    # NL: Staafdiagram: per maand van ontvangst het deel van de verzoeken dat binnen de wettelijke termijn is beslist. De stippellijn is het doel van <x id="0" equiv-text="${this.target}"/>%. Maanden onder het doel hebben een gestreept patroon. Dezelfde cijfers staan in de tabel hieronder.
    's0762d9a10b6fa396': 'Wykres słupkowy: dla każdego miesiąca otrzymania odsetek wniosków z decyzją w terminie ustawowym. Linia kropkowana to cel <x id="0" equiv-text="${this.target}"/>%. Miesiące poniżej celu mają wzór w paski. Te same liczby są w tabeli poniżej.',
    # NL: <x id="0" equiv-text="${this.monthName(m.month)}"/>: nog geen besluiten, <x id="1" equiv-text="${requestsText(m.requests, this.locale)}"/> ontvangen
    's1ebc960fd1e6f8a1': '<x id="0" equiv-text="${this.monthName(m.month)}"/>: jeszcze brak decyzji, otrzymano <x id="1" equiv-text="${requestsText(m.requests, this.locale)}"/>',
    # NL: <x id="0" equiv-text="${this.monthName(m.month)}"/>: <x id="1" equiv-text="${this.percent(share)}"/> op tijd, <x id="2" equiv-text="${m.withinLegalDeadline.count}"/> van <x id="3" equiv-text="${m.withinLegalDeadline.of}"/>
    's288a640fe14afbfc': '<x id="0" equiv-text="${this.monthName(m.month)}"/>: <x id="1" equiv-text="${this.percent(share)}"/> na czas, <x id="2" equiv-text="${m.withinLegalDeadline.count}"/> z <x id="3" equiv-text="${m.withinLegalDeadline.of}"/>',
    # NL: , onder het doel
    's5c3597a09a4acb86': ', poniżej celu',
    # NL: doel <x id="0" equiv-text="${this.target}"/>%
    's442a58db4e415a1a': 'cel <x id="0" equiv-text="${this.target}"/>%',
    # NL: Gebruik de pijltjestoetsen om langs de maanden te gaan.
    's90f4f8e950e17148': 'Użyj klawiszy strzałek, aby przechodzić między miesiącami.',
    # NL: Cijfers per maand van ontvangst
    'sf9f316d2180644dc': 'Statystyki według miesiąca otrzymania',
    # NL: Ontvangen
    's6ac65d80ad3e2b89': 'Otrzymane',
    # NL: Beslist
    'sb844215002500335': 'Z decyzją',
    # NL: Binnen 4 weken
    'sdb51c83b064d0315': 'W ciągu 4 tygodni',
    # NL: Binnen de wettelijke termijn
    's35b5aaeb4d6f8299': 'W terminie ustawowym',
    # NL: Binnen de afgesproken termijn
    's6423dd00a72b8cf8': 'W uzgodnionym terminie',
    # NL: Mediaan dagen
    's43cc8bc4da0909bb': 'Mediana dni',
    # NL: Open en te laat
    's879aca30cd0383a3': 'Otwarte i spóźnione',
    # NL: Informatie gegeven
    's62f3381467922f12': 'Informacje udostępnione',
    # NL: Deels gegeven
    's6f0d103f1ea07ae9': 'Udostępnione częściowo',
    # NL: Geweigerd
    's8484fdca95f2057a': 'Odmowa',
    # NL: Informatie niet aanwezig
    's631679c6f8aeadd5': 'Gmina nie ma informacji',
    # NL: Al openbaar
    's4ac3acb52dc4ca42': 'Już publiczne',
    # NL: Niet behandeld
    's4afa3c1e884e7b26': 'Nierozpatrzone',
    # NL: Nog geen besluit
    's14c89a5ebdf17042': 'Jeszcze bez decyzji',
    # NL: Op tijd beslist?
    'sbfa9ee2a519bb3ea': 'Decyzje na czas?',
    # NL: Er zijn nog geen verzoeken om te tonen.
    's375ab30f5109ad50': 'Nie ma jeszcze wniosków do pokazania.',
    # NL: Over <x id="0" equiv-text="${requestsText(total, this.locale)}"/>. Een verzoek telt als te laat als het besluit na de termijn kwam, of als er nog geen besluit is terwijl de termijn voorbij is.
    's0eb8a6afe300a4e2': 'Dane obejmują <x id="0" equiv-text="${requestsText(total, this.locale)}"/>. Wniosek liczy się jako spóźniony, jeśli decyzja zapadła po terminie albo jeśli nadal nie ma decyzji, a termin już minął.',
    # NL: Mediaan: dagen tot het besluit
    'sac0a416094398c0b': 'Mediana: dni do decyzji',
    # NL: Gemiddeld: dagen tot het besluit
    'sb2752d0434147dcd': 'Średnio: dni do decyzji',
    # NL: Open verzoeken die al te laat zijn
    'se0c4531765d9fa01': 'Otwarte wnioski, które są już spóźnione',
    # NL: Verdaagd (2 weken extra)
    'scf45cfb4f04ec19a': 'Termin przedłużony (o 2 tygodnie)',
    # NL: Termijn stond stil
    'sb21421ee3f2eab62': 'Termin był wstrzymany',
    # NL: Per maand
    's8a3a95c33a74ffff': 'Według miesięcy',
    # NL: Uitkomst van de verzoeken
    'sdb2fcb6c931146c6': 'Wyniki wniosków',
    # NL: De cijfers worden geladen…
    's72ed90d96d7805df': 'Wczytywanie statystyk…',
    # NL: De cijfers konden niet worden geladen. Probeer het later opnieuw.
    's2d4f7dd8b6667f35': 'Nie udało się wczytać statystyk. Spróbuj ponownie później.',
    # NL: Er is een probleem
    's92ab16f6a282e5e0': 'Wystąpił problem',
    # NL: (niet verplicht)
    's6711d9bcb230e165': '(nieobowiązkowe)',
    # NL: Invoerfout:
    'sd14a92034b1a751a': 'Błąd:',
    # NL: Dag
    'se0955b19920eebe3': 'Dzień',
    # NL: Maand
    'se0e2660ba4bcf4ec': 'Miesiąc',
    # NL: Jaar
    'sc2efa9ea5bccd447': 'Rok',
    # NL: <x id="0" equiv-text="${n}"/> dagen
    'days.zero': '<x id="0" equiv-text="${n}"/> dni',
    # NL: <x id="0" equiv-text="${n}"/> dag
    'days.one': '<x id="0" equiv-text="${n}"/> dzień',
    # NL: <x id="0" equiv-text="${n}"/> dagen
    'days.two': '<x id="0" equiv-text="${n}"/> dni',
    # NL: <x id="0" equiv-text="${n}"/> dagen
    'days.few': '<x id="0" equiv-text="${n}"/> dni',
    # NL: <x id="0" equiv-text="${n}"/> dagen
    'days.many': '<x id="0" equiv-text="${n}"/> dni',
    # NL: <x id="0" equiv-text="${n}"/> dagen
    'days.other': '<x id="0" equiv-text="${n}"/> dnia',
    # NL: <x id="0" equiv-text="${n}"/> werkdagen
    'working-days.zero': '<x id="0" equiv-text="${n}"/> dni roboczych',
    # NL: <x id="0" equiv-text="${n}"/> werkdag
    'working-days.one': '<x id="0" equiv-text="${n}"/> dzień roboczy',
    # NL: <x id="0" equiv-text="${n}"/> werkdagen
    'working-days.two': '<x id="0" equiv-text="${n}"/> dni robocze',
    # NL: <x id="0" equiv-text="${n}"/> werkdagen
    'working-days.few': '<x id="0" equiv-text="${n}"/> dni robocze',
    # NL: <x id="0" equiv-text="${n}"/> werkdagen
    'working-days.many': '<x id="0" equiv-text="${n}"/> dni roboczych',
    # NL: <x id="0" equiv-text="${n}"/> werkdagen
    'working-days.other': '<x id="0" equiv-text="${n}"/> dnia roboczego',
    # NL: <x id="0" equiv-text="${count}"/> publicaties
    'publications.zero': '<x id="0" equiv-text="${count}"/> publikacji',
    # NL: <x id="0" equiv-text="${count}"/> publicatie
    'publications.one': '<x id="0" equiv-text="${count}"/> publikacja',
    # NL: <x id="0" equiv-text="${count}"/> publicaties
    'publications.two': '<x id="0" equiv-text="${count}"/> publikacje',
    # NL: <x id="0" equiv-text="${count}"/> publicaties
    'publications.few': '<x id="0" equiv-text="${count}"/> publikacje',
    # NL: <x id="0" equiv-text="${count}"/> publicaties
    'publications.many': '<x id="0" equiv-text="${count}"/> publikacji',
    # NL: <x id="0" equiv-text="${count}"/> publicaties
    'publications.other': '<x id="0" equiv-text="${count}"/> publikacji',
    # NL: <x id="0" equiv-text="${count}"/> publicaties gevonden
    'results.zero': 'Znaleziono <x id="0" equiv-text="${count}"/> publikacji',
    # NL: <x id="0" equiv-text="${count}"/> publicatie gevonden
    'results.one': 'Znaleziono <x id="0" equiv-text="${count}"/> publikację',
    # NL: <x id="0" equiv-text="${count}"/> publicaties gevonden
    'results.two': 'Znaleziono <x id="0" equiv-text="${count}"/> publikacje',
    # NL: <x id="0" equiv-text="${count}"/> publicaties gevonden
    'results.few': 'Znaleziono <x id="0" equiv-text="${count}"/> publikacje',
    # NL: <x id="0" equiv-text="${count}"/> publicaties gevonden
    'results.many': 'Znaleziono <x id="0" equiv-text="${count}"/> publikacji',
    # NL: <x id="0" equiv-text="${count}"/> publicaties gevonden
    'results.other': 'Znaleziono <x id="0" equiv-text="${count}"/> publikacji',
    # NL: <x id="0" equiv-text="${count}"/> publicaties in de lijst kloppen niet. Die ziet u hier niet.
    'skipped.zero': '<x id="0" equiv-text="${count}"/> publikacji na liście nie jest poprawnych. Nie pokazujemy ich tutaj.',
    # NL: <x id="0" equiv-text="${count}"/> publicatie in de lijst klopt niet. Die ziet u hier niet.
    'skipped.one': '<x id="0" equiv-text="${count}"/> publikacja na liście nie jest poprawna. Nie pokazujemy jej tutaj.',
    # NL: <x id="0" equiv-text="${count}"/> publicaties in de lijst kloppen niet. Die ziet u hier niet.
    'skipped.two': '<x id="0" equiv-text="${count}"/> publikacje na liście nie są poprawne. Nie pokazujemy ich tutaj.',
    # NL: <x id="0" equiv-text="${count}"/> publicaties in de lijst kloppen niet. Die ziet u hier niet.
    'skipped.few': '<x id="0" equiv-text="${count}"/> publikacje na liście nie są poprawne. Nie pokazujemy ich tutaj.',
    # NL: <x id="0" equiv-text="${count}"/> publicaties in de lijst kloppen niet. Die ziet u hier niet.
    'skipped.many': '<x id="0" equiv-text="${count}"/> publikacji na liście nie jest poprawnych. Nie pokazujemy ich tutaj.',
    # NL: <x id="0" equiv-text="${count}"/> publicaties in de lijst kloppen niet. Die ziet u hier niet.
    'skipped.other': '<x id="0" equiv-text="${count}"/> publikacji na liście nie jest poprawnych. Nie pokazujemy ich tutaj.',
    # NL: <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën hebben publicaties.
    'mandatory-covered.zero': '<x id="0" equiv-text="${n}"/> z <x id="1" equiv-text="${of}"/> obowiązkowych kategorii ma publikacje.',
    # NL: <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën heeft publicaties.
    'mandatory-covered.one': '<x id="0" equiv-text="${n}"/> z <x id="1" equiv-text="${of}"/> obowiązkowych kategorii ma publikacje.',
    # NL: <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën hebben publicaties.
    'mandatory-covered.two': '<x id="0" equiv-text="${n}"/> z <x id="1" equiv-text="${of}"/> obowiązkowych kategorii mają publikacje.',
    # NL: <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën hebben publicaties.
    'mandatory-covered.few': '<x id="0" equiv-text="${n}"/> z <x id="1" equiv-text="${of}"/> obowiązkowych kategorii mają publikacje.',
    # NL: <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën hebben publicaties.
    'mandatory-covered.many': '<x id="0" equiv-text="${n}"/> z <x id="1" equiv-text="${of}"/> obowiązkowych kategorii ma publikacje.',
    # NL: <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën hebben publicaties.
    'mandatory-covered.other': '<x id="0" equiv-text="${n}"/> z <x id="1" equiv-text="${of}"/> obowiązkowych kategorii ma publikacje.',
    # NL: <x id="0" equiv-text="${count}"/> verzoeken
    'requests.zero': '<x id="0" equiv-text="${count}"/> wniosków',
    # NL: <x id="0" equiv-text="${count}"/> verzoek
    'requests.one': '<x id="0" equiv-text="${count}"/> wniosek',
    # NL: <x id="0" equiv-text="${count}"/> verzoeken
    'requests.two': '<x id="0" equiv-text="${count}"/> wnioski',
    # NL: <x id="0" equiv-text="${count}"/> verzoeken
    'requests.few': '<x id="0" equiv-text="${count}"/> wnioski',
    # NL: <x id="0" equiv-text="${count}"/> verzoeken
    'requests.many': '<x id="0" equiv-text="${count}"/> wniosków',
    # NL: <x id="0" equiv-text="${count}"/> verzoeken
    'requests.other': '<x id="0" equiv-text="${count}"/> wniosku',
    # NL: <x id="0" equiv-text="${count}"/> verzoeken in de lijst kloppen niet en tellen niet mee.
    'skipped-requests.zero': '<x id="0" equiv-text="${count}"/> wniosków na liście nie jest poprawnych. Nie liczymy ich.',
    # NL: <x id="0" equiv-text="${count}"/> verzoek in de lijst klopt niet en telt niet mee.
    'skipped-requests.one': '<x id="0" equiv-text="${count}"/> wniosek na liście nie jest poprawny. Nie liczymy go.',
    # NL: <x id="0" equiv-text="${count}"/> verzoeken in de lijst kloppen niet en tellen niet mee.
    'skipped-requests.two': '<x id="0" equiv-text="${count}"/> wnioski na liście nie są poprawne. Nie liczymy ich.',
    # NL: <x id="0" equiv-text="${count}"/> verzoeken in de lijst kloppen niet en tellen niet mee.
    'skipped-requests.few': '<x id="0" equiv-text="${count}"/> wnioski na liście nie są poprawne. Nie liczymy ich.',
    # NL: <x id="0" equiv-text="${count}"/> verzoeken in de lijst kloppen niet en tellen niet mee.
    'skipped-requests.many': '<x id="0" equiv-text="${count}"/> wniosków na liście nie jest poprawnych. Nie liczymy ich.',
    # NL: <x id="0" equiv-text="${count}"/> verzoeken in de lijst kloppen niet en tellen niet mee.
    'skipped-requests.other': '<x id="0" equiv-text="${count}"/> wniosku na liście nie jest poprawne. Nie liczymy go.',
    # NL: De lijst met publicaties heeft niet de goede vorm. Wij kunnen hem niet lezen.
    's62211f9f26d4bc3b': 'Lista publikacji ma niewłaściwy format. Nie możemy jej odczytać.',
    # NL: De lijst met publicaties is beschadigd. Wij kunnen hem niet lezen.
    's1f3082e2ebf4ae70': 'Lista publikacji jest uszkodzona. Nie możemy jej odczytać.',
    # NL: Wij kunnen de lijst met publicaties niet vinden.
    's3d88f5d9fbe69360': 'Nie możemy znaleźć listy publikacji.',
    # NL: De server doet er te lang over. Probeer het later opnieuw.
    's00ba60d0979e13c2': 'Serwer odpowiada zbyt długo. Spróbuj ponownie później.',
    # NL: Het adres van de lijst met publicaties is niet goed.
    's470d4976f3508513': 'Adres listy publikacji jest niepoprawny.',
    # NL: De publicaties konden niet worden geladen. Probeer het later opnieuw.
    's2511a64a6da219d4': 'Nie udało się wczytać publikacji. Spróbuj ponownie później.',
    # NL: Het verzoek kwam binnen op <x id="0" equiv-text="${receivedOn}"/>. De termijn begint de dag erna.
    'step.received': 'Gmina otrzymała wniosek (<x id="0" equiv-text="${receivedOn}"/>). Termin zaczyna biec następnego dnia.',
    # NL: De gemeente beslist binnen 4 weken: uiterlijk <x id="0" equiv-text="${end}"/>.
    'step.four-weeks': 'Gmina wydaje decyzję w ciągu 4 tygodni. Ostatni dzień to <x id="0" equiv-text="${end}"/>.',
    # NL: Op <x id="0" equiv-text="${postponedOn}"/> verdaagde de gemeente de termijn met 2 weken. Dat mag één keer, uiterlijk <x id="1" equiv-text="${firstTermEnd}"/>. De 2 weken tellen vanaf <x id="2" equiv-text="${countedFrom}"/>: nieuwe einddatum <x id="3" equiv-text="${end}"/>.
    'step.postponement': 'Gmina przedłużyła termin o 2 tygodnie (<x id="0" equiv-text="${postponedOn}"/>). Może to zrobić jeden raz, najpóźniej: <x id="1" equiv-text="${firstTermEnd}"/>. 2 tygodnie liczymy od: <x id="2" equiv-text="${countedFrom}"/>. Nowy koniec terminu: <x id="3" equiv-text="${end}"/>.',
    # NL: Op <x id="0" equiv-text="${postponedOn}"/> verdaagde de gemeente de termijn. Te laat: de eerste termijn liep tot en met <x id="1" equiv-text="${firstTermEnd}"/>. De verdaging telt niet.
    'step.postponement-too-late': 'Gmina przedłużyła termin (<x id="0" equiv-text="${postponedOn}"/>). To było za późno: ostatni dzień pierwszego terminu to <x id="1" equiv-text="${firstTermEnd}"/>. Przedłużenie się nie liczy.',
    # NL: De gemeente moet uiterlijk op <x id="0" equiv-text="${deadline}"/> beslissen.
    'step.deadline': 'Ostatni dzień na decyzję gminy to <x id="0" equiv-text="${deadline}"/>.',
    # NL: Andere uitleg: eerst de termijnenwet (<x id="0" equiv-text="${firstTermEnd}"/>), dan 2 weken: <x id="1" equiv-text="${deadline}"/>. Wij nemen de eerdere, veilige datum.
    'step.alternative': 'Inna interpretacja: najpierw ustawa o terminach (termijnenwet) – <x id="0" equiv-text="${firstTermEnd}"/>, potem 2 tygodnie – <x id="1" equiv-text="${deadline}"/>. Przyjmujemy wcześniejszą, bezpieczną datę.',
    # NL: Is het verzoek te breed of onduidelijk? Dan vraagt de gemeente binnen 2 weken om uitleg: uiterlijk <x id="0" equiv-text="${due}"/>.
    'step.clarification': 'Wniosek jest zbyt szeroki lub niejasny? Wtedy gmina w ciągu 2 tygodni prosi o wyjaśnienie, najpóźniej: <x id="0" equiv-text="${due}"/>.',
    # NL: Gaat het duidelijk niet om informatie (misbruik)? Dan kan de gemeente binnen 2 weken besluiten het niet te behandelen: uiterlijk <x id="0" equiv-text="${due}"/>.
    'step.abuse': 'Wniosek wyraźnie nie dotyczy informacji (nadużycie)? Wtedy gmina może w ciągu 2 tygodni zdecydować, że go nie rozpatrzy, najpóźniej: <x id="0" equiv-text="${due}"/>.',
    # NL: Geen besluit op <x id="0" equiv-text="${deadline}"/>? Dan kan de verzoeker vanaf <x id="1" equiv-text="${from}"/> een ingebrekestelling sturen: een brief dat de gemeente te laat is.
    'step.notice-of-default': 'Brak decyzji w ostatnim dniu (<x id="0" equiv-text="${deadline}"/>)? Wtedy wnioskodawca może wysłać wezwanie do działania (ingebrekestelling): list, że gmina spóźnia się z decyzją. Najwcześniej: <x id="1" equiv-text="${from}"/>.',
    # NL: Daarna kan de verzoeker in beroep bij de rechter, 2 weken na de dag dat de gemeente die brief kreeg. Kreeg zij hem op <x id="0" equiv-text="${noticeOn}"/>, dan vanaf <x id="1" equiv-text="${from}"/> (andere uitleg: <x id="2" equiv-text="${alternativeFrom}"/>).
    'step.appeal': 'Potem wnioskodawca może złożyć skargę do sądu, 2 tygodnie po dniu, w którym gmina otrzymała ten list. Jeśli gmina otrzymała list w dniu: <x id="0" equiv-text="${noticeOn}"/>, pierwszy dzień na skargę to <x id="1" equiv-text="${from}"/> (inna interpretacja: <x id="2" equiv-text="${alternativeFrom}"/>).',
    # NL: Verwacht de gemeente bezwaar van een ander? Dan geeft zij de informatie pas 2 weken na het besluit (<x id="0" equiv-text="${decisionOn}"/>): op <x id="1" equiv-text="${releaseOn}"/>.
    'step.release': 'Gmina spodziewa się sprzeciwu (bezwaar) innej osoby? Wtedy przekaże informacje dopiero 2 tygodnie po decyzji (<x id="0" equiv-text="${decisionOn}"/>), czyli: <x id="1" equiv-text="${releaseOn}"/>.',
    # NL: Een dwangsom voor te laat beslissen (Awb 4:17) geldt niet bij de Woo. De rechter kan wel opdragen te beslissen, meestal binnen 2 weken (Awb 8:55d), vaak met een dwangsom (bijvoorbeeld € 100 per dag, tot € 15.000).
    'step.penalty': 'Kara pieniężna (dwangsom) za spóźnioną decyzję (Awb 4:17) nie dotyczy Woo. Sąd może jednak nakazać wydanie decyzji, zwykle w ciągu 2 tygodni (Awb 8:55d), często z karą pieniężną (na przykład 100 euro dziennie, maksymalnie 15 000 euro).',
    # NL: Op <x id="0" equiv-text="${today}"/> loopt de termijn: nog <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).
    'step.status.within-term': 'Termin biegnie. Pozostało: <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>). Stan na: <x id="0" equiv-text="${today}"/>.',
    # NL: Op <x id="0" equiv-text="${today}"/> staat de termijn stil: nog <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).
    'step.status.suspended': 'Termin jest wstrzymany. Pozostało: <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>). Stan na: <x id="0" equiv-text="${today}"/>.',
    # NL: Op <x id="0" equiv-text="${today}"/> loopt de verdaagde termijn: nog <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).
    'step.status.postponed': 'Biegnie przedłużony termin. Pozostało: <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>). Stan na: <x id="0" equiv-text="${today}"/>.',
    # NL: Op <x id="0" equiv-text="${today}"/> is de gemeente <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>) te laat.
    'step.status.late': 'Gmina spóźnia się z decyzją. Spóźnienie: <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>). Stan na: <x id="0" equiv-text="${today}"/>.',
    # NL: Besluit op <x id="0" equiv-text="${decidedOn}"/>: op tijd.
    'step.status.decided-on-time': 'Decyzja wydana na czas (<x id="0" equiv-text="${decidedOn}"/>).',
    # NL: Besluit op <x id="0" equiv-text="${decidedOn}"/>: <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>) te laat.
    'step.status.decided-late': 'Decyzja wydana (<x id="0" equiv-text="${decidedOn}"/>) ze spóźnieniem: <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).',
    # NL: Op tijd: besluit uiterlijk op de laatste dag. 4 weken = 28 dagen na ontvangst. Wettelijk = met verdaging, opschorting en termijnenwet. Afgesproken = de afgesproken datum. Een open verzoek na de termijn telt als te laat (peildatum <x id="0" equiv-text="${today}"/>).
    'step.statistics': 'Na czas: decyzja najpóźniej w ostatnim dniu. W ciągu 4 tygodni = 28 dni od otrzymania. W terminie ustawowym = z przedłużeniem, wstrzymaniem terminu i ustawą o terminach (termijnenwet). W uzgodnionym terminie = do uzgodnionej daty. Otwarty wniosek po terminie liczy się jako spóźniony (stan na: <x id="0" equiv-text="${today}"/>).',
    # NL: Op <x id="0" equiv-text="${notifiedOn}"/> vroeg de gemeente een ander om zijn mening (zienswijze). De termijn staat stil van <x id="1" equiv-text="${from}"/> tot en met <x id="2" equiv-text="${endedOn}"/>.
    'step.suspension.zienswijze': 'Gmina poprosiła inną osobę o opinię (zienswijze). Data prośby: <x id="0" equiv-text="${notifiedOn}"/>. Termin jest wstrzymany: <x id="1" equiv-text="${from}"/> – <x id="2" equiv-text="${endedOn}"/> (włącznie).',
    # NL: Op <x id="0" equiv-text="${notifiedOn}"/> vroeg de gemeente om het verzoek aan te vullen. De termijn staat stil van <x id="1" equiv-text="${from}"/> tot <x id="2" equiv-text="${endedOn}"/>.
    'step.suspension.aanvulling': 'Gmina poprosiła o uzupełnienie wniosku. Data prośby: <x id="0" equiv-text="${notifiedOn}"/>. Termin jest wstrzymany: <x id="1" equiv-text="${from}"/> – <x id="2" equiv-text="${endedOn}"/> (bez ostatniego dnia).',
    # NL: De verzoeker stemde in met <x id="0" equiv-text="${days}"/> uitstel.
    'step.suspension.instemming': 'Wnioskodawca zgodził się, że decyzja może zapaść o <x id="0" equiv-text="${days}"/> później.',
    # NL: Door overmacht (iets buiten de macht van de gemeente) staat de termijn <x id="0" equiv-text="${days}"/> stil.
    'step.suspension.overmacht': 'Z powodu siły wyższej (czegoś, na co gmina nie ma wpływu) termin jest wstrzymany na <x id="0" equiv-text="${days}"/>.',
    # NL: Vanaf <x id="0" equiv-text="${from}"/>.
    'step.suspension.from': 'Od: <x id="0" equiv-text="${from}"/>.',
    # NL: Dat is <x id="0" equiv-text="${suspendedDays}"/>.
    'step.suspension.counted': 'To <x id="0" equiv-text="${suspendedDays}"/>.',
    # NL: Nieuwe einddatum: <x id="0" equiv-text="${end}"/>.
    'step.suspension.new-end': 'Nowy koniec terminu: <x id="0" equiv-text="${end}"/>.',
    # NL: Telt niet: de termijn liep al af op <x id="0" equiv-text="${end}"/>.
    'step.suspension.not-counted': 'Nie liczy się: termin już się skończył (<x id="0" equiv-text="${end}"/>).',
    # NL: <x id="0" equiv-text="${days}"/> stonden al stil; die tellen niet dubbel.
    'step.suspension.overlap.zero': '<x id="0" equiv-text="${days}"/> było już objętych wstrzymaniem; nie liczymy ich podwójnie.',
    # NL: <x id="0" equiv-text="${days}"/> stond al stil; die telt niet dubbel.
    'step.suspension.overlap.one': '<x id="0" equiv-text="${days}"/> był już objęty wstrzymaniem; nie liczymy go podwójnie.',
    # NL: <x id="0" equiv-text="${days}"/> stonden al stil; die tellen niet dubbel.
    'step.suspension.overlap.two': '<x id="0" equiv-text="${days}"/> były już objęte wstrzymaniem; nie liczymy ich podwójnie.',
    # NL: <x id="0" equiv-text="${days}"/> stonden al stil; die tellen niet dubbel.
    'step.suspension.overlap.few': '<x id="0" equiv-text="${days}"/> były już objęte wstrzymaniem; nie liczymy ich podwójnie.',
    # NL: <x id="0" equiv-text="${days}"/> stonden al stil; die tellen niet dubbel.
    'step.suspension.overlap.many': '<x id="0" equiv-text="${days}"/> było już objętych wstrzymaniem; nie liczymy ich podwójnie.',
    # NL: <x id="0" equiv-text="${days}"/> stonden al stil; die tellen niet dubbel.
    'step.suspension.overlap.other': '<x id="0" equiv-text="${days}"/> było już objętych wstrzymaniem; nie liczymy ich podwójnie.',
    # NL: een zaterdag
    'step.reason.saturday': 'sobota',
    # NL: een zondag
    'step.reason.sunday': 'niedziela',
    # NL: een feestdag (Nieuwjaarsdag)
    'step.reason.new-years-day': 'święto (Nowy Rok)',
    # NL: een feestdag (Goede Vrijdag)
    'step.reason.good-friday': 'święto (Wielki Piątek)',
    # NL: een feestdag (Tweede Paasdag)
    'step.reason.easter-monday': 'święto (Poniedziałek Wielkanocny)',
    # NL: een feestdag (Koningsdag)
    'step.reason.kings-day': 'święto (Dzień Króla, Koningsdag)',
    # NL: een feestdag (Koninginnedag)
    'step.reason.queens-day': 'święto (Dzień Królowej, Koninginnedag)',
    # NL: een feestdag (Bevrijdingsdag)
    'step.reason.liberation-day': 'święto (Dzień Wyzwolenia, Bevrijdingsdag)',
    # NL: een feestdag (Hemelvaartsdag)
    'step.reason.ascension-day': 'święto (Wniebowstąpienie)',
    # NL: een feestdag (Tweede Pinksterdag)
    'step.reason.whit-monday': 'święto (drugi dzień Zielonych Świątek)',
    # NL: een feestdag (Eerste Kerstdag)
    'step.reason.christmas-day': 'święto (pierwszy dzień Bożego Narodzenia)',
    # NL: een feestdag (Tweede Kerstdag)
    'step.reason.second-christmas-day': 'święto (drugi dzień Bożego Narodzenia)',
    # NL: een extra feestdag
    'step.reason.extra-holiday': 'dodatkowe święto',
    # NL: De termijn eindigt op <x id="0" equiv-text="${end}"/>, <x id="1" equiv-text="${reason}"/>. Dan schuift hij door naar de volgende werkdag: <x id="2" equiv-text="${movedTo}"/>.
    'step.atw': 'Ostatni dzień terminu to <x id="0" equiv-text="${end}"/>. To <x id="1" equiv-text="${reason}"/>, więc termin przesuwa się na następny dzień roboczy: <x id="2" equiv-text="${movedTo}"/>.',

    # Information categories (Woo art. 3.3 and 3.1): label and plain-language explanation, by id.
    # NL: Wetten en algemeen verbindende voorschriften
    'category.c_139c6280.label': 'Ustawy i przepisy powszechnie obowiązujące',
    # NL: Regels die voor iedereen gelden. Bij een gemeente zijn dat vooral verordeningen. Bijvoorbeeld de regels voor parkeren of afval.
    'category.c_139c6280.explanation': 'Przepisy, które obowiązują wszystkich. W gminie to głównie przepisy lokalne (verordeningen). Na przykład zasady parkowania lub wywozu śmieci.',
    # NL: Overige besluiten van algemene strekking
    'category.c_aab6bfc7.label': 'Inne decyzje o charakterze ogólnym',
    # NL: Besluiten die voor een grote groep mensen gelden, maar geen verordening zijn. Bijvoorbeeld beleidsregels. Daarin staat hoe de gemeente haar regels toepast.
    'category.c_aab6bfc7.explanation': 'Decyzje, które dotyczą dużej grupy ludzi, ale nie są przepisami lokalnymi. Na przykład wytyczne (beleidsregels). Mówią one, jak gmina stosuje swoje przepisy.',
    # NL: Ontwerpen van wet- en regelgeving met adviesaanvraag
    'category.c_759721e2.label': 'Projekty przepisów przekazane do zaopiniowania',
    # NL: Plannen voor nieuwe regels waarover de overheid advies vroeg aan een andere organisatie. De vraag om advies hoort erbij.
    'category.c_759721e2.explanation': 'Plany nowych przepisów, o których opinię władze poprosiły inną organizację. Obejmuje to też samą prośbę o opinię.',
    # NL: Organisatie en werkwijze
    'category.c_40a05794.label': 'Struktura i sposób działania',
    # NL: Hoe de organisatie in elkaar zit en hoe zij werkt. Welke afdelingen er zijn. En wat elke afdeling doet en mag beslissen.
    'category.c_40a05794.explanation': 'Jak zbudowana jest organizacja i jak działa. Jakie ma wydziały. Co robi każdy wydział i o czym może decydować.',
    # NL: Bereikbaarheidsgegevens
    'category.c_89ee6784.label': 'Dane kontaktowe',
    # NL: Hoe u de organisatie bereikt: adres, telefoon, e-mail en openingstijden. En hoe u om informatie vraagt.
    'category.c_89ee6784.explanation': 'Jak skontaktować się z organizacją: adres, telefon, e-mail i godziny otwarcia. I jak poprosić o informacje.',
    # NL: Bij vertegenwoordigende organen ingekomen stukken
    'category.c_8c840238.label': 'Pisma wpływające do rad i parlamentu',
    # NL: Brieven en andere stukken die de gemeenteraad krijgt om te bespreken. Stukken over één persoon of één geval horen er niet bij.
    'category.c_8c840238.explanation': 'Listy i inne pisma, które rada gminy dostaje do omówienia. Nie obejmuje to pism o jednej osobie lub jednej sprawie.',
    # NL: Vergaderstukken Staten-Generaal
    'category.c_c76862ab.label': 'Dokumenty z posiedzeń parlamentu (Staten-Generaal)',
    # NL: Stukken en verslagen van vergaderingen van de Eerste en Tweede Kamer. Dit geldt niet voor een gemeente.
    'category.c_c76862ab.explanation': 'Dokumenty i protokoły z posiedzeń Senatu (Eerste Kamer) i Izby Reprezentantów (Tweede Kamer). Nie dotyczy to gminy.',
    # NL: Vergaderstukken decentrale overheden
    'category.c_db4862c3.label': 'Dokumenty z posiedzeń władz lokalnych i regionalnych',
    # NL: Stukken en verslagen van vergaderingen van de gemeenteraad en zijn commissies. Ook van provincies, waterschappen en samenwerkende gemeenten.
    'category.c_db4862c3.explanation': 'Dokumenty i protokoły z posiedzeń rady gminy i jej komisji. Także prowincji, zarządów wodnych (waterschappen) i gmin, które ze sobą współpracują.',
    # NL: Agenda’s en besluitenlijsten bestuurscolleges
    'category.c_3a248e3a.label': 'Porządki obrad i listy decyzji organów wykonawczych',
    # NL: De agenda en de lijst met besluiten van de vergaderingen van burgemeester en wethouders.
    'category.c_3a248e3a.explanation': 'Porządek obrad i lista decyzji z posiedzeń burmistrza i członków zarządu gminy (college van burgemeester en wethouders).',
    # NL: Adviezen
    'category.c_99a836c7.label': 'Opinie doradcze',
    # NL: Adviezen van adviesraden en van andere organisaties die om advies zijn gevraagd. De vraag om advies hoort erbij. Adviezen over één persoon of één geval niet.
    'category.c_99a836c7.explanation': 'Opinie rad doradczych i innych organizacji, które poproszono o opinię. Obejmuje to też prośbę o opinię. Nie obejmuje opinii o jednej osobie lub jednej sprawie.',
    # NL: Convenanten
    'category.c_8fc2335c.label': 'Porozumienia',
    # NL: Schriftelijke afspraken van de overheid met andere organisaties. Bijvoorbeeld met bedrijven of met andere overheden.
    'category.c_8fc2335c.explanation': 'Pisemne porozumienia władz z innymi organizacjami. Na przykład z firmami lub z innymi instytucjami publicznymi.',
    # NL: Jaarplannen en jaarverslagen
    'category.c_c6cd1213.label': 'Roczne plany i sprawozdania',
    # NL: Plannen voor het komende jaar en verslagen over het vorige jaar. Wat de organisatie wil doen, en wat zij heeft gedaan.
    'category.c_c6cd1213.explanation': 'Plany na następny rok i sprawozdania z poprzedniego roku. Co organizacja chce zrobić i co zrobiła.',
    # NL: Subsidieverplichtingen anders dan met beschikking
    'category.c_cf268088.label': 'Zobowiązania dotacyjne bez decyzji',
    # NL: Afspraken over subsidie die niet met een besluit zijn gemaakt. Dit geldt alleen voor het ministerie van Buitenlandse Zaken.
    'category.c_cf268088.explanation': 'Ustalenia dotyczące dotacji (subsidie), które nie zostały przyjęte w formie decyzji. Dotyczy to tylko Ministerstwa Spraw Zagranicznych.',
    # NL: Woo-verzoeken en -besluiten
    'category.c_3baef532.label': 'Wnioski Woo i decyzje w ich sprawie',
    # NL: Verzoeken om informatie op grond van de Woo. En de besluiten op die verzoeken, met de informatie die openbaar is gemaakt.
    'category.c_3baef532.explanation': 'Wnioski o informacje na podstawie Woo. Także decyzje w sprawie tych wniosków oraz informacje, które udostępniono publicznie.',
    # NL: Onderzoeksrapporten
    'category.c_fdaee95e.label': 'Raporty z badań',
    # NL: Rapporten van onderzoek waar de organisatie om vroeg. Ze gaan over hoe de organisatie werkt of over haar beleid. Er staan vooral feiten in.
    'category.c_fdaee95e.explanation': 'Raporty z badań, które zleciła organizacja. Dotyczą tego, jak organizacja działa, lub jej polityki. Zawierają głównie fakty.',
    # NL: Beschikkingen
    'category.c_46a81018.label': 'Decyzje w sprawach indywidualnych',
    # NL: Besluiten over één persoon, bedrijf of zaak, zoals een vergunning. De wet zondert 21 soorten besluiten uit.
    'category.c_46a81018.explanation': 'Decyzje dotyczące jednej osoby, firmy lub sprawy, takie jak pozwolenie. Ustawa wyłącza 21 rodzajów decyzji.',
    # NL: Klachtoordelen
    'category.c_a870c43d.label': 'Rozstrzygnięcia skarg',
    # NL: Het schriftelijke oordeel van de organisatie over een klacht.
    'category.c_a870c43d.explanation': 'Pisemna ocena skargi wydana przez organizację.',
    # NL: Inspanningsverplichting art 3.1 Woo
    'category.c_816e508d.label': 'Dobrowolne udostępnianie (Woo 3.1)',
    # NL: Informatie die niet in een van de 17 verplichte groepen valt. De organisatie maakt die toch zelf openbaar.
    'category.c_816e508d.explanation': 'Informacje spoza 17 obowiązkowych grup. Organizacja mimo to sama udostępnia je publicznie.',
}


# <woo-publications>: the day a document was made public, the dossier it belongs to and its parts.
T.update({
    'Openbaar gemaakt': 'Data upublicznienia',
    'Hoort bij': 'Należy do',
    'Onderdelen': 'Części',
    'Meer onderdelen: <x id="0" equiv-text="${more}"/>': 'Więcej części: <x id="0" equiv-text="${more}"/>',
    'Document zonder naam': 'Dokument bez nazwy',
    'De zoekresultaten konden niet worden bijgewerkt. U ziet nog de vorige resultaten.': 'Nie udało się zaktualizować wyników wyszukiwania. Nadal widzisz poprzednie wyniki.',
    'Probeer het opnieuw': 'Spróbuj ponownie',
    'Zoeken duurt langer dan normaal. Nog even geduld.': 'Wyszukiwanie trwa dłużej niż zwykle. Prosimy o chwilę cierpliwości.',
})
