/**
 * Reads a decision for `<woo-decision>`: the decision itself must be valid; each inventory row is
 * checked on its own, so one bad row is left out (and counted) instead of breaking the page.
 */
import {
  addDays,
  isValidInventoryItem,
  isValidWooDecision,
  type InventoryItem,
  type IsoDate,
  type WooDecision,
} from '@woo-kit/core';
import { rollForward } from '@woo-kit/deadlines';

export class InvalidDecisionError extends Error {}

export interface ReadDecision {
  readonly decision: WooDecision;
  /** Rows of the inventory that are not valid and not shown. */
  readonly skipped: number;
}

export function readDecision(value: unknown): ReadDecision {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InvalidDecisionError('not an object');
  const record = value as Record<string, unknown>;
  const rows = Array.isArray(record.inventory) ? (record.inventory as unknown[]) : [];
  const shell: unknown = { ...record, inventory: [] };
  if (!isValidWooDecision(shell)) throw new InvalidDecisionError('invalid decision');
  const inventory: InventoryItem[] = [];
  for (const row of rows) if (isValidInventoryItem(row)) inventory.push(row);
  return { decision: { ...shell, inventory }, skipped: rows.length - inventory.length };
}

/**
 * The last day to object (bezwaar): six weeks (Awb 6:7), counted from the day after the decision was
 * made known (Awb 6:8 lid 1), moved to the next working day when it ends on a weekend or public
 * holiday (Algemene termijnenwet art. 1).
 */
export function objectionDeadline(decision: WooDecision): IsoDate {
  return rollForward(addDays(decision.announcedOn ?? decision.decidedOn, 42));
}
