// Realistic made-up publications for the benchmark: Dutch titles with accents, every category that
// applies to a municipality, a handful of document types and organisations, dates over ten years.
const subjects = [
  'de fietsbrug over de Vecht', 'het Stationsplein', 'de herinrichting van de Oudegracht', 'het zwembad De Krommerijn',
  'de milieuzone', 'het afvalbeleid', 'de begroting', 'het parkeerbeleid', 'de woningbouw in Leidsche Rijn',
  'de café-terrassen', 'het coalitieakkoord', 'de zonnepanelen op scholen', 'de jeugdzorg', 'het nieuwe stadskantoor',
  'de subsidie voor het theater', 'de bomenkap in het Wilhelminapark', 'de evenementenvergunning voor Koningsdag',
  'de geluidsoverlast bij het Jaarbeursplein', 'de energietransitie', 'het ijsbaanproject', 'de reïntegratie van werkzoekenden',
];
const kinds = ['Besluit over', 'Advies over', 'Raadsvoorstel over', 'Brief aan de raad over', 'Verslag van het overleg over', 'Onderzoeksrapport over', 'Convenant over', 'Klachtoordeel over'];
const categories = ['c_139c6280', 'c_aab6bfc7', 'c_759721e2', 'c_40a05794', 'c_89ee6784', 'c_8c840238', 'c_db4862c3', 'c_3a248e3a', 'c_99a836c7', 'c_8fc2335c', 'c_c6cd1213', 'c_3baef532', 'c_fdaee95e', 'c_46a81018', 'c_a870c43d', 'c_816e508d'];
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
