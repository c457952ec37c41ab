/** Just enough XML for SpreadsheetML parts: attributes and text with entities decoded. Internal. */

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities and OOXML's `_xHHHH_` escapes (used for control characters). */
export function decodeXmlText(text: string): string {
  let out =
    text.indexOf('&') < 0
      ? text
      : text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
          if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16)) ?? whole;
          if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10)) ?? whole;
          return entities[name] ?? whole;
        });
  if (out.indexOf('_x') >= 0)
    out = out.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out;
}

function safeCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

// One pattern per attribute name, made once: a sheet asks for `r` and `t` of every cell.
const attributePatterns = new Map<string, RegExp>();

/** The value of one attribute in a start tag's attribute text, decoded; undefined when absent. */
export function attribute(attributes: string, name: string): string | undefined {
  let re = attributePatterns.get(name);
  if (re === undefined)
    attributePatterns.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = re.exec(attributes);
  if (match === null) return undefined;
  const value = match[1] ?? match[2] ?? '';
  return value.indexOf('&') < 0 && value.indexOf('_x') < 0 ? value : decodeXmlText(value);
}

/** The text of every `<t>` element in a fragment (rich text runs joined), skipping phonetic runs. */
export function textOf(fragment: string): string {
  const withoutPhonetic = fragment.indexOf('<rPh') >= 0 ? fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : fragment;
  let out = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  for (let m = re.exec(withoutPhonetic); m !== null; m = re.exec(withoutPhonetic)) out += m[1] ?? '';
  return decodeXmlText(out);
}
