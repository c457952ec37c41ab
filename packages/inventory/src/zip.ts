/**
 * Reads named entries of a zip archive (an XLSX file) with a byte budget. The central directory is
 * read here; deflated data is unpacked with fflate's streaming inflater in slices, and unpacking
 * stops as soon as the budget is spent, whatever sizes the archive claims. fflate loads on demand.
 */
import { InventoryFileError } from './errors.js';
import { megabytes } from './limits.js';

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly packedSize: number;
  readonly unpackedSize: number;
  readonly localOffset: number;
}

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

const unreadable = (en: string, nl: string): InventoryFileError =>
  new InventoryFileError('inventory-unreadable', {
    nl: `Dit XLSX-bestand kunnen we niet lezen: ${nl}`,
    en: `This XLSX file cannot be read: ${en}`,
  });

/** True when the bytes start like a zip archive (`PK\x03\x04`). */
export const looksLikeZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function entries(bytes: Uint8Array): Map<string, Entry> {
  // End of central directory: signature 0x06054b50, within the last 64 kB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65_557; i -= 1) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable('no zip directory found.', 'geen zip-inhoudsopgave gevonden.');
  const count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw unreadable('ZIP64 archives are not supported.', 'ZIP64-archieven worden niet ondersteund.');
  const decoder = new TextDecoder();
  const found = new Map<string, Entry>();
  for (let n = 0; n < count; n += 1) {
    if (u32(bytes, offset) !== 0x02014b50)
      throw unreadable('the zip directory is damaged.', 'de zip-inhoudsopgave is beschadigd.');
    const nameLength = u16(bytes, offset + 28);
    const entry: Entry = {
      method: u16(bytes, offset + 10),
      packedSize: u32(bytes, offset + 20),
      unpackedSize: u32(bytes, offset + 24),
      localOffset: u32(bytes, offset + 42),
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    };
    found.set(entry.name.replace(/^\/+/, ''), entry);
    offset += 46 + nameLength + u16(bytes, offset + 30) + u16(bytes, offset + 32);
  }
  return found;
}

/** A zip archive opened for reading with a shared budget of unpacked bytes. */
export class ZipReader {
  readonly #bytes: Uint8Array;
  readonly #entries: Map<string, Entry>;
  #budget: number;
  readonly #limit: number;

  constructor(bytes: Uint8Array, maxUnpackedBytes: number) {
    this.#bytes = bytes;
    this.#entries = entries(bytes);
    this.#budget = maxUnpackedBytes;
    this.#limit = maxUnpackedBytes;
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  #tooLarge(): InventoryFileError {
    return new InventoryFileError('inventory-unpacked-too-large', {
      nl:
        `Uitgepakt is dit XLSX-bestand groter dan ${megabytes(this.#limit)}. Is het een zip-bom? Anders: ` +
        `verhoog de limiet maxUnpackedBytes.`,
      en:
        `Unpacked, this XLSX file is larger than ${megabytes(this.#limit)}. Is it a zip bomb? If not, raise the ` +
        `maxUnpackedBytes limit.`,
    });
  }

  /** The entry's text (UTF-8), or undefined when the archive has no such entry. */
  async text(name: string): Promise<string | undefined> {
    const entry = this.#entries.get(name);
    if (entry === undefined) return undefined;
    if (entry.unpackedSize > this.#budget) throw this.#tooLarge();
    const local = entry.localOffset;
    if (u32(this.#bytes, local) !== 0x04034b50)
      throw unreadable(`the part ${name} is damaged.`, `het onderdeel ${name} is beschadigd.`);
    const start = local + 30 + u16(this.#bytes, local + 26) + u16(this.#bytes, local + 28);
    const packed = this.#bytes.subarray(start, start + entry.packedSize);
    let unpacked: Uint8Array;
    if (entry.method === 0) {
      unpacked = packed;
    } else if (entry.method === 8) {
      unpacked = await this.#inflate(packed);
    } else {
      throw unreadable(
        `the part ${name} uses an unknown compression method.`,
        `het onderdeel ${name} is op een onbekende manier ingepakt.`,
      );
    }
    if (unpacked.length > this.#budget) throw this.#tooLarge();
    this.#budget -= unpacked.length;
    return new TextDecoder().decode(unpacked);
  }

  async #inflate(packed: Uint8Array): Promise<Uint8Array> {
    // Loaded on demand: a page that never reads an XLSX file never loads fflate.
    const { Inflate } = await import('fflate');
    const chunks: Uint8Array[] = [];
    let total = 0;
    let over = false;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > this.#budget) over = true;
      else chunks.push(chunk);
    });
    const slice = 16 * 1024; // at most ~16 MB of output per slice, even at deflate's maximum ratio
    try {
      for (let at = 0; at < packed.length && !over; at += slice) {
        inflater.push(packed.subarray(at, at + slice), at + slice >= packed.length);
      }
    } catch {
      throw unreadable('a part is damaged.', 'een onderdeel is beschadigd.');
    }
    if (over) throw this.#tooLarge();
    const out = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
