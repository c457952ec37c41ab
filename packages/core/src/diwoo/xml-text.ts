/**
 * Writing text into XML 1.0 safely. Internal, except `replaceNonXmlCharacters`, which is public so
 * a caller can predict exactly what a round trip through a sitemap gives back.
 */

/**
 * Everything XML 1.0 cannot carry, not even as a character reference (XML 1.0 §2.2, production
 * `Char`): the C0 control characters other than tab, line feed and carriage return, lone UTF-16
 * surrogates, U+FFFE and U+FFFF. With the `u` flag a lone surrogate is one code point, so it matches.
 */
const NON_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const NON_XML_CHARACTER_ONCE = /* @__PURE__ */ new RegExp(NON_XML_CHARACTER.source, 'u');

/** The character written in place of one XML cannot carry: U+FFFD REPLACEMENT CHARACTER. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Replaces every character XML 1.0 cannot carry by U+FFFD (�). What the DiWoo writer does to
 * every text before writing it, so `fromDiwooSitemap(toDiwooSitemap([p]))` gives back `p` with this
 * function applied to its texts. Characters are replaced, not removed, so a required text never
 * becomes empty and a reader can see that something was there.
 */
export function replaceNonXmlCharacters(text: string): string {
  return text.replace(NON_XML_CHARACTER, REPLACEMENT_CHARACTER);
}

/** True when `text` holds a character XML 1.0 cannot carry. */
export function hasNonXmlCharacters(text: string): boolean {
  return NON_XML_CHARACTER_ONCE.test(text);
}

/**
 * `& < > " '` as entity references; CR as a character reference, because a parser turns a literal CR (and CR LF) into
 * LF (XML 1.0 §2.11).
 */
function escapeSpecial(text: string): string {
  // One native replace per character is much faster than one callback per match on long texts.
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

const TEXT_SPECIAL = /[&<>"'\r]/;
const ATTRIBUTE_SPECIAL = /[&<>"'\r\t\n]/;

/** Element content: characters XML cannot carry replaced, then `& < > " '` and CR escaped. */
export function escapeText(text: string): string {
  const safe = hasNonXmlCharacters(text) ? replaceNonXmlCharacters(text) : text;
  return TEXT_SPECIAL.test(safe) ? escapeSpecial(safe) : safe;
}

/**
 * An attribute value (for double quotes): as `escapeText`, plus tab and line feed as references,
 * because a parser turns literal ones into spaces (XML 1.0 §3.3.3).
 */
export function escapeAttribute(text: string): string {
  const safe = hasNonXmlCharacters(text) ? replaceNonXmlCharacters(text) : text;
  return ATTRIBUTE_SPECIAL.test(safe) ? escapeSpecial(safe).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;') : safe;
}

/** Number of bytes `text` takes in UTF-8 (a lone surrogate counts as U+FFFD: 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
