/**
 * A small, safe, namespace-aware XML 1.0 reader: enough for sitemaps from any producer, without a
 * DOM (core runs in browsers, workers and Node alike). Internal.
 *
 * Safe by design:
 * - A document type declaration (`<!DOCTYPE`) or entity declaration (`<!ENTITY`) is refused, so no
 *   external entity is ever fetched (XXE) and no entity can expand exponentially ("billion laughs").
 *   Only the five predefined entities and character references are read (XML 1.0 §4.1, §4.6).
 * - No recursion: nesting deeper than `maxDepth` is refused with a typed error, never a stack overflow.
 * - Linear time: scanning uses `indexOf` and simple loops, no backtracking regular expressions.
 *
 * Reads: the XML declaration and other processing instructions (skipped), comments (skipped), CDATA
 * sections, character and predefined entity references, namespace prefixes (XML Namespaces 1.0),
 * CR LF line ends (normalised to LF, XML 1.0 §2.11) and a byte-order mark.
 */
import type { LocalizedText } from '../errors.js';
import { XmlSyntaxError } from './errors.js';

/** One element. `text` joins the character data directly inside it (text and CDATA). */
export interface XmlElement {
  /** Namespace URI, `''` for none. */
  readonly namespace: string;
  readonly localName: string;
  /** Attributes without a namespace by local name; others as `{namespace}localName`. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  readonly text: string;
  /** Line of the start tag (1-based). */
  readonly line: number;
}

