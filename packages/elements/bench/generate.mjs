// Realistic made-up publications for the benchmark: Dutch titles with accents, every category that
// applies to a municipality, a handful of document types and organisations, dates over ten years.
const subjects = [
  'de fietsbrug over de Vecht',
  'het Stationsplein',
  'de herinrichting van de Oudegracht',
  'het zwembad De Krommerijn',
  'de milieuzone',
  'het afvalbeleid',
  'de begroting',
  'het parkeerbeleid',
  'de woningbouw in Leidsche Rijn',
  'de café-terrassen',
  'het coalitieakkoord',
  'de zonnepanelen op scholen',
  'de jeugdzorg',
  'het nieuwe stadskantoor',
  'de subsidie voor het theater',
  'de bomenkap in het Wilhelminapark',
  'de evenementenvergunning voor Koningsdag',
  'de geluidsoverlast bij het Jaarbeursplein',
  'de energietransitie',
  'het ijsbaanproject',
  'de reïntegratie van werkzoekenden',
];
const kinds = [
  'Besluit over',
  'Advies over',
  'Raadsvoorstel over',
  'Brief aan de raad over',
  'Verslag van het overleg over',
  'Onderzoeksrapport over',
  'Convenant over',
  'Klachtoordeel over',
];
const categories = [
  'c_139c6280',
  'c_aab6bfc7',
  'c_759721e2',
  'c_40a05794',
  'c_89ee6784',
  'c_8c840238',
  'c_db4862c3',
  'c_3a248e3a',
  'c_99a836c7',
  'c_8fc2335c',
  'c_c6cd1213',
  'c_3baef532',
  'c_fdaee95e',
  'c_46a81018',
  'c_a870c43d',
  'c_816e508d',
];
const types = ['c_386e74cb', 'c_4f50ca9c', 'c_d506b718', 'c_465163c9', 'c_7652d853', 'c_6f49bf34', 'c_42e406dd'];
const publishers = [
  { name: 'gemeente Utrecht', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0344' },
  { name: 'gemeente Amsterdam', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363' },
  { name: 'gemeente Zwolle', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0193' },
];

/** `n` valid publications; pass a seed for a different but repeatable set. */
export function generatePublications(n, seed = 1) {
  let x = seed;
  const random = (k) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return (x >>> 16) % k; // the high bits: the low bits of this generator repeat quickly
  };
  return Array.from({ length: n }, (_, i) => {
    const subject = subjects[random(subjects.length)];
    const kind = kinds[random(kinds.length)];
    const year = 2016 + random(10);
    const month = String(1 + random(12)).padStart(2, '0');
    const day = String(1 + random(28)).padStart(2, '0');
    const date = `${year}-${month}-${day}`;
    return {
      id: `pub-${seed}-${i}`,
      url: `https://www.example.nl/woo/${i}.pdf`,
      officialTitle: `${kind} ${subject} (${i})`,
      description: `${kind} ${subject}. Nummer ${i} uit ${year}, met de stukken die erbij horen en een samenvatting.`,
      informationCategories: [categories[random(categories.length)]],
      documentType: types[random(types.length)],
      publisher: publishers[random(publishers.length)],
      creationDate: date,
      documentActions: [{ soortHandeling: 'c_e1ec050e', atTime: `${date}T10:00:00+01:00` }],
      language: 'NLD',
      format: 'PDF',
    };
  });
}

/**
 * `n` valid Woo requests received over the two years before 2025-12-31, with realistic events: some
 * clarified, some with a zienswijze, some postponed, most decided (a quarter late), some still open.
 */
export function generateRequests(n, seed = 1) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const day = (base, add) => new Date(Date.UTC(2024, 0, 1) + (base + add) * 86_400_000).toISOString().slice(0, 10);
  const outcomes = ['disclosed', 'partlyDisclosed', 'refused', 'notHeld', 'alreadyPublic'];
  const list = [];
  for (let i = 0; i < n; i++) {
    const received = Math.floor(next() * 700);
    const events = [];
    let at = received;
    if (next() < 0.2) {
      events.push({ type: 'clarificationAsked', on: day(at, 3) }, { type: 'clarificationAnswered', on: day(at, 10) });
      at += 10;
    }
    if (next() < 0.3) {
      events.push({ type: 'postponed', on: day(received, 25) });
      at = Math.max(at, received + 25);
    }
    if (next() < 0.9) {
      const outcome = outcomes[Math.floor(next() * outcomes.length)];
      events.push({
        type: 'decided',
        on: day(at, 5 + Math.floor(next() * 50)),
        outcome,
        ...(outcome === 'partlyDisclosed' || outcome === 'refused' ? { grounds: ['5.1.2e'] } : {}),
      });
    }
    list.push({ id: `WOO-${i}`, receivedOn: day(received, 0), channel: 'webForm', subject: `Verzoek ${i}`, events });
  }
  return list;
}
