// Realistic made-up Woo decisions for the benchmark, the tests and the demo: an inventory with
// e-mails and their attachments, notes, reports, and every assessment, with the grounds bodies use
// most (privacy, personal policy opinions, business data).
const subjects = [
  'de fietsbrug over de Vecht',
  'het Stationsplein',
  'de herinrichting van de Oudegracht',
  'het zwembad',
  'de milieuzone',
  'het parkeerbeleid',
  'de woningbouw',
  'de café-terrassen',
  'de zonnepanelen op scholen',
  'de bomenkap in het park',
  'de evenementenvergunning',
  'de geluidsoverlast',
  'de energietransitie',
];
const kinds = [
  ['email', 'RE: overleg over'],
  ['pdf', 'Notitie over'],
  ['doc', 'Verslag van het overleg over'],
  ['spreadsheet', 'Begroting voor'],
  ['presentation', 'Presentatie over'],
  ['pdf', 'Advies over'],
  ['image', 'Foto van'],
  ['email', 'Vraag van een inwoner over'],
];

/** A decision with `n` documents; pass a seed for a different but repeatable set. */
export function generateDecision(n, seed = 1) {
  let x = seed;
  const random = (k) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return (x >>> 16) % k;
  };
  const inventory = [];
  let family;
  for (let i = 0; i < n; i++) {
    const [fileType, kind] = kinds[random(kinds.length)];
    const attachment = family !== undefined && fileType !== 'email' && random(3) === 0;
    const roll = random(20);
    const assessment = roll < 9 ? 'public' : roll < 15 ? 'partlyPublic' : roll < 18 ? 'notPublic' : 'alreadyPublic';
    const grounds =
      assessment === 'partlyPublic'
        ? random(3) === 0
          ? ['5.1.2e', '5.2']
          : ['5.1.2e']
        : assessment === 'notPublic'
          ? random(2) === 0
            ? ['5.1.2f']
            : ['5.1.1c', '5.1.2i']
          : [];
    const id = String(10001 + i);
    if (fileType === 'email') family = id;
    const item = {
      id,
      matter: 'WOO-2025-0042',
      name: `${kind} ${subjects[random(subjects.length)]}`,
      fileType,
      date: `${2022 + random(3)}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`,
      assessment,
      grounds,
    };
    if (fileType === 'email' || attachment) item.familyId = family;
    if (fileType === 'email') item.threadId = String(900 + random(40));
    if (assessment === 'alreadyPublic') item.publicLink = `https://www.example.org/raadsinformatie/${id}.pdf`;
    if (assessment === 'partlyPublic' && random(4) === 0) item.explanation = 'Namen en telefoonnummers zijn weggelakt.';
    if (random(200) === 0 && assessment !== 'notPublic') item.suspended = true;
    inventory.push(item);
  }
  return {
    requestId: 'WOO-2025-0042',
    title: 'Documenten over de fietsbrug over de Vecht',
    organisation: 'Gemeente Voorbeeld',
    decidedOn: '2025-04-30',
    outcome: 'partlyDisclosed',
    summary:
      'U krijgt de meeste documenten over de fietsbrug. Namen van inwoners en medewerkers hebben we ' +
      'weggelakt. Offertes van aannemers blijven dicht.',
    weighings: [
      {
        ground: '5.1.2e',
        weighing:
          'Inwoners en medewerkers hebben recht op privacy. Hun namen en telefoonnummers voegen niets toe aan ' +
          'wat u wilt weten.',
      },
      {
        ground: '5.1.2f',
        weighing:
          'De prijzen in de offertes zijn nog in gebruik. Concurrenten kunnen daar hun voordeel mee doen. Dat ' +
          'weegt zwaarder dan openheid.',
      },
      {
        ground: '5.1.2i',
        weighing:
          'Het overleg met de provincie loopt nog. Als de stukken nu openbaar worden, kan dat overleg niet ' +
          'goed verder.',
      },
      {
        ground: '5.2',
        weighing:
          'Medewerkers moeten intern vrij kunnen overleggen. De feiten maken we wel openbaar, persoonlijke ' +
          'meningen niet.',
      },
    ],
    inventory,
    letterUrl: 'https://www.example.org/woo/besluit-woo-2025-0042.pdf',
    contact: { name: 'Openbaarheidscentrum Gemeente Voorbeeld', email: 'woo@example.org', phone: '14 030' },
  };
}