/** Options of `parseXml`. */
export interface XmlParseOptions {
  /** Deepest nesting of elements accepted; default 64 (a DiWoo sitemap needs 7). */
  readonly maxDepth?: number;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
/** XML 1.0 §2.2 `Char`, negated: what may not appear anywhere in a document. */
const NOT_A_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** A name (XML 1.0 §2.3), loosely: no spaces or markup characters, not starting with a digit, `-` or `.`. */
const NAME = /^[^\s<>/=!?"'&;\d.-][^\s<>/=!?"'&;]*$/;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

interface OpenElement {
  readonly namespace: string;
  readonly localName: string;
  readonly qName: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
  readonly scope: ReadonlyMap<string, string>;
}

function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** Namespace and local name of a prefixed name (XML Namespaces 1.0 §4), or undefined for an undeclared prefix. */
function resolveName(
  scope: ReadonlyMap<string, string>,
  name: string,
  isAttribute: boolean,
): [string, string] | undefined {
  const colon = name.indexOf(':');
  // An unprefixed attribute has no namespace; an unprefixed element takes the default one.
  if (colon === -1) return [isAttribute ? '' : (scope.get('') ?? ''), name];
  const local = name.slice(colon + 1);
  const namespace = scope.get(name.slice(0, colon));
  if (namespace === undefined || local === '' || local.includes(':')) return undefined;
  return [namespace, local];
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
/** Ends a name in a tag: space, `>`, `/`, `=`. */
const endsName = (c: number): boolean => isSpace(c) || c === 0x3e || c === 0x2f || c === 0x3d || Number.isNaN(c);

/**
 * Parses an XML document into its root element. Throws `XmlSyntaxError` when the text is not
 * well-formed XML 1.0, has a DOCTYPE or entity declaration, or nests deeper than `maxDepth`.
 */
export function parseXml(input: string, options: XmlParseOptions = {}): XmlElement {
  const maxDepth = options.maxDepth ?? 64;
  let xml = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  xml = xml.includes('\r') ? xml.replace(/\r\n?/g, '\n') : xml;
  const n = xml.length;

  // Line numbers: positions only grow while parsing, so a moving cursor keeps this linear.
  let lineCursor = 0;
  let lineCount = 1;
  const lineAt = (pos: number): number => {
    if (pos < lineCursor) {
      lineCursor = 0;
      lineCount = 1;
    }
    for (; lineCursor < pos && lineCursor < n; lineCursor++) if (xml.charCodeAt(lineCursor) === 10) lineCount++;
    return lineCount;
  };
  const fail = (pos: number, message: LocalizedText, code = 'xml-not-well-formed'): never => {
    const line = lineAt(pos);
    const lineStart = xml.lastIndexOf('\n', pos - 1) + 1;
    throw new XmlSyntaxError(code, message, line, pos - lineStart + 1);
  };
  const notWellFormed = (pos: number, nl: string, en: string): never =>
    fail(pos, { nl: `Dit is geen geldige XML: ${nl}.`, en: `This is not well-formed XML: ${en}.` });

  const bad = NOT_A_CHARACTER.exec(xml);
  if (bad !== null) {
    const code = bad[0].codePointAt(0) ?? 0;
    notWellFormed(
      bad.index,
      `het teken U+${code.toString(16).toUpperCase().padStart(4, '0')} mag niet in XML staan`,
      `the character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`,
    );
  }

  /** Resolves entity and character references in `raw` (text starting at `pos`). */
  const decode = (raw: string, pos: number, inAttribute: boolean): string => {
    let value = raw;
    if (inAttribute) {
      // Attribute-value normalisation (XML 1.0 §3.3.3): literal white space becomes a space.
      value = value.replace(/[\t\n]/g, ' ');
      if (value.includes('<'))
        notWellFormed(pos + value.indexOf('<'), 'een < in een attribuutwaarde', 'a < in an attribute value');
    }
    if (!value.includes('&')) return value;
    const parts: string[] = [];
    let from = 0;
    for (let amp = value.indexOf('&'); amp !== -1; amp = value.indexOf('&', from)) {
      parts.push(value.slice(from, amp));
      const semi = value.indexOf(';', amp + 1);
      const name = semi === -1 ? '' : value.slice(amp + 1, semi);
      if (semi === -1 || name.length === 0 || name.length > 12) {
        notWellFormed(pos + amp, 'een & die niet als &amp; is geschreven', 'an & that is not written as &amp;');
      }
      if (name.startsWith('#')) {
        const hex = name.startsWith('#x');
        const digits = name.slice(hex ? 2 : 1);
        const ok = hex ? /^[0-9A-Fa-f]+$/.test(digits) : /^[0-9]+$/.test(digits);
        const code = ok ? Number.parseInt(digits, hex ? 16 : 10) : -1;
        if (!isXmlCharacter(code)) {
          notWellFormed(
            pos + amp,
            `de tekenverwijzing &${name}; wijst niet naar een teken dat XML toestaat`,
            `the character reference &${name}; does not refer to a character XML allows`,
          );
        }
        parts.push(String.fromCodePoint(code));
      } else {
        const replacement = PREDEFINED[name];
        if (replacement === undefined) {
          notWellFormed(
            pos + amp,
            `de entiteit &${name}; is niet bekend (alleen &amp; &lt; &gt; &quot; &apos; en tekenverwijzingen)`,
            `the entity &${name}; is not known (only &amp; &lt; &gt; &quot; &apos; and character references)`,
          );
        }
        parts.push(replacement!);
      }
      from = semi + 1;
    }
    parts.push(value.slice(from));
    return parts.join('');
  };

  const refuseDoctype = (pos: number): never =>
    fail(
      pos,
      {
        nl:
          'Een DOCTYPE of ENTITY-declaratie is niet toegestaan. Zo kan een bestand geen gegevens van buiten ' +
          'ophalen of zichzelf eindeloos opblazen',
        en:
          'A DOCTYPE or ENTITY declaration is not allowed. This keeps a file from fetching outside data or ' +
          'blowing itself up',
      },
      'xml-doctype-not-allowed',
    );

  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  const rootScope: ReadonlyMap<string, string> = new Map([['xml', XML_NAMESPACE]]);
  let i = 0;

  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top === undefined) {
        for (let k = 0; k < raw.length; k++) {
          if (!isSpace(raw.charCodeAt(k)))
            notWellFormed(i + k, 'tekst buiten het hoofdelement', 'text outside the root element');
        }
      } else {
        top.text += decode(raw, i, false);
      }
    }
    if (lt === -1) break;
    i = lt;

    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) notWellFormed(i, 'een commentaar zonder -->', 'a comment without -->');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const top = stack[stack.length - 1];
      if (top === undefined)
        notWellFormed(i, 'een CDATA-blok buiten het hoofdelement', 'a CDATA section outside the root element');
      const end = xml.indexOf(']]>', i + 9);
      if (end === -1) notWellFormed(i, 'een CDATA-blok zonder ]]>', 'a CDATA section without ]]>');
      top!.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<!', i)) {
      if (xml.startsWith('<!DOCTYPE', i) || xml.startsWith('<!ENTITY', i)) refuseDoctype(i);
      notWellFormed(i, 'een onbekende <!-opdracht', 'an unknown <! construct');
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) notWellFormed(i, 'een verwerkingsinstructie zonder ?>', 'a processing instruction without ?>');
      i = end + 2;
    } else if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i + 2);
      if (end === -1) notWellFormed(i, 'een eindtag zonder >', 'an end tag without >');
      const name = xml.slice(i + 2, end).trimEnd();
      const top = stack.pop();
      if (top === undefined || top.qName !== name) {
        notWellFormed(
          i,
          `de eindtag </${name.slice(0, 40)}> past niet bij de open tag`,
          `the end tag </${name.slice(0, 40)}> does not match the open tag`,
        );
      }
      const element: XmlElement = {
        namespace: top!.namespace,
        localName: top!.localName,
        attributes: top!.attributes,
        children: top!.children,
        text: top!.text,
        line: top!.line,
      };
      const parent = stack[stack.length - 1];
      if (parent === undefined) root = element;
      else parent.children.push(element);
      i = end + 1;
    } else {
      // A start tag.
      if (root !== undefined) notWellFormed(i, 'een tweede hoofdelement', 'a second root element');
      const line = lineAt(i);
      let k = i + 1;
      while (k < n && !endsName(xml.charCodeAt(k))) k++;
      const qName = xml.slice(i + 1, k);
      if (!NAME.test(qName)) notWellFormed(i, 'een tag zonder geldige naam', 'a tag without a valid name');
      let rawAttributes: [string, string, number][] | undefined;
      let seen: Set<string> | undefined;
      let selfClosing = false;
      for (;;) {
        const before = k;
        while (k < n && isSpace(xml.charCodeAt(k))) k++;
        if (k >= n)
          notWellFormed(
            i,
            `de tag <${qName.slice(0, 40)}> is niet afgesloten`,
            `the tag <${qName.slice(0, 40)}> is not closed`,
          );
        const c = xml.charCodeAt(k);
        if (c === 0x3e) {
          k++;
          break;
        } // >
        if (c === 0x2f && xml.charCodeAt(k + 1) === 0x3e) {
          k += 2;
          selfClosing = true;
          break;
        } // />
        if (k === before) notWellFormed(k, 'geen spatie voor een attribuut', 'no space before an attribute');
        const nameStart = k;
        while (k < n && !endsName(xml.charCodeAt(k))) k++;
        const attrName = xml.slice(nameStart, k);
        if (!NAME.test(attrName))
          notWellFormed(nameStart, 'een attribuut zonder geldige naam', 'an attribute without a valid name');
        while (k < n && isSpace(xml.charCodeAt(k))) k++;
        if (xml.charCodeAt(k) !== 0x3d)
          notWellFormed(
            k,
            `het attribuut ${attrName.slice(0, 40)} heeft geen =`,
            `the attribute ${attrName.slice(0, 40)} has no =`,
          );
        k++;
        while (k < n && isSpace(xml.charCodeAt(k))) k++;
        const quote = xml[k];
        if (quote !== '"' && quote !== "'")
          notWellFormed(k, 'een attribuutwaarde zonder aanhalingstekens', 'an attribute value without quotes');
        const close = xml.indexOf(quote!, k + 1);
        if (close === -1)
          notWellFormed(
            k,
            'een attribuutwaarde zonder sluitend aanhalingsteken',
            'an attribute value without a closing quote',
          );
        rawAttributes ??= [];
        seen ??= new Set();
        if (seen.has(attrName))
          notWellFormed(
            nameStart,
            `het attribuut ${attrName.slice(0, 40)} staat er twee keer`,
            `the attribute ${attrName.slice(0, 40)} appears twice`,
          );
        seen.add(attrName);
        rawAttributes.push([attrName, decode(xml.slice(k + 1, close), k + 1, true), nameStart]);
        k = close + 1;
      }

      // Namespace declarations first (XML Namespaces 1.0 §3), then resolve the names.
      const parent = stack[stack.length - 1];
      const inherited = parent?.scope ?? rootScope;
      let scope = inherited;
      for (const [name, value, pos] of rawAttributes ?? []) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          const prefix = name === 'xmlns' ? '' : name.slice(6);
          if (prefix !== '' && value === '')
            notWellFormed(
              pos,
              `het voorvoegsel ${prefix.slice(0, 40)} krijgt een lege naamruimte`,
              `the prefix ${prefix.slice(0, 40)} is bound to an empty namespace`,
            );
          if (scope === inherited) scope = new Map(inherited);
          (scope as Map<string, string>).set(prefix, value);
        }
      }
      const elementName = resolveName(scope, qName, false);
      if (elementName === undefined)
        notWellFormed(
          i,
          `het voorvoegsel van <${qName.slice(0, 40)}> is niet gedeclareerd`,
          `the prefix of <${qName.slice(0, 40)}> is not declared`,
        );
      const [namespace, localName] = elementName!;
      let attributes: ReadonlyMap<string, string> = NO_ATTRIBUTES;
      if (rawAttributes !== undefined) {
        const resolved = new Map<string, string>();
        for (const [name, value, pos] of rawAttributes) {
          let key: string;
          if (name === 'xmlns' || name.startsWith('xmlns:')) {
            key = `{${XMLNS_NAMESPACE}}${name === 'xmlns' ? 'xmlns' : name.slice(6)}`;
          } else {
            const attributeName = resolveName(scope, name, true);
            if (attributeName === undefined)
              notWellFormed(
                pos,
                `het voorvoegsel van het attribuut ${name.slice(0, 40)} is niet gedeclareerd`,
                `the prefix of the attribute ${name.slice(0, 40)} is not declared`,
              );
            const [attributeNamespace, attributeLocal] = attributeName!;
            key = attributeNamespace === '' ? attributeLocal : `{${attributeNamespace}}${attributeLocal}`;
          }
          if (resolved.has(key))
            notWellFormed(
              pos,
              `het attribuut ${name.slice(0, 40)} staat er twee keer`,
              `the attribute ${name.slice(0, 40)} appears twice`,
            );
          resolved.set(key, value);
        }
        attributes = resolved;
      }

      if (stack.length >= maxDepth) {
        fail(
          i,
          {
            nl: `De XML is te diep genest: meer dan ${maxDepth} niveaus`,
            en: `The XML is nested too deeply: more than ${maxDepth} levels`,
          },
          'xml-too-deep',
        );
      }
      if (selfClosing) {
        const element: XmlElement = { namespace, localName, attributes, children: [], text: '', line };
        if (parent === undefined) root = element;
        else parent.children.push(element);
      } else {
        stack.push({ namespace, localName, qName, attributes, children: [], text: '', line, scope });
      }
      i = k;
    }
  }
  const open = stack[stack.length - 1];
  if (open !== undefined)
    notWellFormed(
      n,
      `de tag <${open.qName.slice(0, 40)}> wordt niet gesloten`,
      `the tag <${open.qName.slice(0, 40)}> is never closed`,
    );
  if (root === undefined) notWellFormed(n, 'er staat geen element in', 'there is no element');
  return root!;
}
