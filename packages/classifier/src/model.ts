/**
 * The trained linear model as plain data, and its decoder. The generated module
 * `generated/model.ts` holds one `ModelData` object: no code, no `eval`, so it loads under a strict
 * Content-Security-Policy and in any bundler. Weights are quantised to 8 bits and stored only for
 * hash buckets that have any weight, as base64 text.
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
  /** Base64 of: `rows` bucket numbers as LEB128 deltas, then `rows × classes` signed bytes. */
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

/** Decodes base64 without `atob` or `Buffer`, so it runs the same everywhere. */
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

/** Turns the serialised model into lookup tables. Throws on data that does not fit its header. */
export function decodeModel(data: ModelData): Model {
  const bytes = decodeBase64(data.data);
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
  if (bytes.length - offset !== data.rows * classCount) throw new RangeError('model weights have the wrong length');
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + offset, data.rows * classCount);
  return {
    version: data.version,
    bits: data.bits,
    classes: data.classes,
    scale: data.scale,
    bias: Float64Array.from(data.bias),
    index,
    weights,
  };
}
