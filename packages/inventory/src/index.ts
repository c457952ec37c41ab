/**
 * `@woo-kit/inventory`: reads the inventory of a Woo decision from XLSX or CSV (the
 * "productierapport" format), in Node and in browsers. A package of its own, so that core keeps
 * no dependencies and pages that only show decisions never load the reader; the zip library it
 * uses (fflate) loads only when an XLSX file is read.
 *
 * @packageDocumentation
 */
export {
  readInventory,
  inventoryFromTable,
  assertInventoryFileSize,
  type InventoryReadResult,
  type InventorySource,
  type ReadInventoryOptions,
} from './read.js';
export { InventoryFileError, InventoryRowError, type InventoryRowErrorJSON } from './errors.js';
export { defaultLimits, type InventoryLimits } from './limits.js';
export { templateHeaders, columnLetter, type InventoryField } from './columns.js';
export { dateFromSerial } from './values.js';
