# Arabic (ar) translations of the woo-kit interface texts, for scripts/fill-xliff.py.
# Keys are trans-unit ids; the Dutch source is in the comment above each entry.
# Plural ids (days.*, requests.*, …) follow the six CLDR categories of Arabic:
# zero 0, one 1, two 2, few 3–10, many 11–99, other 100+.
# Terms: gemeente = البلدية, Woo-verzoek = طلب Woo, besluit = القرار, termijn = المهلة,
# verdagen = تمديد المهلة (verdaging), termijn staat stil = المهلة متوقفة, zienswijze = رأي (zienswijze),
# ingebrekestelling = رسالة إنذار بالتأخير (ingebrekestelling), dwangsom = غرامة التأخير (dwangsom).
# Short references in brackets (Woo 4.1 lid 5, Awb 6:12) stay as in Dutch, as in the English; the article
# labels of the categories are translated (Woo، المادة 3.3، الفقرة 1، البند a).

T = {
    # Woo artikel <x id="0" equiv-text="${article}"/>
    'se8346420bc30792a': 'Woo، المادة <x id="0" equiv-text="${article}"/>',
    # Woo artikel 3.3 lid <x id="0" equiv-text="${lid}"/> onder <x id="1" equiv-text="${letter}"/>
    'sb6142b05b4f2d45b': 'Woo، المادة 3.3، الفقرة <x id="0" equiv-text="${lid}"/>، البند <x id="1" equiv-text="${letter}"/>',
    # Geldt niet voor gemeenten.
    'sfc78a70607374f99': 'لا ينطبق على البلديات.',
    # Nee. De gemeente mag meer openbaar maken dan de verplichte categorieën. Dat doet zij vrijwillig.
    's28c41d1cbd37cf1d': 'لا. يجوز للبلدية أن تنشر أكثر من الفئات الإلزامية. وهي تفعل ذلك باختيارها.',
    # Nog niet. De regering moet eerst bepalen vanaf wanneer. De gemeente mag deze informatie nu al openbaar maken.
    's9600c008345a4390': 'ليس بعد. يجب على الحكومة أن تحدد أولًا متى يبدأ ذلك. يجوز للبلدية أن تنشر هذه المعلومات من الآن.',
    # Ja, sinds <x id="0" equiv-text="${date}"/>.
    'sd7dc59a196169991': 'نعم، منذ <x id="0" equiv-text="${date}"/>.',
    # Nog niet. Verplicht vanaf <x id="0" equiv-text="${date}"/>.
    'scda66d4e36d77606': 'ليس بعد. إلزامي ابتداءً من <x id="0" equiv-text="${date}"/>.',
    # Verplicht?
    'sa5a8aa4fa8d7d7c3': 'إلزامي؟',
    # Nog geen publicaties, maar deze categorie is verplicht.
    's622c1522cb4cfc94': 'لا توجد منشورات بعد، لكن هذه الفئة إلزامية.',
    # Nog geen publicaties.
    'sabc2ade6c1e2c12d': 'لا توجد منشورات بعد.',
    # Bekijk de publicaties
    's4bffd9af0147f525': 'اطّلع على المنشورات',
    # Op dit moment is geen enkele categorie verplicht.
    'sce28b1a1e06b1a1a': 'في الوقت الحالي لا توجد أي فئة إلزامية.',
    # Nu verplicht: <x id="0" equiv-text="${mandatory.length}"/> van de 17 categorieën.
    's2af7b966656f8b01': 'إلزامي الآن: <x id="0" equiv-text="${mandatory.length}"/> من أصل 17 فئة.',
    # Nog geen publicaties in deze verplichte categorieën:
    'sf03367513520069e': 'لا توجد منشورات بعد في هذه الفئات الإلزامية:',
    # Alle verplichte categorieën hebben publicaties.
    'sc48e7c8631891458': 'كل الفئات الإلزامية فيها منشورات.',
    # Informatie die de gemeente zelf openbaar maakt
    's309124b272c78923': 'معلومات تنشرها البلدية بنفسها',
    # De Woo noemt 17 soorten informatie die de overheid zelf openbaar moet maken. Die heten informatiecategorieën. Hieronder staat per categorie wat erin zit en of de gemeente deze informatie al openbaar moet maken.
    'se1e872e88ac1fb7c': 'يذكر قانون Woo أن هناك 17 نوعًا من المعلومات يجب على الحكومة أن تنشرها بنفسها. تسمى هذه الأنواع فئات المعلومات (informatiecategorieën). تجد أدناه لكل فئة ما تحتويه، وهل يجب على البلدية أن تنشر هذه المعلومات الآن.',
    # De instellingen van de categorieën kloppen niet. U ziet de gewone instellingen.
    'sdd02a9cd0d9d253a': 'إعدادات الفئات غير صحيحة. لذلك ترى الإعدادات العادية.',
    # Hulp bij informatie van de gemeente
    'sf21f67b9a6e8cd89': 'مساعدة بشأن معلومات البلدية',
    # De contactgegevens worden geladen…
    's1f0b7a7fe2de8921': 'جارٍ تحميل بيانات الاتصال…',
    # De contactgegevens konden niet worden geladen. Probeer het later opnieuw.
    'sc3af0417a374ebab': 'تعذّر تحميل بيانات الاتصال. حاول مرة أخرى لاحقًا.',
    # Heeft u een vraag over informatie van de gemeente? Wij helpen u graag.
    'sef9e667bb864d0fb': 'هل لديك سؤال عن معلومات البلدية؟ يسعدنا أن نساعدك.',
    # Telefoon
    'sb0e8a9f887e41e53': 'الهاتف',
    # E-mail
    's8e7258c871aaa410': 'البريد الإلكتروني',
    # Adres
    's4d60e90de21647b6': 'العنوان',
    # Postadres
    'sdba47df66e6b9014': 'العنوان البريدي',
    # Open
    's1f7698c061c208c9': 'ساعات العمل',
    # Toegankelijkheid
    'sa4ed1b129166d0fd': 'سهولة الوصول',
    # Een Woo-verzoek indienen
    's96e3297614168885': 'تقديم طلب Woo',
    # Met een Woo-verzoek vraagt u informatie op die nog niet openbaar is. Iedereen mag dat doen. U hoeft niet te zeggen waarom.
    's320bdfe0ed5f5a78': 'من خلال طلب Woo تطلب معلومات ليست علنية بعد. يحق لأي شخص أن يفعل ذلك. ولا يلزمك أن تذكر السبب.',
    # Vraag informatie op met een Woo-verzoek
    'sc7902257ebc0869b': 'اطلب معلومات من خلال طلب Woo',
    # Per e-mail:
    's772a6492e60ebd61': 'بالبريد الإلكتروني:',
    # Per post:
    'sbfdd139974988f14': 'بالبريد العادي:',
    # Aan de balie: kom langs op het adres hierboven, als wij open zijn.
    's0d28e7ed97dbc333': 'في مكتب الاستقبال: تفضّل بزيارتنا على العنوان المذكور أعلاه في ساعات العمل.',
    # Meer over openbaarheid bij de gemeente
    'sc8e779e9b5f7e21c': 'المزيد عن الشفافية في البلدية',
    # Vul een datum in.
    's0348a3d9a0d69d8c': 'أدخل تاريخًا.',
    # Vul een dag, een maand en een jaar in.
    's512215ed0ae3a8cf': 'أدخل اليوم والشهر والسنة.',
    # Vul de datum in met cijfers, bijvoorbeeld 28 3 2025.
    'seb8af7e75ab03be0': 'أدخل التاريخ بالأرقام، مثلًا 28 3 2025.',
    # Het jaar moet 4 cijfers hebben, bijvoorbeeld 2025.
    's61e25299f1ced14d': 'يجب أن تتكون السنة من 4 أرقام، مثلًا 2025.',
    # Deze datum bestaat niet. Kijk of de dag en de maand kloppen.
    's9c9e9cb0cf2d4323': 'هذا التاريخ غير موجود. تأكد من صحة اليوم والشهر.',
    # Kies wat voor periode het was.
    'sab99c12d9d5e61bd': 'اختر نوع الفترة.',
    # Vul het aantal dagen in als een heel getal, bijvoorbeeld 14.
    's6bd2c9caa0f100b1': 'أدخل عدد الأيام رقمًا كاملًا، مثلًا 14.',
    # Periode <x id="0" equiv-text="${n}"/>
    'sbe5128e40a9aebf5': 'الفترة <x id="0" equiv-text="${n}"/>',
    # Waarom stond de termijn stil?
    's226761fe1b7c5709': 'لماذا توقفت المهلة؟',
    # De gemeente vroeg mij mijn verzoek aan te vullen of duidelijker te maken
    's069c3b0c5c758d9e': 'طلبت مني البلدية أن أستكمل طلبي أو أوضّحه',
    # De gemeente vroeg anderen om hun mening (een zienswijze)
    's0bbf54d9d216dfce': 'طلبت البلدية من آخرين رأيهم (zienswijze)',
    # Ik heb schriftelijk ingestemd met uitstel
    'sefb0ca7505f10d72': 'وافقتُ كتابيًا على التأجيل',
    # Er was overmacht: de gemeente kon niet beslissen door iets buiten haar schuld
    's0cb1da63ad496b40': 'كانت هناك قوة قاهرة (overmacht): لم تستطع البلدية أن تقرر بسبب أمر ليس خطأها',
    # Op welke dag liet de gemeente u dat weten?
    'se2947cd8bced9f93': 'في أي يوم أخبرتك البلدية بذلك؟',
    # Op welke dag kwam de mening binnen?
    's99d0251844588078': 'في أي يوم وصل الرأي؟',
    # Op welke dag heeft u uw verzoek aangevuld?
    's97b4e4d2a58703bd': 'في أي يوم استكملت طلبك؟',
    # Of de laatste dag van de termijn die de gemeente daarvoor gaf.
    's3cc6d6057e5036ab': 'أو آخر يوم من المهلة التي حددتها البلدية لذلك.',
    # Hoeveel dagen?
    'se758d8af90494375': 'كم يومًا؟',
    # Periode <x id="0" equiv-text="${n}"/> verwijderen
    's69c46813c6a050ea': 'حذف الفترة <x id="0" equiv-text="${n}"/>',
    # De gemeente moet uiterlijk beslissen op
    'sa1a31833e92fb563': 'يجب أن تقرر البلدية في موعد أقصاه',
    # De eerste termijn van 4 weken eindigt op <x id="0" equiv-text="${date(r.firstTermEnd)}"/>.
    's3052460b89c47b4b': 'تنتهي المهلة الأولى (4 أسابيع) في <x id="0" equiv-text="${date(r.firstTermEnd)}"/>.',
    # De verlenging telt niet, omdat de gemeente die te laat heeft gemeld.
    's1b811bc0da5f6013': 'تمديد المهلة لا يُحتسب، لأن البلدية أبلغت عنه متأخرة.',
    # Zo is deze datum berekend
    'sdc4627f26bff0e1f': 'هكذا حُسب هذا التاريخ',
    # Een andere uitleg van de wet
    's20e878f949b56cde': 'تفسير آخر للقانون',
    # Volgens die uitleg is de laatste dag <x id="0" equiv-text="${date(alt.deadline)}"/>.
    's584cc7781223c9f4': 'حسب هذا التفسير، آخر يوم هو <x id="0" equiv-text="${date(alt.deadline)}"/>.',
    # Andere belangrijke data
    's647921617d732846': 'تواريخ مهمة أخرى',
    # Vraag om uw verzoek duidelijker te maken
    's28f1de609eebe177': 'طلب توضيح طلبك',
    # De gemeente moet dat uiterlijk <x id="0" equiv-text="${date(r.related.clarificationRequestDue)}"/> vragen (Woo 4.1 lid 5).
    's64ab8942c5094585': 'يجب أن تطلب البلدية ذلك في موعد أقصاه <x id="0" equiv-text="${date(r.related.clarificationRequestDue)}"/> (Woo 4.1 lid 5).',
    # Te laat? Stuur een ingebrekestelling
    's324f4a43b9a277b0': 'البلدية متأخرة؟ أرسل رسالة إنذار بالتأخير (ingebrekestelling)',
    # Vanaf <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>. Dat is een brief waarin u schrijft dat de gemeente te laat is.
    's94741d45c07e6011': 'ابتداءً من <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>. هذه رسالة تكتب فيها أن البلدية متأخرة.',
    # Naar de rechter
    's8839c8e4ecee9ef7': 'اللجوء إلى المحكمة',
    # Twee weken nadat de gemeente uw ingebrekestelling heeft ontvangen, kunt u in beroep gaan (Awb 6:12). Ontvangt de gemeente de brief op <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>, dan kan dat vanaf <x id="1" equiv-text="${date(r.related.appealForFailureToDecideFrom)}"/>. Sommige rechters tellen een dag minder: dan vanaf <x id="2" equiv-text="${date(r.related.appealForFailureToDecideFromAlternative)}"/>.
    's6b81ea4926cd4388': 'بعد أسبوعين من استلام البلدية رسالة الإنذار بالتأخير (ingebrekestelling)، يمكنك تقديم طعن (beroep) أمام المحكمة (Awb 6:12). إذا استلمت البلدية الرسالة في <x id="0" equiv-text="${date(r.related.ingebrekestellingFrom)}"/>، فيمكنك ذلك ابتداءً من <x id="1" equiv-text="${date(r.related.appealForFailureToDecideFrom)}"/>. بعض المحاكم تحسب يومًا أقل: أي ابتداءً من <x id="2" equiv-text="${date(r.related.appealForFailureToDecideFromAlternative)}"/>.',
    # Dwangsom
    's93945a7d26d73f49': 'غرامة التأخير (dwangsom)',
    # Wanneer moet de gemeente beslissen?
    's772876862148cc34': 'متى يجب أن تقرر البلدية؟',
    # Vul in wanneer de gemeente uw Woo-verzoek heeft ontvangen. U ziet dan de laatste dag waarop de gemeente moet beslissen. En hoe die dag is berekend.
    'sd62c8e04a962c912': 'أدخل متى استلمت البلدية طلب Woo الخاص بك. سترى بعدها آخر يوم يجب أن تقرر فيه البلدية. وسترى كيف حُسب هذا اليوم.',
    # Wanneer heeft de gemeente uw verzoek ontvangen?
    's7c66a9202200dbf9': 'متى استلمت البلدية طلبك؟',
    # Bijvoorbeeld 28 3 2025. Stuurde u het verzoek per e-mail of via de website? Dan is dat meestal de dag waarop u het verstuurde.
    's7f0d1acce72e0241': 'مثلًا 28 3 2025. هل أرسلت الطلب بالبريد الإلكتروني أو عبر الموقع الإلكتروني؟ في هذه الحالة يكون عادةً اليوم الذي أرسلته فيه.',
    # De gemeente heeft de termijn met 2 weken verlengd
    'sf645245344e24e3f': 'مدّدت البلدية المهلة أسبوعين',
    # Dit heet verdagen. De gemeente mag dat één keer doen. Zij moet u dat op tijd schriftelijk laten weten.
    'sf68cbd009769e85b': 'يسمى هذا تمديد المهلة (verdaging). يجوز للبلدية أن تفعل ذلك مرة واحدة. ويجب أن تخبرك بذلك كتابيًا وفي الوقت المناسب.',
    # Stond de termijn stil?
    'sf9f88430f58002e2': 'هل توقفت المهلة؟',
    # De termijn staat stil als de gemeente u vraagt uw verzoek aan te vullen. Of als zij eerst anderen om hun mening vraagt. Voeg zo’n periode hieronder toe.
    's679523881b9f1139': 'تتوقف المهلة إذا طلبت منك البلدية أن تستكمل طلبك. أو إذا طلبت أولًا رأي آخرين. أضف كل فترة من هذا النوع أدناه.',
    # Periode toevoegen
    'sc285ffc6ade8648f': 'إضافة فترة',
    # Bereken de termijn
    's6622c4562bef8769': 'احسب المهلة',
    # Bijvoorbeeld 1 3 2025
    's73e4b9b2ecf1d3ad': 'مثلًا 1 3 2025',
    # Filter de publicaties
    's64a0e56892680d85': 'تصفية المنشورات',
    # Informatiecategorie
    's05000e97d16a040e': 'فئة المعلومات',
    # Alle categorieën
    's691acc00587b681d': 'كل الفئات',
    # Soort document
    's124e2ca053bea9f7': 'نوع المستند',
    # Alle soorten
    'se23b0990d1109921': 'كل الأنواع',
    # Organisatie
    'sfa1e2c4438f10851': 'الجهة',
    # Alle organisaties
    's707e3fb6647969c2': 'كل الجهات',
    # Datum vanaf
    'sef01d76baa3ed412': 'التاريخ من',
    # Datum tot en met
    's109291d357f85864': 'التاريخ حتى (بما فيه)',
    # Categorie
    's7c3ab5707215050c': 'الفئة',
    # Soort
    'se5344ac776f33d8e': 'النوع',
    # Datum
    's50836db92ccc3f2c': 'التاريخ',
    # Pagina
    's2a90438dac31a8a7': 'الصفحة',
    # Pagina’s met publicaties
    's3781f8fe1ff2e902': 'صفحات المنشورات',
    # Vorige pagina
    'saa4401c551ece5db': 'الصفحة السابقة',
    # Volgende pagina
    's71e535e86f21096b': 'الصفحة التالية',
    # Best passend
    's56ba228462d870bd': 'الأنسب',
    # Nieuwste eerst
    'sb8f5922df7d71834': 'الأحدث أولًا',
    # Oudste eerst
    's12940a4301021040': 'الأقدم أولًا',
    # Titel (A tot Z)
    's1b3ddad977691b7a': 'العنوان (A إلى Z)',
    # Zoeken in publicaties
    's282e092c0d50220b': 'البحث في المنشورات',
    # Zoek in titel en omschrijving
    'sc9dec818f7177299': 'ابحث في العنوان والوصف',
    # Zoeken
    'se929b89902a1e365': 'بحث',
    # Wis zoekwoorden en filters
    'sec45fdbf86ff1d67': 'امسح كلمات البحث والتصفية',
    # Pagina <x id="0" equiv-text="${page}"/> van <x id="1" equiv-text="${pages}"/>.
    'sb0676068bb934e90': 'الصفحة <x id="0" equiv-text="${page}"/> من <x id="1" equiv-text="${pages}"/>.',
    # Sorteer
    's23edfbd72a11854b': 'الترتيب',
    # Er zijn geen publicaties gevonden. Probeer andere woorden of minder filters.
    's4ccf6cfe57f3bd8a': 'لم يتم العثور على منشورات. جرّب كلمات أخرى أو تصفية أقل.',
    # Publicaties
    'sec807fe17b14df60': 'المنشورات',
    # De publicaties worden geladen…
    's7e09cba0bedcec34': 'جارٍ تحميل المنشورات…',
    # Dit duurt langer dan normaal. Nog even geduld.
    's3191801bd5121af7': 'يستغرق هذا وقتًا أطول من المعتاد. يرجى الانتظار قليلًا.',
    # Er zijn nog geen publicaties.
    's2e2cfd26eb854e45': 'لا توجد منشورات بعد.',
    # Fout (<x id="0" equiv-text="${count}"/>):
    's8a1866370ec0d800': 'خطأ (<x id="0" equiv-text="${count}"/>):',
    # Vul een dag, een maand en een jaar in. Of laat alle drie leeg.
    'saca1d265d53a57e7': 'أدخل اليوم والشهر والسنة. أو اترك الخانات الثلاث فارغة.',
    # Vul de datum in met cijfers, bijvoorbeeld 1 1 2024.
    's3fdf04e266aafe56': 'أدخل التاريخ بالأرقام، مثلًا 1 1 2024.',
    # Het jaar moet 4 cijfers hebben, bijvoorbeeld 2024.
    's61ded099f1cbbe90': 'يجب أن تتكون السنة من 4 أرقام، مثلًا 2024.',
    # Kies of u een antwoord op een vraag zoekt of informatie.
    's29e8ca518146d61b': 'اختر هل تبحث عن إجابة على سؤال أم عن معلومات.',
    # Schrijf welke informatie u zoekt.
    'se190808c00436f8e': 'اكتب المعلومات التي تبحث عنها.',
    # Schrijf iets meer over de informatie die u zoekt.
    'sa250af080165678d': 'اكتب أكثر قليلًا عن المعلومات التي تبحث عنها.',
    # De einddatum moet na de begindatum liggen.
    's7631171e6f4e9e7a': 'يجب أن يكون تاريخ النهاية بعد تاريخ البداية.',
    # Kies hoe u antwoord wilt krijgen.
    's139a25c0330629e2': 'اختر كيف تريد أن تحصل على الرد.',
    # Vul uw e-mailadres in.
    's7d28bad1f0442019': 'أدخل عنوان بريدك الإلكتروني.',
    # Vul een e-mailadres in zoals naam@voorbeeld.nl.
    'sa540916b7f4e043d': 'أدخل عنوان بريد إلكتروني مثل name@example.nl.',
    # Vul uw straat in.
    's649953b6231a8158': 'أدخل اسم الشارع.',
    # Vul uw postcode in zoals 1234 AB.
    's3dd66f3532748908': 'أدخل الرمز البريدي مثل \u200e1234 AB.',
    # Vul uw woonplaats in.
    'se77ffb7da75880db': 'أدخل مكان سكنك.',
    # Vink aan dat u dit heeft gelezen.
    'sdd8e280337bd812e': 'ضع علامة في المربع لتؤكد أنك قرأت هذا.',
    # Stap <x id="0" equiv-text="${n}"/> van <x id="1" equiv-text="${total}"/>
    's40c74194a7d1aea2': 'الخطوة <x id="0" equiv-text="${n}"/> من <x id="1" equiv-text="${total}"/>',
    # Wat zoekt u?
    's96a03b75b08d40ea': 'عمّ تبحث؟',
    # Met een Woo-verzoek vraagt u de gemeente om informatie, zoals documenten, e-mails of verslagen. Soms wilt u alleen een antwoord op een vraag. Dan kunt u die vaak sneller stellen.
    'sa9ed6c3759498078': 'من خلال طلب Woo تطلب من البلدية معلومات، مثل مستندات أو رسائل بريد إلكتروني أو محاضر اجتماعات. أحيانًا تريد فقط إجابة على سؤال. عندها يمكنك غالبًا أن تسأله بطريقة أسرع.',
    # Wat wilt u?
    's140f8f6c85541c27': 'ماذا تريد؟',
    # Een antwoord op een vraag
    'sf71fad44e7c86b51': 'إجابة على سؤال',
    # Bijvoorbeeld: waarom wordt mijn straat opengebroken?
    's8fe7ec1b2e6c76d6': 'مثلًا: لماذا يحفرون في شارعي؟',
    # Documenten of andere informatie
    's04e5c1e549e49bb5': 'مستندات أو معلومات أخرى',
    # Bijvoorbeeld: de verslagen van overleggen over een nieuwe brug.
    's05ab44336b198d0c': 'مثلًا: محاضر الاجتماعات عن جسر جديد.',
    # U kunt uw vraag ook gewoon stellen.
    's463ad03437cc762e': 'يمكنك أيضًا أن تطرح سؤالك ببساطة.',
    # Dat is vaak sneller dan een Woo-verzoek. Wilt u toch een Woo-verzoek doen? Ga dan verder.
    's2ea1e15845b5bde4': 'هذا غالبًا أسرع من طلب Woo. هل تريد مع ذلك أن تقدّم طلب Woo؟ إذن تابع.',
    # Stel uw vraag aan de gemeente
    'saeef69c095a9daa1': 'اطرح سؤالك على البلدية',
    # Bel
    's16343619b0e5e224': 'اتصل',
    # Welke informatie zoekt u?
    's0cd8ecb2c20510ce': 'ما المعلومات التي تبحث عنها؟',
    # Beschrijf de informatie die u zoekt
    'se22fcb9a7a69dcf0': 'صِف المعلومات التي تبحث عنها',
    # Wees zo precies mogelijk. Schrijf over welk onderwerp het gaat, en welke soort stukken u zoekt. Bijvoorbeeld: alle e-mails tussen de gemeente en de aannemer over de nieuwe fietsbrug.
    'sfa0a6fd0b76e0d04': 'كن دقيقًا قدر الإمكان. اكتب ما هو الموضوع، وما نوع المستندات التي تبحث عنها. مثلًا: كل رسائل البريد الإلكتروني بين البلدية والمقاول عن جسر الدراجات الجديد.',
    # Misschien is de informatie al openbaar
    's59a8e9fe03ba6838': 'ربما تكون المعلومات علنية بالفعل',
    # Over welke periode gaat het? Dit is niet verplicht.
    'sbd371500e1873784': 'ما الفترة المقصودة؟ هذا اختياري.',
    # Vanaf
    's538f4da47749b66d': 'من',
    # Tot en met
    's4dbaaf99c9793a6d': 'حتى (بما فيه)',
    # Hoe wilt u antwoord krijgen?
    'sd3010af2b26ca7d5': 'كيف تريد أن تحصل على الرد؟',
    # U hoeft uw naam niet te geven. Maar zonder e-mailadres of adres kunnen wij u geen antwoord sturen.
    's2cd231e6d89c1a02': 'لا يلزمك أن تذكر اسمك. لكن بدون بريد إلكتروني أو عنوان لا نستطيع أن نرسل لك ردًا.',
    # Per e-mail
    'scd5ba411678472a1': 'بالبريد الإلكتروني',
    # Per post
    'sd211efcbf9cb62a6': 'بالبريد العادي',
    # Ik wil geen antwoord, en ik blijf anoniem
    'sf49cb1766421610d': 'لا أريد ردًا، وأبقى مجهول الهوية',
    # Uw naam
    'sfef56d6fae3160b8': 'اسمك',
    # Uw e-mailadres
    's4a806f33497ed147': 'بريدك الإلكتروني',
    # Uw telefoonnummer
    'sf0fcafbcadbec6bd': 'رقم هاتفك',
    # Dan kunnen wij u bellen als iets niet duidelijk is.
    's4b57c59916764ab8': 'حتى نستطيع الاتصال بك إذا كان هناك شيء غير واضح.',
    # Straat
    's13796cecadb92376': 'الشارع',
    # Huisnummer
    's407597460c3e8b0e': 'رقم المنزل',
    # Postcode
    's3d0bb0448ae28706': 'الرمز البريدي',
    # Woonplaats
    'sc9c15af5c809303d': 'مكان السكن',
    # Ik begrijp dat de gemeente mijn verzoek en het besluit openbaar kan maken, zonder mijn naam en adres.
    's0141a5b66f2ed2c3': 'أفهم أن البلدية قد تنشر طلبي والقرار، بدون اسمي وعنواني.',
    # Dat staat in de Wet open overheid (artikel 3.3). Uw gegevens gebruikt de gemeente alleen om uw verzoek te behandelen.
    'sdb2820c2afa24bb2': 'هذا مذكور في قانون الحكومة المفتوحة (Wet open overheid، المادة 3.3). تستخدم البلدية بياناتك فقط للنظر في طلبك.',
    # Geen antwoord, anoniem
    's4f5214f5226cd53b': 'بدون رد، مجهول الهوية',
    # Wijzig
    's1d39ddc61c785fd1': 'تعديل',
    # Controleer uw verzoek
    's6f4747fc5b138d64': 'راجع طلبك',
    # Wat u zoekt
    'se2ee0f96cff2cdf9': 'ما تبحث عنه',
    # Informatie
    's08e55aa5570107cb': 'المعلومات',
    # Periode
    's2ea376e3da085b13': 'الفترة',
    # Antwoord
    's86c1112125da68f7': 'الرد',
    # Uw gegevens
    's1cea06591812271d': 'بياناتك',
    # Uw verzoek is niet verstuurd.
    'sfa306cd671611271': 'لم يتم إرسال طلبك.',
    # Dit formulier is nog niet aangesloten op de gemeente. Uw antwoorden zijn bewaard. Stuur uw verzoek per e-mail of post, of neem contact op met de gemeente.
    'sd16a1c7ccc94e59e': 'هذا النموذج غير مربوط بالبلدية بعد. تم حفظ إجاباتك. أرسل طلبك بالبريد الإلكتروني أو بالبريد العادي، أو تواصل مع البلدية.',
    # U bent niet verbonden met internet.
    's6c3a5d9241379f1d': 'أنت غير متصل بالإنترنت.',
    # Het versturen is niet gelukt.
    's755c3f13a20815e2': 'لم ينجح الإرسال.',
    # Uw antwoorden zijn bewaard. Probeer het opnieuw. Lukt het niet? Probeer het later nog eens, of neem contact op met de gemeente.
    's88c99d717eb26823': 'تم حفظ إجاباتك. حاول مرة أخرى. لم ينجح ذلك؟ حاول مرة أخرى لاحقًا، أو تواصل مع البلدية.',
    # Wij hebben uw verzoek ontvangen
    'sb9463856e12a8cbd': 'استلمنا طلبك',
    # Uw kenmerk
    'sb25477de0036f56e': 'رقمك المرجعي',
    # Ontvangen op
    's7ef8059f71a0c534': 'تاريخ الاستلام',
    # De gemeente beslist uiterlijk op
    's4e65a7876306a5f6': 'تقرر البلدية في موعد أقصاه',
    # De gemeente moet binnen 4 weken beslissen. Soms mag dat 2 weken langer. De termijn staat stil als de gemeente u iets moet vragen. Dan hoort u dat.
    'sc1ba541d62251bb7': 'يجب أن تقرر البلدية خلال 4 أسابيع. أحيانًا يجوز لها أن تأخذ أسبوعين إضافيين. تتوقف المهلة إذا احتاجت البلدية أن تسألك عن شيء. وسنخبرك بذلك عندها.',
    # Hoe is deze datum berekend?
    's616f79a66b4aa54d': 'كيف حُسب هذا التاريخ؟',
    # Bewaar uw kenmerk. Dat heeft u nodig als u contact opneemt over uw verzoek.
    'sbb64b762d2ef6100': 'احتفظ برقمك المرجعي. ستحتاجه عندما تتواصل معنا بخصوص طلبك.',
    # Bezig met versturen…
    'sc28bf0a47fb0fdb8': 'جارٍ الإرسال…',
    # Probeer opnieuw te versturen
    's1a25b7b909c378a8': 'حاول الإرسال مرة أخرى',
    # Verstuur uw verzoek
    's9f784f4d67e83e43': 'أرسل طلبك',
    # Volgende
    's9f838ffe65d31dc3': 'التالي',
    # Vorige
    's1f0149847a099a73': 'السابق',
    # De gemeente vroeg u uw verzoek duidelijker te maken. De termijn staat stil.
    's36a49eb007a05eba': 'طلبت منك البلدية أن توضّح طلبك. المهلة متوقفة.',
    # De tijd om uw verzoek aan te vullen is voorbij. De termijn loopt weer.
    's6672799294aa0c90': 'انتهى الوقت المحدد لاستكمال طلبك. المهلة تسري من جديد.',
    # U heeft uw verzoek aangevuld. De termijn loopt weer.
    's31e6ae378bd471f2': 'استكملت طلبك. المهلة تسري من جديد.',
    # De gemeente vroeg anderen om hun mening (zienswijze). De termijn staat stil.
    's668b9406ed1463d1': 'طلبت البلدية من آخرين رأيهم (zienswijze). المهلة متوقفة.',
    # De tijd voor een mening is voorbij. De termijn loopt weer.
    'sf2371aa4b64da061': 'انتهى الوقت المحدد لإبداء الرأي. المهلة تسري من جديد.',
    # De mening van anderen is binnen. De termijn loopt weer.
    'sc2058847c8f4ac29': 'وصل رأي الآخرين. المهلة تسري من جديد.',
    # De gemeente heeft de termijn met 2 weken verlengd (verdaagd).
    's9e95ed885ca639da': 'مدّدت البلدية المهلة أسبوعين (verdaging).',
    # Uw verzoek is doorgestuurd naar <x id="0" equiv-text="${event.to.name}"/>. Die organisatie beslist verder.
    's55bd9038d10d495e': 'تم تحويل طلبك إلى <x id="0" equiv-text="${event.to.name}"/>. هذه الجهة هي التي ستقرر فيه.',
    # De informatie is openbaar gemaakt.
    's24f5bf9bca0632e2': 'تم نشر المعلومات.',
    # U heeft uw verzoek ingetrokken.
    'sd83f7d41d7fa2385': 'سحبت طلبك.',
    # Besluit: u krijgt de informatie.
    's52a0de012884e9a4': 'القرار: ستحصل على المعلومات.',
    # Besluit: u krijgt een deel van de informatie.
    'sa739a2b565e3b19f': 'القرار: ستحصل على جزء من المعلومات.',
    # Besluit: u krijgt de informatie niet.
    's59ce3c9c8b55e2b4': 'القرار: لن تحصل على المعلومات.',
    # Besluit: de gemeente heeft deze informatie niet.
    's499db57a46f36aaa': 'القرار: هذه المعلومات ليست لدى البلدية.',
    # Besluit: de informatie is al openbaar.
    's2574f3d406c58195': 'القرار: المعلومات علنية بالفعل.',
    # Besluit: de gemeente behandelt het verzoek niet.
    'seb3be1749be30682': 'القرار: لن تنظر البلدية في الطلب.',
    # De gemeente werkt aan uw verzoek. Zij moet uiterlijk <x id="0" equiv-text="${deadline}"/> beslissen.
    's1f20437978d0e7c4': 'البلدية تعمل على طلبك. يجب أن تقرر في موعد أقصاه <x id="0" equiv-text="${deadline}"/>.',
    # De termijn staat nu stil. Als er niets verandert, moet de gemeente uiterlijk <x id="0" equiv-text="${deadline}"/> beslissen.
    's6d9bfb4801fe01a9': 'المهلة متوقفة الآن. إذا لم يتغير شيء، يجب أن تقرر البلدية في موعد أقصاه <x id="0" equiv-text="${deadline}"/>.',
    # De gemeente heeft meer tijd genomen. Zij moet uiterlijk <x id="0" equiv-text="${deadline}"/> beslissen.
    's8ab9ca3481da1362': 'أخذت البلدية وقتًا إضافيًا. يجب أن تقرر في موعد أقصاه <x id="0" equiv-text="${deadline}"/>.',
    # De gemeente is te laat. Zij had uiterlijk <x id="0" equiv-text="${deadline}"/> moeten beslissen.
    'sa415501fb36e821c': 'البلدية متأخرة. كان يجب أن تقرر في موعد أقصاه <x id="0" equiv-text="${deadline}"/>.',
    # De gemeente heeft op tijd beslist.
    'sf5510f1798517b78': 'قررت البلدية في الوقت المحدد.',
    # De gemeente heeft beslist, maar te laat.
    's5a1c999b042a35d2': 'قررت البلدية، لكن متأخرة.',
    # <x id="0" equiv-text="${days}"/> te laat (<x id="1" equiv-text="${working}"/>).
    's128f0f8451b159ab': 'التأخير: <x id="0" equiv-text="${days}"/> (<x id="1" equiv-text="${working}"/>).',
    # Nog <x id="0" equiv-text="${days}"/> (<x id="1" equiv-text="${working}"/>).
    's96a2c87db19db2c6': 'المتبقي: <x id="0" equiv-text="${days}"/> (<x id="1" equiv-text="${working}"/>).',
    # De gemeente heeft uw verzoek ontvangen.
    's187515ac0d2f67d6': 'استلمت البلدية طلبك.',
    # Uiterste dag voor het besluit.
    'sdd94ec5b74b67f3b': 'آخر يوم للقرار.',
    # Vandaag
    's1bb6bfc894ddc78d': 'اليوم',
    # De gemeente is te laat. Wat kunt u doen?
    's93a1f939c7ba0443': 'البلدية متأخرة. ماذا يمكنك أن تفعل؟',
    # Stuur de gemeente een ingebrekestelling. Dat is een brief waarin u schrijft dat de gemeente te laat is. Dat kan vanaf <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>. Hieronder staat een brief die u kunt gebruiken.
    'sc4aed1ef3f701700': 'أرسل إلى البلدية رسالة إنذار بالتأخير (ingebrekestelling). هذه رسالة تكتب فيها أن البلدية متأخرة. يمكنك ذلك ابتداءً من <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>. تجد أدناه رسالة يمكنك استخدامها.',
    # Heeft de gemeente 2 weken na ontvangst van uw brief nog steeds niet beslist? Dan kunt u in beroep gaan bij de rechter (Awb 6:12). Ontvangt de gemeente uw brief op <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>, dan kan dat vanaf <x id="1" equiv-text="${date(result.related.appealForFailureToDecideFrom)}"/>.
    's077991a446c742e2': 'ألم تقرر البلدية بعد مرور أسبوعين على استلام رسالتك؟ عندها يمكنك تقديم طعن (beroep) أمام المحكمة (Awb 6:12). إذا استلمت البلدية رسالتك في <x id="0" equiv-text="${date(result.related.ingebrekestellingFrom)}"/>، فيمكنك ذلك ابتداءً من <x id="1" equiv-text="${date(result.related.appealForFailureToDecideFrom)}"/>.',
    # De rechter zegt dan meestal dat de gemeente binnen 2 weken moet beslissen. Vaak moet de gemeente betalen voor elke dag dat zij daarna nog te laat is. U kunt geen dwangsom van de gemeente zelf eisen: die regel geldt niet voor Woo-verzoeken (Woo 8.2).
    'sc9e7e26311a8a120': 'عندها تقول المحكمة عادةً إن على البلدية أن تقرر خلال أسبوعين. وغالبًا يجب على البلدية أن تدفع مبلغًا عن كل يوم تتأخر فيه بعد ذلك. لا يمكنك أن تطالب البلدية نفسها بغرامة التأخير (dwangsom): هذه القاعدة لا تنطبق على طلبات Woo (Woo 8.2).',
    # Brief: ingebrekestelling
    's6cc4d03b24cdafbf': 'رسالة إنذار بالتأخير (ingebrekestelling)',
    # De brief is in het Nederlands, omdat hij naar de gemeente gaat. Vul uw naam en adres in voordat u hem verstuurt.
    's0ea69c03f1dafb11': 'الرسالة باللغة الهولندية، لأنها موجهة إلى البلدية. اكتب اسمك وعنوانك فيها قبل أن ترسلها.',
    # Kopieer de brief
    's9c7ccc2b5347f7cb': 'انسخ الرسالة',
    # Print de brief
    's8c1496658a72d0bb': 'اطبع الرسالة',
    # De brief is gekopieerd.
    'se66b486b3f37098f': 'تم نسخ الرسالة.',
    # Wij kunnen de termijn van dit verzoek niet berekenen. De gegevens kloppen niet.
    'sffada44a8c777c4f': 'لا نستطيع حساب مهلة هذا الطلب. البيانات غير صحيحة.',
    # Uw Woo-verzoek
    'sf81b098c6cb7701d': 'طلب Woo الخاص بك',
    # Wat is er gebeurd?
    's40c976ba07b92a7f': 'ماذا حدث؟',
    # Er is geen verzoek om te tonen.
    's97579312fe18ca00': 'لا يوجد طلب لعرضه.',
    # Het verzoek wordt geladen…
    'sa175e8cef039cbb4': 'جارٍ تحميل الطلب…',
    # Wij kunnen dit verzoek niet vinden.
    's5ccd4c945611384b': 'لا نستطيع العثور على هذا الطلب.',
    # Wij kunnen dit verzoek niet tonen. De gegevens kloppen niet.
    'scba9694ca6638145': 'لا نستطيع عرض هذا الطلب. البيانات غير صحيحة.',
    # Het verzoek kon niet worden geladen. Probeer het later opnieuw.
    's20de2fdd65d27e44': 'تعذّر تحميل الطلب. حاول مرة أخرى لاحقًا.',
    # <x id="0" equiv-text="${count}"/> van <x id="1" equiv-text="${requestsText(of, this.locale)}"/>
    'scff5b39f21ae6ade': '<x id="0" equiv-text="${count}"/> من <x id="1" equiv-text="${requestsText(of, this.locale)}"/>',
    # Doel van <x id="0" equiv-text="${this.target}"/>% gehaald
    'sb45c31459a865e77': 'تحقّق الهدف: <x id="0" equiv-text="${this.target}"/>%',
    # Doel van <x id="0" equiv-text="${this.target}"/>% niet gehaald
    'scf39b99dab789fe5': 'لم يتحقّق الهدف: <x id="0" equiv-text="${this.target}"/>%',
    # Verzoeken op tijd beslist, per maand
    'see44c3db5e29309c': 'الطلبات التي صدر فيها قرار في الوقت المحدد، حسب الشهر',
    # Staafdiagram: per maand van ontvangst het deel van de verzoeken dat binnen de wettelijke termijn is beslist. De stippellijn is het doel van <x id="0" equiv-text="${this.target}"/>%. Maanden onder het doel hebben een gestreept patroon. Dezelfde cijfers staan in de tabel hieronder.
    's0762d9a10b6fa396': 'رسم بياني بالأعمدة: لكل شهر استلام، نسبة الطلبات التي صدر فيها قرار خلال المهلة القانونية. الخط المنقّط هو الهدف <x id="0" equiv-text="${this.target}"/>%. الأشهر التي تحت الهدف لها نقش مخطّط. الأرقام نفسها موجودة في الجدول أدناه.',
    # <x id="0" equiv-text="${this.monthName(m.month)}"/>: nog geen besluiten, <x id="1" equiv-text="${requestsText(m.requests, this.locale)}"/> ontvangen
    's1ebc960fd1e6f8a1': '<x id="0" equiv-text="${this.monthName(m.month)}"/>: لا قرارات بعد، تم استلام <x id="1" equiv-text="${requestsText(m.requests, this.locale)}"/>',
    # <x id="0" equiv-text="${this.monthName(m.month)}"/>: <x id="1" equiv-text="${this.percent(share)}"/> op tijd, <x id="2" equiv-text="${m.withinLegalDeadline.count}"/> van <x id="3" equiv-text="${m.withinLegalDeadline.of}"/>
    's288a640fe14afbfc': '<x id="0" equiv-text="${this.monthName(m.month)}"/>: <x id="1" equiv-text="${this.percent(share)}"/> في الوقت المحدد، <x id="2" equiv-text="${m.withinLegalDeadline.count}"/> من <x id="3" equiv-text="${m.withinLegalDeadline.of}"/>',
    # , onder het doel
    's5c3597a09a4acb86': '، تحت الهدف',
    # doel <x id="0" equiv-text="${this.target}"/>%
    's442a58db4e415a1a': 'الهدف <x id="0" equiv-text="${this.target}"/>%',
    # Gebruik de pijltjestoetsen om langs de maanden te gaan.
    's90f4f8e950e17148': 'استخدم مفاتيح الأسهم للتنقل بين الأشهر.',
    # Cijfers per maand van ontvangst
    'sf9f316d2180644dc': 'الأرقام حسب شهر الاستلام',
    # Ontvangen
    's6ac65d80ad3e2b89': 'المستلمة',
    # Beslist
    'sb844215002500335': 'صدر فيها قرار',
    # Binnen 4 weken
    'sdb51c83b064d0315': 'خلال 4 أسابيع',
    # Binnen de wettelijke termijn
    's35b5aaeb4d6f8299': 'خلال المهلة القانونية',
    # Binnen de afgesproken termijn
    's6423dd00a72b8cf8': 'خلال المهلة المتفق عليها',
    # Mediaan dagen
    's43cc8bc4da0909bb': 'الوسيط (أيام)',
    # Open en te laat
    's879aca30cd0383a3': 'مفتوحة ومتأخرة',
    # Informatie gegeven
    's62f3381467922f12': 'تم تقديم المعلومات',
    # Deels gegeven
    's6f0d103f1ea07ae9': 'تم تقديم جزء منها',
    # Geweigerd
    's8484fdca95f2057a': 'مرفوض',
    # Informatie niet aanwezig
    's631679c6f8aeadd5': 'المعلومات غير موجودة',
    # Al openbaar
    's4ac3acb52dc4ca42': 'علنية بالفعل',
    # Niet behandeld
    's4afa3c1e884e7b26': 'لم يُنظر فيه',
    # Nog geen besluit
    's14c89a5ebdf17042': 'لا يوجد قرار بعد',
    # Op tijd beslist?
    'sbfa9ee2a519bb3ea': 'قرار في الوقت المحدد؟',
    # Er zijn nog geen verzoeken om te tonen.
    's375ab30f5109ad50': 'لا توجد طلبات لعرضها بعد.',
    # Over <x id="0" equiv-text="${requestsText(total, this.locale)}"/>. Een verzoek telt als te laat als het besluit na de termijn kwam, of als er nog geen besluit is terwijl de termijn voorbij is.
    's0eb8a6afe300a4e2': 'الأرقام عن <x id="0" equiv-text="${requestsText(total, this.locale)}"/>. يُحسب الطلب متأخرًا إذا صدر القرار بعد انتهاء المهلة، أو إذا لم يصدر قرار بعد مع أن المهلة انتهت.',
    # Mediaan: dagen tot het besluit
    'sac0a416094398c0b': 'الوسيط: عدد الأيام حتى القرار',
    # Gemiddeld: dagen tot het besluit
    'sb2752d0434147dcd': 'المتوسط: عدد الأيام حتى القرار',
    # Open verzoeken die al te laat zijn
    'se0c4531765d9fa01': 'طلبات مفتوحة متأخرة بالفعل',
    # Verdaagd (2 weken extra)
    'scf45cfb4f04ec19a': 'مُدّدت المهلة (أسبوعان إضافيان)',
    # Termijn stond stil
    'sb21421ee3f2eab62': 'توقفت المهلة',
    # Per maand
    's8a3a95c33a74ffff': 'حسب الشهر',
    # Uitkomst van de verzoeken
    'sdb2fcb6c931146c6': 'نتيجة الطلبات',
    # De cijfers worden geladen…
    's72ed90d96d7805df': 'جارٍ تحميل الأرقام…',
    # De cijfers konden niet worden geladen. Probeer het later opnieuw.
    's2d4f7dd8b6667f35': 'تعذّر تحميل الأرقام. حاول مرة أخرى لاحقًا.',
    # Er is een probleem
    's92ab16f6a282e5e0': 'توجد مشكلة',
    # (niet verplicht)
    's6711d9bcb230e165': '(اختياري)',
    # Invoerfout:
    'sd14a92034b1a751a': 'خطأ في الإدخال:',
    # Dag
    'se0955b19920eebe3': 'اليوم',
    # Maand
    'se0e2660ba4bcf4ec': 'الشهر',
    # Jaar
    'sc2efa9ea5bccd447': 'السنة',
    # <x id="0" equiv-text="${n}"/> dagen
    'days.zero': '<x id="0" equiv-text="${n}"/> يوم',
    # <x id="0" equiv-text="${n}"/> dag
    'days.one': '<x id="0" equiv-text="${n}"/> يوم',
    # <x id="0" equiv-text="${n}"/> dagen
    'days.two': '<x id="0" equiv-text="${n}"/> يومان',
    # <x id="0" equiv-text="${n}"/> dagen
    'days.few': '<x id="0" equiv-text="${n}"/> أيام',
    # <x id="0" equiv-text="${n}"/> dagen
    'days.many': '<x id="0" equiv-text="${n}"/> يومًا',
    # <x id="0" equiv-text="${n}"/> dagen
    'days.other': '<x id="0" equiv-text="${n}"/> يوم',
    # <x id="0" equiv-text="${n}"/> werkdagen
    'working-days.zero': '<x id="0" equiv-text="${n}"/> يوم عمل',
    # <x id="0" equiv-text="${n}"/> werkdag
    'working-days.one': '<x id="0" equiv-text="${n}"/> يوم عمل',
    # <x id="0" equiv-text="${n}"/> werkdagen
    'working-days.two': '<x id="0" equiv-text="${n}"/> يوما عمل',
    # <x id="0" equiv-text="${n}"/> werkdagen
    'working-days.few': '<x id="0" equiv-text="${n}"/> أيام عمل',
    # <x id="0" equiv-text="${n}"/> werkdagen
    'working-days.many': '<x id="0" equiv-text="${n}"/> يوم عمل',
    # <x id="0" equiv-text="${n}"/> werkdagen
    'working-days.other': '<x id="0" equiv-text="${n}"/> يوم عمل',
    # <x id="0" equiv-text="${count}"/> publicaties
    'publications.zero': '<x id="0" equiv-text="${count}"/> منشور',
    # <x id="0" equiv-text="${count}"/> publicatie
    'publications.one': '<x id="0" equiv-text="${count}"/> منشور',
    # <x id="0" equiv-text="${count}"/> publicaties
    'publications.two': '<x id="0" equiv-text="${count}"/> منشوران',
    # <x id="0" equiv-text="${count}"/> publicaties
    'publications.few': '<x id="0" equiv-text="${count}"/> منشورات',
    # <x id="0" equiv-text="${count}"/> publicaties
    'publications.many': '<x id="0" equiv-text="${count}"/> منشورًا',
    # <x id="0" equiv-text="${count}"/> publicaties
    'publications.other': '<x id="0" equiv-text="${count}"/> منشور',
    # <x id="0" equiv-text="${count}"/> publicaties gevonden
    'results.zero': 'تم العثور على <x id="0" equiv-text="${count}"/> منشور',
    # <x id="0" equiv-text="${count}"/> publicatie gevonden
    'results.one': 'تم العثور على <x id="0" equiv-text="${count}"/> منشور',
    # <x id="0" equiv-text="${count}"/> publicaties gevonden
    'results.two': 'تم العثور على <x id="0" equiv-text="${count}"/> منشورين',
    # <x id="0" equiv-text="${count}"/> publicaties gevonden
    'results.few': 'تم العثور على <x id="0" equiv-text="${count}"/> منشورات',
    # <x id="0" equiv-text="${count}"/> publicaties gevonden
    'results.many': 'تم العثور على <x id="0" equiv-text="${count}"/> منشورًا',
    # <x id="0" equiv-text="${count}"/> publicaties gevonden
    'results.other': 'تم العثور على <x id="0" equiv-text="${count}"/> منشور',
    # <x id="0" equiv-text="${count}"/> publicaties in de lijst kloppen niet. Die ziet u hier niet.
    'skipped.zero': '<x id="0" equiv-text="${count}"/> منشور في القائمة غير صحيحة. لا تظهر هنا.',
    # <x id="0" equiv-text="${count}"/> publicatie in de lijst klopt niet. Die ziet u hier niet.
    'skipped.one': '<x id="0" equiv-text="${count}"/> منشور في القائمة غير صحيح. لا يظهر هنا.',
    # <x id="0" equiv-text="${count}"/> publicaties in de lijst kloppen niet. Die ziet u hier niet.
    'skipped.two': '<x id="0" equiv-text="${count}"/> منشوران في القائمة غير صحيحين. لا يظهران هنا.',
    # <x id="0" equiv-text="${count}"/> publicaties in de lijst kloppen niet. Die ziet u hier niet.
    'skipped.few': '<x id="0" equiv-text="${count}"/> منشورات في القائمة غير صحيحة. لا تظهر هنا.',
    # <x id="0" equiv-text="${count}"/> publicaties in de lijst kloppen niet. Die ziet u hier niet.
    'skipped.many': '<x id="0" equiv-text="${count}"/> منشورًا في القائمة غير صحيحة. لا تظهر هنا.',
    # <x id="0" equiv-text="${count}"/> publicaties in de lijst kloppen niet. Die ziet u hier niet.
    'skipped.other': '<x id="0" equiv-text="${count}"/> منشور في القائمة غير صحيحة. لا تظهر هنا.',
    # <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën hebben publicaties.
    'mandatory-covered.zero': '<x id="0" equiv-text="${n}"/> فئة إلزامية من أصل <x id="1" equiv-text="${of}"/> لها منشورات.',
    # <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën heeft publicaties.
    'mandatory-covered.one': '<x id="0" equiv-text="${n}"/> فئة إلزامية من أصل <x id="1" equiv-text="${of}"/> لها منشورات.',
    # <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën hebben publicaties.
    'mandatory-covered.two': '<x id="0" equiv-text="${n}"/> فئتان إلزاميتان من أصل <x id="1" equiv-text="${of}"/> لهما منشورات.',
    # <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën hebben publicaties.
    'mandatory-covered.few': '<x id="0" equiv-text="${n}"/> فئات إلزامية من أصل <x id="1" equiv-text="${of}"/> لها منشورات.',
    # <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën hebben publicaties.
    'mandatory-covered.many': '<x id="0" equiv-text="${n}"/> فئة إلزامية من أصل <x id="1" equiv-text="${of}"/> لها منشورات.',
    # <x id="0" equiv-text="${n}"/> van de <x id="1" equiv-text="${of}"/> verplichte categorieën hebben publicaties.
    'mandatory-covered.other': '<x id="0" equiv-text="${n}"/> فئة إلزامية من أصل <x id="1" equiv-text="${of}"/> لها منشورات.',
    # <x id="0" equiv-text="${count}"/> verzoeken
    'requests.zero': '<x id="0" equiv-text="${count}"/> طلب',
    # <x id="0" equiv-text="${count}"/> verzoek
    'requests.one': '<x id="0" equiv-text="${count}"/> طلب',
    # <x id="0" equiv-text="${count}"/> verzoeken
    'requests.two': '<x id="0" equiv-text="${count}"/> طلبين',
    # <x id="0" equiv-text="${count}"/> verzoeken
    'requests.few': '<x id="0" equiv-text="${count}"/> طلبات',
    # <x id="0" equiv-text="${count}"/> verzoeken
    'requests.many': '<x id="0" equiv-text="${count}"/> طلبًا',
    # <x id="0" equiv-text="${count}"/> verzoeken
    'requests.other': '<x id="0" equiv-text="${count}"/> طلب',
    # <x id="0" equiv-text="${count}"/> verzoeken in de lijst kloppen niet en tellen niet mee.
    'skipped-requests.zero': '<x id="0" equiv-text="${count}"/> طلب في القائمة غير صحيحة ولا تُحتسب.',
    # <x id="0" equiv-text="${count}"/> verzoek in de lijst klopt niet en telt niet mee.
    'skipped-requests.one': '<x id="0" equiv-text="${count}"/> طلب في القائمة غير صحيح ولا يُحتسب.',
    # <x id="0" equiv-text="${count}"/> verzoeken in de lijst kloppen niet en tellen niet mee.
    'skipped-requests.two': '<x id="0" equiv-text="${count}"/> طلبان في القائمة غير صحيحين ولا يُحتسبان.',
    # <x id="0" equiv-text="${count}"/> verzoeken in de lijst kloppen niet en tellen niet mee.
    'skipped-requests.few': '<x id="0" equiv-text="${count}"/> طلبات في القائمة غير صحيحة ولا تُحتسب.',
    # <x id="0" equiv-text="${count}"/> verzoeken in de lijst kloppen niet en tellen niet mee.
    'skipped-requests.many': '<x id="0" equiv-text="${count}"/> طلبًا في القائمة غير صحيحة ولا تُحتسب.',
    # <x id="0" equiv-text="${count}"/> verzoeken in de lijst kloppen niet en tellen niet mee.
    'skipped-requests.other': '<x id="0" equiv-text="${count}"/> طلب في القائمة غير صحيحة ولا تُحتسب.',
    # De lijst met publicaties heeft niet de goede vorm. Wij kunnen hem niet lezen.
    's62211f9f26d4bc3b': 'قائمة المنشورات ليست بالشكل الصحيح. لا نستطيع قراءتها.',
    # De lijst met publicaties is beschadigd. Wij kunnen hem niet lezen.
    's1f3082e2ebf4ae70': 'قائمة المنشورات تالفة. لا نستطيع قراءتها.',
    # Wij kunnen de lijst met publicaties niet vinden.
    's3d88f5d9fbe69360': 'لا نستطيع العثور على قائمة المنشورات.',
    # De server doet er te lang over. Probeer het later opnieuw.
    's00ba60d0979e13c2': 'الخادم يستغرق وقتًا طويلًا جدًا. حاول مرة أخرى لاحقًا.',
    # Het adres van de lijst met publicaties is niet goed.
    's470d4976f3508513': 'عنوان قائمة المنشورات غير صحيح.',
    # De publicaties konden niet worden geladen. Probeer het later opnieuw.
    's2511a64a6da219d4': 'تعذّر تحميل المنشورات. حاول مرة أخرى لاحقًا.',
    # Het verzoek kwam binnen op <x id="0" equiv-text="${receivedOn}"/>. De termijn begint de dag erna.
    'step.received': 'وصل الطلب في <x id="0" equiv-text="${receivedOn}"/>. تبدأ المهلة في اليوم التالي.',
    # De gemeente beslist binnen 4 weken: uiterlijk <x id="0" equiv-text="${end}"/>.
    'step.four-weeks': 'تقرر البلدية خلال 4 أسابيع: في موعد أقصاه <x id="0" equiv-text="${end}"/>.',
    # Op <x id="0" equiv-text="${postponedOn}"/> verdaagde de gemeente de termijn met 2 weken. Dat mag één keer, uiterlijk <x id="1" equiv-text="${firstTermEnd}"/>. De 2 weken tellen vanaf <x id="2" equiv-text="${countedFrom}"/>: nieuwe einddatum <x id="3" equiv-text="${end}"/>.
    'step.postponement': 'في <x id="0" equiv-text="${postponedOn}"/> مدّدت البلدية المهلة أسبوعين (verdaging). يجوز ذلك مرة واحدة، في موعد أقصاه <x id="1" equiv-text="${firstTermEnd}"/>. يُحسب الأسبوعان ابتداءً من <x id="2" equiv-text="${countedFrom}"/>: تاريخ النهاية الجديد <x id="3" equiv-text="${end}"/>.',
    # Op <x id="0" equiv-text="${postponedOn}"/> verdaagde de gemeente de termijn. Te laat: de eerste termijn liep tot en met <x id="1" equiv-text="${firstTermEnd}"/>. De verdaging telt niet.
    'step.postponement-too-late': 'في <x id="0" equiv-text="${postponedOn}"/> مدّدت البلدية المهلة (verdaging). لكن ذلك جاء متأخرًا: آخر يوم في المهلة الأولى كان <x id="1" equiv-text="${firstTermEnd}"/>. لذلك لا يُحتسب تمديد المهلة.',
    # De gemeente moet uiterlijk op <x id="0" equiv-text="${deadline}"/> beslissen.
    'step.deadline': 'يجب أن تقرر البلدية في موعد أقصاه <x id="0" equiv-text="${deadline}"/>.',
    # Andere uitleg: eerst de termijnenwet (<x id="0" equiv-text="${firstTermEnd}"/>), dan 2 weken: <x id="1" equiv-text="${deadline}"/>. Wij nemen de eerdere, veilige datum.
    'step.alternative': 'تفسير آخر: أولًا يُطبَّق قانون المهل (termijnenwet): <x id="0" equiv-text="${firstTermEnd}"/>، ثم أسبوعان: <x id="1" equiv-text="${deadline}"/>. نحن نأخذ التاريخ الأبكر، لأنه الأكثر أمانًا.',
    # Is het verzoek te breed of onduidelijk? Dan vraagt de gemeente binnen 2 weken om uitleg: uiterlijk <x id="0" equiv-text="${due}"/>.
    'step.clarification': 'هل الطلب واسع جدًا أو غير واضح؟ عندها تطلب البلدية توضيحًا خلال أسبوعين: في موعد أقصاه <x id="0" equiv-text="${due}"/>.',
    # Gaat het duidelijk niet om informatie (misbruik)? Dan kan de gemeente binnen 2 weken besluiten het niet te behandelen: uiterlijk <x id="0" equiv-text="${due}"/>.
    'step.abuse': 'هل من الواضح أن الطلب ليس هدفه الحصول على معلومات؟ يسمى هذا سوء استخدام (misbruik). عندها يمكن للبلدية أن تقرر خلال أسبوعين ألا تنظر في الطلب: في موعد أقصاه <x id="0" equiv-text="${due}"/>.',
    # Geen besluit op <x id="0" equiv-text="${deadline}"/>? Dan kan de verzoeker vanaf <x id="1" equiv-text="${from}"/> een ingebrekestelling sturen: een brief dat de gemeente te laat is.
    'step.notice-of-default': 'لم يصدر قرار حتى <x id="0" equiv-text="${deadline}"/>؟ عندها يمكن لمقدم الطلب ابتداءً من <x id="1" equiv-text="${from}"/> أن يرسل رسالة إنذار بالتأخير (ingebrekestelling): رسالة تقول إن البلدية متأخرة.',
    # Daarna kan de verzoeker in beroep bij de rechter, 2 weken na de dag dat de gemeente die brief kreeg. Kreeg zij hem op <x id="0" equiv-text="${noticeOn}"/>, dan vanaf <x id="1" equiv-text="${from}"/> (andere uitleg: <x id="2" equiv-text="${alternativeFrom}"/>).
    'step.appeal': 'بعد ذلك يمكن لمقدم الطلب تقديم طعن (beroep) أمام المحكمة، بعد أسبوعين من اليوم الذي استلمت فيه البلدية تلك الرسالة. إذا استلمتها في <x id="0" equiv-text="${noticeOn}"/>، فابتداءً من <x id="1" equiv-text="${from}"/> (حسب تفسير آخر: <x id="2" equiv-text="${alternativeFrom}"/>).',
    # Verwacht de gemeente bezwaar van een ander? Dan geeft zij de informatie pas 2 weken na het besluit (<x id="0" equiv-text="${decisionOn}"/>): op <x id="1" equiv-text="${releaseOn}"/>.
    'step.release': 'هل تتوقع البلدية اعتراضًا (bezwaar) من طرف آخر؟ عندها لا تعطي المعلومات إلا بعد أسبوعين من القرار (<x id="0" equiv-text="${decisionOn}"/>): في <x id="1" equiv-text="${releaseOn}"/>.',
    # Een dwangsom voor te laat beslissen (Awb 4:17) geldt niet bij de Woo. De rechter kan wel opdragen te beslissen, meestal binnen 2 weken (Awb 8:55d), vaak met een dwangsom (bijvoorbeeld € 100 per dag, tot € 15.000).
    'step.penalty': 'غرامة التأخير (dwangsom) عند التأخر في القرار (Awb 4:17) لا تنطبق على طلبات Woo. لكن يمكن للمحكمة أن تأمر البلدية بأن تقرر، عادةً خلال أسبوعين (Awb 8:55d)، وغالبًا مع غرامة تأخير (dwangsom)، مثلًا 100 يورو عن كل يوم، حتى 15,000 يورو.',
    # Op <x id="0" equiv-text="${today}"/> loopt de termijn: nog <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).
    'step.status.within-term': 'في <x id="0" equiv-text="${today}"/> المهلة سارية: المتبقي <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).',
    # Op <x id="0" equiv-text="${today}"/> staat de termijn stil: nog <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).
    'step.status.suspended': 'في <x id="0" equiv-text="${today}"/> المهلة متوقفة: المتبقي <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).',
    # Op <x id="0" equiv-text="${today}"/> loopt de verdaagde termijn: nog <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).
    'step.status.postponed': 'في <x id="0" equiv-text="${today}"/> المهلة الممدّدة سارية: المتبقي <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).',
    # Op <x id="0" equiv-text="${today}"/> is de gemeente <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>) te laat.
    'step.status.late': 'في <x id="0" equiv-text="${today}"/> البلدية متأخرة. التأخير: <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).',
    # Besluit op <x id="0" equiv-text="${decidedOn}"/>: op tijd.
    'step.status.decided-on-time': 'صدر القرار في <x id="0" equiv-text="${decidedOn}"/>: في الوقت المحدد.',
    # Besluit op <x id="0" equiv-text="${decidedOn}"/>: <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>) te laat.
    'step.status.decided-late': 'صدر القرار في <x id="0" equiv-text="${decidedOn}"/>. التأخير: <x id="1" equiv-text="${days}"/> (<x id="2" equiv-text="${workingDays}"/>).',
    # Op tijd: besluit uiterlijk op de laatste dag. 4 weken = 28 dagen na ontvangst. Wettelijk = met verdaging, opschorting en termijnenwet. Afgesproken = de afgesproken datum. Een open verzoek na de termijn telt als te laat (peildatum <x id="0" equiv-text="${today}"/>).
    'step.statistics': 'في الوقت المحدد: صدر القرار في آخر يوم أو قبله. 4 أسابيع = 28 يومًا بعد الاستلام. القانونية = مع تمديد المهلة وتوقف المهلة وقانون المهل (termijnenwet). المتفق عليها = التاريخ المتفق عليه. الطلب المفتوح بعد انتهاء المهلة يُحسب متأخرًا (تاريخ الحساب: <x id="0" equiv-text="${today}"/>).',
    # Op <x id="0" equiv-text="${notifiedOn}"/> vroeg de gemeente een ander om zijn mening (zienswijze). De termijn staat stil van <x id="1" equiv-text="${from}"/> tot en met <x id="2" equiv-text="${endedOn}"/>.
    'step.suspension.zienswijze': 'في <x id="0" equiv-text="${notifiedOn}"/> طلبت البلدية من طرف آخر رأيه (zienswijze). المهلة متوقفة من <x id="1" equiv-text="${from}"/> حتى <x id="2" equiv-text="${endedOn}"/> (بما فيه).',
    # Op <x id="0" equiv-text="${notifiedOn}"/> vroeg de gemeente om het verzoek aan te vullen. De termijn staat stil van <x id="1" equiv-text="${from}"/> tot <x id="2" equiv-text="${endedOn}"/>.
    'step.suspension.aanvulling': 'في <x id="0" equiv-text="${notifiedOn}"/> طلبت البلدية استكمال الطلب. المهلة متوقفة من <x id="1" equiv-text="${from}"/> إلى <x id="2" equiv-text="${endedOn}"/>.',
    # De verzoeker stemde in met <x id="0" equiv-text="${days}"/> uitstel.
    'step.suspension.instemming': 'وافق مقدم الطلب على تأجيل مدته <x id="0" equiv-text="${days}"/>.',
    # Door overmacht (iets buiten de macht van de gemeente) staat de termijn <x id="0" equiv-text="${days}"/> stil.
    'step.suspension.overmacht': 'بسبب قوة قاهرة (overmacht)، أي أمر خارج عن سيطرة البلدية، تتوقف المهلة مدةً قدرها <x id="0" equiv-text="${days}"/>.',
    # Vanaf <x id="0" equiv-text="${from}"/>.
    'step.suspension.from': 'ابتداءً من <x id="0" equiv-text="${from}"/>.',
    # Dat is <x id="0" equiv-text="${suspendedDays}"/>.
    'step.suspension.counted': 'المدة المحسوبة: <x id="0" equiv-text="${suspendedDays}"/>.',
    # Nieuwe einddatum: <x id="0" equiv-text="${end}"/>.
    'step.suspension.new-end': 'تاريخ النهاية الجديد: <x id="0" equiv-text="${end}"/>.',
    # Telt niet: de termijn liep al af op <x id="0" equiv-text="${end}"/>.
    'step.suspension.not-counted': 'لا يُحتسب: المهلة كانت قد انتهت في <x id="0" equiv-text="${end}"/>.',
    # <x id="0" equiv-text="${days}"/> stonden al stil; die tellen niet dubbel.
    'step.suspension.overlap.zero': '<x id="0" equiv-text="${days}"/> كانت ضمن توقف سابق، فلا تُحسب مرتين.',
    # <x id="0" equiv-text="${days}"/> stond al stil; die telt niet dubbel.
    'step.suspension.overlap.one': '<x id="0" equiv-text="${days}"/> كان ضمن توقف سابق، فلا يُحسب مرتين.',
    # <x id="0" equiv-text="${days}"/> stonden al stil; die tellen niet dubbel.
    'step.suspension.overlap.two': '<x id="0" equiv-text="${days}"/> كانا ضمن توقف سابق، فلا يُحسبان مرتين.',
    # <x id="0" equiv-text="${days}"/> stonden al stil; die tellen niet dubbel.
    'step.suspension.overlap.few': '<x id="0" equiv-text="${days}"/> كانت ضمن توقف سابق، فلا تُحسب مرتين.',
    # <x id="0" equiv-text="${days}"/> stonden al stil; die tellen niet dubbel.
    'step.suspension.overlap.many': '<x id="0" equiv-text="${days}"/> كانت ضمن توقف سابق، فلا تُحسب مرتين.',
    # <x id="0" equiv-text="${days}"/> stonden al stil; die tellen niet dubbel.
    'step.suspension.overlap.other': '<x id="0" equiv-text="${days}"/> كانت ضمن توقف سابق، فلا تُحسب مرتين.',
    # een zaterdag
    'step.reason.saturday': 'يوم سبت',
    # een zondag
    'step.reason.sunday': 'يوم أحد',
    # een feestdag (Nieuwjaarsdag)
    'step.reason.new-years-day': 'يوم عطلة رسمية (رأس السنة الميلادية)',
    # een feestdag (Goede Vrijdag)
    'step.reason.good-friday': 'يوم عطلة رسمية (الجمعة العظيمة)',
    # een feestdag (Tweede Paasdag)
    'step.reason.easter-monday': 'يوم عطلة رسمية (ثاني أيام عيد الفصح)',
    # een feestdag (Koningsdag)
    'step.reason.kings-day': 'يوم عطلة رسمية (يوم الملك)',
    # een feestdag (Koninginnedag)
    'step.reason.queens-day': 'يوم عطلة رسمية (يوم الملكة)',
    # een feestdag (Bevrijdingsdag)
    'step.reason.liberation-day': 'يوم عطلة رسمية (يوم التحرير)',
    # een feestdag (Hemelvaartsdag)
    'step.reason.ascension-day': 'يوم عطلة رسمية (عيد الصعود)',
    # een feestdag (Tweede Pinksterdag)
    'step.reason.whit-monday': 'يوم عطلة رسمية (ثاني أيام عيد العنصرة)',
    # een feestdag (Eerste Kerstdag)
    'step.reason.christmas-day': 'يوم عطلة رسمية (أول أيام عيد الميلاد)',
    # een feestdag (Tweede Kerstdag)
    'step.reason.second-christmas-day': 'يوم عطلة رسمية (ثاني أيام عيد الميلاد)',
    # een extra feestdag
    'step.reason.extra-holiday': 'يوم عطلة رسمية إضافي',
    # De termijn eindigt op <x id="0" equiv-text="${end}"/>, <x id="1" equiv-text="${reason}"/>. Dan schuift hij door naar de volgende werkdag: <x id="2" equiv-text="${movedTo}"/>.
    'step.atw': 'تنتهي المهلة في <x id="0" equiv-text="${end}"/>، وهو <x id="1" equiv-text="${reason}"/>. لذلك تنتقل إلى يوم العمل التالي: <x id="2" equiv-text="${movedTo}"/>.',

    # Information categories (Woo art. 3.3 and 3.1): label and plain-language explanation, by id.
    # Wetten en algemeen verbindende voorschriften
    'category.c_139c6280.label': 'القوانين والقواعد الملزمة للجميع',
    # Regels die voor iedereen gelden. Bij een gemeente zijn dat vooral verordeningen. Bijvoorbeeld de regels voor parkeren of afval.
    'category.c_139c6280.explanation': 'قواعد تنطبق على الجميع. في البلدية هي غالبًا اللوائح البلدية (verordeningen). مثلًا قواعد ركن السيارات أو النفايات.',
    # Overige besluiten van algemene strekking
    'category.c_aab6bfc7.label': 'قرارات عامة أخرى',
    # Besluiten die voor een grote groep mensen gelden, maar geen verordening zijn. Bijvoorbeeld beleidsregels. Daarin staat hoe de gemeente haar regels toepast.
    'category.c_aab6bfc7.explanation': 'قرارات تنطبق على مجموعة كبيرة من الناس، لكنها ليست لوائح بلدية. مثلًا قواعد السياسة (beleidsregels). وفيها تشرح البلدية كيف تطبّق قواعدها.',
    # Ontwerpen van wet- en regelgeving met adviesaanvraag
    'category.c_759721e2.label': 'مشاريع قواعد طُلبت بشأنها استشارة',
    # Plannen voor nieuwe regels waarover de overheid advies vroeg aan een andere organisatie. De vraag om advies hoort erbij.
    'category.c_759721e2.explanation': 'خطط لقواعد جديدة طلبت الحكومة بشأنها استشارة من جهة أخرى. ويدخل فيها طلب الاستشارة أيضًا.',
    # Organisatie en werkwijze
    'category.c_40a05794.label': 'تنظيم الجهة وطريقة عملها',
    # Hoe de organisatie in elkaar zit en hoe zij werkt. Welke afdelingen er zijn. En wat elke afdeling doet en mag beslissen.
    'category.c_40a05794.explanation': 'كيف تتكوّن الجهة وكيف تعمل. ما الأقسام الموجودة فيها. وما الذي يفعله كل قسم وما الذي يحق له أن يقرره.',
    # Bereikbaarheidsgegevens
    'category.c_89ee6784.label': 'بيانات الاتصال',
    # Hoe u de organisatie bereikt: adres, telefoon, e-mail en openingstijden. En hoe u om informatie vraagt.
    'category.c_89ee6784.explanation': 'كيف تتواصل مع الجهة: العنوان والهاتف والبريد الإلكتروني وساعات العمل. وكيف تطلب معلومات.',
    # Bij vertegenwoordigende organen ingekomen stukken
    'category.c_8c840238.label': 'المستندات الواردة إلى المجالس المنتخبة',
    # Brieven en andere stukken die de gemeenteraad krijgt om te bespreken. Stukken over één persoon of één geval horen er niet bij.
    'category.c_8c840238.explanation': 'رسائل ومستندات أخرى يتلقاها المجلس البلدي لمناقشتها. ولا تدخل فيها المستندات التي تخص شخصًا واحدًا أو حالة واحدة.',
    # Vergaderstukken Staten-Generaal
    'category.c_c76862ab.label': 'مستندات اجتماعات البرلمان (Staten-Generaal)',
    # Stukken en verslagen van vergaderingen van de Eerste en Tweede Kamer. Dit geldt niet voor een gemeente.
    'category.c_c76862ab.explanation': 'مستندات ومحاضر اجتماعات مجلس الشيوخ (Eerste Kamer) ومجلس النواب (Tweede Kamer). هذا لا ينطبق على البلدية.',
    # Vergaderstukken decentrale overheden
    'category.c_db4862c3.label': 'مستندات اجتماعات السلطات المحلية والإقليمية',
    # Stukken en verslagen van vergaderingen van de gemeenteraad en zijn commissies. Ook van provincies, waterschappen en samenwerkende gemeenten.
    'category.c_db4862c3.explanation': 'مستندات ومحاضر اجتماعات المجلس البلدي ولجانه. وكذلك اجتماعات المقاطعات وهيئات المياه (waterschappen) والبلديات التي تتعاون معًا.',
    # Agenda’s en besluitenlijsten bestuurscolleges
    'category.c_3a248e3a.label': 'جداول أعمال الهيئات التنفيذية وقوائم قراراتها',
    # De agenda en de lijst met besluiten van de vergaderingen van burgemeester en wethouders.
    'category.c_3a248e3a.explanation': 'جدول الأعمال وقائمة القرارات في اجتماعات رئيس البلدية ونوّابه (college van burgemeester en wethouders).',
    # Adviezen
    'category.c_99a836c7.label': 'الاستشارات',
    # Adviezen van adviesraden en van andere organisaties die om advies zijn gevraagd. De vraag om advies hoort erbij. Adviezen over één persoon of één geval niet.
    'category.c_99a836c7.explanation': 'استشارات من المجالس الاستشارية ومن جهات أخرى طُلبت منها الاستشارة. ويدخل فيها طلب الاستشارة أيضًا. أما الاستشارات التي تخص شخصًا واحدًا أو حالة واحدة فلا تدخل فيها.',
    # Convenanten
    'category.c_8fc2335c.label': 'اتفاقيات التعاون',
    # Schriftelijke afspraken van de overheid met andere organisaties. Bijvoorbeeld met bedrijven of met andere overheden.
    'category.c_8fc2335c.explanation': 'اتفاقات مكتوبة بين الحكومة وجهات أخرى. مثلًا مع الشركات أو مع جهات حكومية أخرى.',
    # Jaarplannen en jaarverslagen
    'category.c_c6cd1213.label': 'الخطط والتقارير السنوية',
    # Plannen voor het komende jaar en verslagen over het vorige jaar. Wat de organisatie wil doen, en wat zij heeft gedaan.
    'category.c_c6cd1213.explanation': 'خطط للسنة القادمة وتقارير عن السنة الماضية. ما تريد الجهة أن تفعله، وما فعلته.',
    # Subsidieverplichtingen anders dan met beschikking
    'category.c_cf268088.label': 'التزامات الدعم المالي دون قرار',
    # Afspraken over subsidie die niet met een besluit zijn gemaakt. Dit geldt alleen voor het ministerie van Buitenlandse Zaken.
    'category.c_cf268088.explanation': 'اتفاقات بشأن الدعم المالي (subsidie) لم تتم بقرار. هذا ينطبق فقط على وزارة الخارجية.',
    # Woo-verzoeken en -besluiten
    'category.c_3baef532.label': 'طلبات Woo والقرارات بشأنها',
    # Verzoeken om informatie op grond van de Woo. En de besluiten op die verzoeken, met de informatie die openbaar is gemaakt.
    'category.c_3baef532.explanation': 'طلبات الحصول على معلومات بموجب قانون Woo. والقرارات بشأن هذه الطلبات، مع المعلومات التي نُشرت.',
    # Onderzoeksrapporten
    'category.c_fdaee95e.label': 'تقارير الدراسات',
    # Rapporten van onderzoek waar de organisatie om vroeg. Ze gaan over hoe de organisatie werkt of over haar beleid. Er staan vooral feiten in.
    'category.c_fdaee95e.explanation': 'تقارير عن دراسات طلبتها الجهة. وهي تتناول طريقة عمل الجهة أو سياستها. وتحتوي غالبًا على حقائق.',
    # Beschikkingen
    'category.c_46a81018.label': 'القرارات الفردية',
    # Besluiten over één persoon, bedrijf of zaak, zoals een vergunning. De wet zondert 21 soorten besluiten uit.
    'category.c_46a81018.explanation': 'قرارات تخص شخصًا واحدًا أو شركة واحدة أو قضية واحدة، مثل رخصة. ويستثني القانون 21 نوعًا من القرارات.',
    # Klachtoordelen
    'category.c_a870c43d.label': 'نتائج النظر في الشكاوى',
    # Het schriftelijke oordeel van de organisatie over een klacht.
    'category.c_a870c43d.explanation': 'التقييم المكتوب الذي تصدره الجهة بشأن شكوى.',
    # Inspanningsverplichting art 3.1 Woo
    'category.c_816e508d.label': 'النشر الطوعي (Woo 3.1)',
    # Informatie die niet in een van de 17 verplichte groepen valt. De organisatie maakt die toch zelf openbaar.
    'category.c_816e508d.explanation': 'معلومات لا تدخل في أي من المجموعات الإلزامية الـ17. ومع ذلك تنشرها الجهة بنفسها.',
}


# <woo-publications>: the day a document was made public, the dossier it belongs to and its parts.
T.update({
    'Openbaar gemaakt': 'تاريخ النشر',
    'Hoort bij': 'جزء من',
    'Onderdelen': 'الأجزاء',
    'Meer onderdelen: <x id="0" equiv-text="${more}"/>': 'أجزاء أخرى: <x id="0" equiv-text="${more}"/>',
    'Document zonder naam': 'مستند بدون اسم',
    'De zoekresultaten konden niet worden bijgewerkt. U ziet nog de vorige resultaten.': 'تعذّر تحديث نتائج البحث. ما زلت ترى النتائج السابقة.',
    'Probeer het opnieuw': 'حاول مرة أخرى',
    'Zoeken duurt langer dan normaal. Nog even geduld.': 'يستغرق البحث وقتًا أطول من المعتاد. يُرجى الانتظار قليلًا.',
})
