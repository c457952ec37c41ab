// Reads the TOOI value lists that the official DiWoo value-list XSD embeds.
// Plain Node, no dependencies: the XSD has a fixed, generated shape (xs:simpleType with an @id that
// names the TOOI list, xs:enumeration values with dita:p paragraphs for label and definition).

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`unknown XML entity ${whole}`);
    return value;
  });
}

function paragraphs(xml) {
  return [...xml.matchAll(/<dita:p\b[^>]*>([\s\S]*?)<\/dita:p>/g)].map((m) =>
    decodeXml(m[1].replace(/\s+/g, ' ').trim()),
  );
}

/**
 * All value lists in the XSD, keyed by TOOI list id (e.g. `scw_woo_informatiecategorieen`).
 * Each list: { id, typeName, uri, version, publishedOn, description, members: [{ uri, label, definition?,
 * legalReference? }] }.
 */
export function parseTooiLists(xsd) {
  const lists = new Map();
  const typeRe = /<xs:simpleType\s+name="([^"]+)"\s+id="([^"]+)"\s*>([\s\S]*?)<\/xs:simpleType>/g;
  for (const [, typeName, id, body] of xsd.matchAll(typeRe)) {
    const head = body.slice(0, body.indexOf('<xs:restriction'));
    const info = paragraphs(head);
    const setUri = info.find((p) => p.startsWith('https://identifier.overheid.nl/tooi/set/'));
    if (setUri === undefined) throw new Error(`list ${id}: no TOOI set URI`);
    const version = Number(setUri.slice(setUri.lastIndexOf('/') + 1));
    const published = info.map((p) => /^publicatiedatum: (\d{4}-\d{2}-\d{2})$/.exec(p)).find(Boolean);
    const description = info.find((p) => p !== setUri && !p.startsWith('publicatiedatum:') && !/^versie \d+:/.test(p));
    const members = [];
    for (const [, value, doc] of body.matchAll(/<xs:enumeration\s+value="([^"]+)"\s*>([\s\S]*?)<\/xs:enumeration>/g)) {
      const ps = paragraphs(doc);
      const label = ps[0];
      if (label === undefined || label === '') throw new Error(`list ${id}: ${value} has no label`);
      const member = { uri: decodeXml(value), label };
      for (const p of ps.slice(1)) {
        if (p.startsWith('jci1.')) {
          if (member.legalReference !== undefined) throw new Error(`list ${id}: ${value} has two legal references`);
          member.legalReference = p;
        } else {
          if (member.definition !== undefined)
            throw new Error(`list ${id}: ${value} has an unexpected extra paragraph: ${p}`);
          member.definition = p;
        }
      }
      members.push(member);
    }
    lists.set(id, {
      id,
      typeName,
      uri: setUri,
      version,
      publishedOn: published ? published[1] : null,
      description: description ?? null,
      members,
    });
  }
  return lists;
}
