/**
 * The trained linear model as plain data, its encoder and its decoder. The generated module
 * `generated/model.ts` holds one `ModelData` object: no code, no `eval`, so it loads under a strict
 * Content-Security-Policy and in any bundler. Weights are quantised to 8 bits and stored only for
 * hash buckets that have any weight, and within a bucket only for the classes with a weight (most are zero after
 * pruning), as base64 text.
 */

/** The serialised model, as the training script writes it. */
export interface ModelData {
  /** Version of this format and training run, e.g. `2025-03-14.1`. */
  readonly version: string;
  /** Number of hash bits of the features (see `FEATURE_BITS`). */
  readonly bits: number;
  /** TOOI category codes, in the order of the weight columns. */
  readonly classes: readonly string[];
  /** Multiply a stored 8-bit weight by this to get the real weight. */
  readonly scale: number;
  /** Bias per class (already real numbers). */
  readonly bias: readonly number[];
  /** Number of stored buckets. */
  readonly rows: number;
  /**
   * How `data` is laid out. `2` (written by the training script since December 2026): the sparse layout of
   * `encodeModelRows`. Absent: the dense layout of earlier versions, still read.
   */
  readonly format?: 2;
  /**
   * Base64 of: `rows` bucket numbers as LEB128 deltas; then, in format 2, per row a bit mask of the classes that
   * have a weight (`ceil(classes / 8)` bytes, class 0 in the lowest bit of the first byte) followed by those
   * weights as signed bytes, all masks first and then all weights; without a format, `rows × classes` signed bytes.
   */
  readonly data: string;
}

