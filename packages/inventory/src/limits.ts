/** Limits against hostile or oversized files (zip bombs, huge sheets). The caller can set each. */
export interface InventoryLimits {
  /** Largest file accepted, in bytes. Default 50 MB. */
  readonly maxFileBytes?: number;
  /**
   * Largest total of unpacked XLSX parts read (sheet, shared strings, workbook), in bytes. Checked
   * against the sizes the zip declares and again while unpacking, so a zip bomb stops here. Default 200 MB.
   */
  readonly maxUnpackedBytes?: number;
  /** Most data rows read. Default 200,000. */
  readonly maxRows?: number;
}

export const defaultLimits: Required<InventoryLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxRows: 200_000,
});

export const resolveLimits = (limits: InventoryLimits = {}): Required<InventoryLimits> => ({
  ...defaultLimits,
  ...limits,
});

export const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