/** A decoded model, ready for fast lookups. */
export interface Model {
  readonly version: string;
  readonly bits: number;
  readonly classes: readonly string[];
  readonly scale: number;
  readonly bias: Float64Array;
  /** Row of each bucket in `weights` (times the class count), or -1 when the bucket has no weights. */
  readonly index: Int32Array;
  readonly weights: Int8Array;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Decodes base64 in plain JavaScript, the same everywhere. `decodeModel` uses the engine's own decoder where there is
 * one (`Uint8Array.fromBase64` in newer browsers, `Buffer` in Node): it gives the same bytes for the model's data and
 * is several times faster on a first call, before the engine has optimised this loop.
 */
export function decodeBase64(text: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let o = 0;
  for (let i = 0; i < end; i += 4) {
    const a = lookup[text.charCodeAt(i)]!;
    const b = lookup[text.charCodeAt(i + 1)]!;
    const c = i + 2 < end ? lookup[text.charCodeAt(i + 2)]! : 0;
    const d = i + 3 < end ? lookup[text.charCodeAt(i + 3)]! : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

interface NativeBase64 {
  readonly Uint8Array: { fromBase64?: (text: string) => Uint8Array };
  readonly Buffer?: { from(text: string, encoding: 'base64'): Uint8Array };
}

/** Base64 to bytes with the engine's own decoder when it has one, else `decodeBase64`. */
export function base64Bytes(text: string): Uint8Array {
  const native = globalThis as unknown as NativeBase64;
  if (typeof native.Uint8Array.fromBase64 === 'function') {
    try {
      return native.Uint8Array.fromBase64(text);
    } catch {
      throw new RangeError('model data is not base64'); // as every other fault of the data
    }
  }
  if (typeof native.Buffer?.from === 'function') return native.Buffer.from(text, 'base64');
  return decodeBase64(text);
}

/** Encodes bytes as base64 (used by the training script). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/**
 * Encodes the stored buckets (ascending) and their weights (`buckets.length × classCount` signed bytes, row by row) in
 * the layout of `ModelData` format 2. Used by the training script.
 */
export function encodeModelRows(buckets: readonly number[], weights: Int8Array, classCount: number): Uint8Array {
  if (weights.length !== buckets.length * classCount) throw new RangeError('weights do not fit the buckets');
  const deltas: number[] = [];
  let previous = 0;
  for (const bucket of buckets) {
    let delta = bucket - previous;
    if (delta < 0 || (delta === 0 && deltas.length > 0)) throw new RangeError('buckets must be ascending');
    previous = bucket;
    while (delta >= 128) {
      deltas.push((delta & 127) | 128);
      delta >>>= 7;
    }
    deltas.push(delta);
  }
  const maskBytes = (classCount + 7) >> 3;
  const masks = new Uint8Array(buckets.length * maskBytes);
  const stored: number[] = [];
  for (let row = 0; row < buckets.length; row++) {
    for (let c = 0; c < classCount; c++) {
      const w = weights[row * classCount + c]!;
      if (w === 0) continue;
      masks[row * maskBytes + (c >> 3)]! |= 1 << (c & 7);
      stored.push(w & 255);
    }
  }
  return Uint8Array.from([...deltas, ...masks, ...stored]);
}

const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/** Checks the header of serialised model data (what `decodeModel` relies on before it reads the bytes). */
function checkHeader(data: ModelData): void {
  const header = data as unknown as Partial<Record<keyof ModelData, unknown>> | null;
  if (typeof header !== 'object' || header === null) throw new RangeError('model data is not an object');
  if (header.format !== undefined && header.format !== 2)
    throw new RangeError(`model format ${JSON.stringify(header.format)} is not known (format 2 or none is read)`);
  if (typeof header.data !== 'string') throw new RangeError('model data has no base64 text in `data`');
  if (!Array.isArray(header.classes) || !header.classes.every((c) => typeof c === 'string'))
    throw new RangeError('model classes are not a list of category codes');
  if (!isCount(header.bits, 24) || header.bits === 0) throw new RangeError('model bits are not a number from 1 to 24');
  if (!isCount(header.rows, 1 << header.bits)) throw new RangeError('model rows do not fit its bits');
  if (typeof header.scale !== 'number' || !Number.isFinite(header.scale))
    throw new RangeError('model scale is no number');
  if (
    !Array.isArray(header.bias) ||
    header.bias.length !== header.classes.length ||
    !header.bias.every((b) => typeof b === 'number' && Number.isFinite(b))
  )
    throw new RangeError('model bias is not one number per class');
}

/**
 * Turns the serialised model into lookup tables. Throws `RangeError` on data that does not fit its header, a header
 * that is not one, or a format it does not know.
 */
export function decodeModel(data: ModelData): Model {
  checkHeader(data);
  const bytes = base64Bytes(data.data);
  const classCount = data.classes.length;
  const index = new Int32Array(1 << data.bits).fill(-1);
  let offset = 0;
  let bucket = 0;
  for (let row = 0; row < data.rows; row++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[offset++];
      if (byte === undefined) throw new RangeError('model data ends early');
      delta |= (byte & 127) << shift;
      if (byte < 128) break;
      shift += 7;
    }
    bucket += delta;
    if (bucket >= index.length) throw new RangeError('model bucket out of range');
    index[bucket] = row * classCount;
  }
  return {
    version: data.version,
    bits: data.bits,
    classes: data.classes,
    scale: data.scale,
    bias: Float64Array.from(data.bias),
    index,
    weights:
      data.format === 2 ? sparseWeights(bytes, offset, data.rows, classCount) : denseWeights(bytes, offset, data),
  };
}

/** Format 2: the masks, then only the weights they mark, spread out into full rows. */
function sparseWeights(bytes: Uint8Array, offset: number, rows: number, classCount: number): Int8Array {
  const maskBytes = (classCount + 7) >> 3;
  let next = offset + rows * maskBytes;
  if (next > bytes.length) throw new RangeError('model data ends early');
  const weights = new Int8Array(rows * classCount);
  // Visits only the set bits (a fifth of them, after pruning): this runs once, mostly before the engine has
  // optimised it, so fewer steps is what makes it fast.
  for (let row = 0, mask = offset; row < rows; row++) {
    for (let m = 0, base = row * classCount; m < maskBytes; m++, mask++, base += 8) {
      let bits = bytes[mask]!;
      if (m === maskBytes - 1 && bits >> (classCount - 8 * m) !== 0) throw new RangeError('model mask names no class');
      while (bits !== 0) {
        const low = bits & -bits;
        if (next >= bytes.length) throw new RangeError('model weights have the wrong length');
        weights[base + 31 - Math.clz32(low)] = bytes[next++]!; // a byte; Int8Array reads it back signed
        bits ^= low;
      }
    }
  }
  if (next !== bytes.length) throw new RangeError('model weights have the wrong length');
  return weights;
}

/** No format: every weight of every row. */
function denseWeights(bytes: Uint8Array, offset: number, data: ModelData): Int8Array {
  const length = data.rows * data.classes.length;
  if (bytes.length - offset !== length) throw new RangeError('model weights have the wrong length');
  return new Int8Array(bytes.buffer, bytes.byteOffset + offset, length);
}
