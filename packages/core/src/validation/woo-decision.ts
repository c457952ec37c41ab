/**
 * Validators of a Woo decision and its inventory: the generated JSON Schema validator, then the
 * rules of law a schema cannot express. Never throw; issues carry a JSON pointer such as
 * `/inventory/12/grounds`, which `inventoryPosition` turns into a row and a column.
 */
import type { LocalizedText } from '../errors.js';
import { inventoryItemValidator } from '../generated/validators/inventory-item.js';
import { wooDecisionValidator } from '../generated/validators/woo-decision.js';
import { exceptionGroundByArticle } from '../registries/exception-grounds.js';
import { assessmentsWithGrounds, type InventoryItem, type WooDecision } from '../woo-decision.js';
import type { ValidationIssue } from './messages.js';
import { run, type ValidationResult } from './run.js';
import { WooKitValidationError, passes } from './checks.js';

const issue = (path: string, code: string, nl: string, en: string): ValidationIssue => ({
  path,
  code,
  message: { nl, en },
});

/** The rules for one inventory row; `path` is the row's JSON pointer (`""` or `/inventory/3`). */
export function inventoryItemIssues(item: InventoryItem, path = ''): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const withholds = assessmentsWithGrounds.includes(item.assessment);
  const real = item.grounds.filter((g) => g !== '5.3');
  // Woo 5.1 and 5.2: information is only withheld on a ground of chapter 5.
  if (withholds && real.length === 0) {
    issues.push(
      issue(
        `${path}/grounds`,
        'grounds-required',
        'Dit document is (deels) niet openbaar. Noem dan minstens één uitzonderingsgrond.',
        'This document is (partly) withheld. Name at least one exception ground.',
      ),
    );
  }
  if (!withholds && item.grounds.length > 0) {
    issues.push(
      issue(
        `${path}/grounds`,
        'grounds-not-expected',
        'Dit document is openbaar. Dan hoort er geen uitzonderingsgrond bij.',
        'This document is public. It should not have an exception ground.',
      ),
    );
  }
  // Woo 5.3 is an extra duty to give reasons, never a ground of its own.
  if (withholds && item.grounds.includes('5.3') && real.length === 0) {
    issues.push(
      issue(
        `${path}/grounds`,
        'ground-5.3-alone',
        'Artikel 5.3 is geen eigen weigeringsgrond. Noem ook de grond waarop u weigert.',
        'Article 5.3 is not a ground of its own. Also name the ground the refusal rests on.',
      ),
    );
  }
  return issues;
}

function wooDecisionIssues(decision: WooDecision): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, number>();
  const used = new Set<string>();
  decision.inventory.forEach((item, index) => {
    const path = `/inventory/${index}`;
    issues.push(...inventoryItemIssues(item, path));
    for (const g of item.grounds) used.add(g);
    // ID + Matter is unique within the body (productierapport).
    const key = `${item.matter}\u0000${item.id}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      issues.push(
        issue(
          `${path}/id`,
          'duplicate-document',
          `Dit document staat al in de lijst (rij ${first + 1}). ID en Matter samen moeten uniek zijn.`,
          `This document is already in the list (row ${first + 1}). ID and Matter together must be unique.`,
        ),
      );
    }
  });
  const weighed = new Set(decision.weighings.map((w) => w.ground));
  decision.weighings.forEach((w, index) => {
    if (decision.weighings.findIndex((o) => o.ground === w.ground) !== index) {
      issues.push(
        issue(
          `/weighings/${index}/ground`,
          'duplicate-weighing',
          `Voor grond ${w.ground} staat al een afweging.`,
          `There is already a weighing for ground ${w.ground}.`,
        ),
      );
    }
  });
  // Woo 5.1 lid 2 and 5, 5.2: a relative ground is applied after weighing it against openness;
  // the decision page shows that weighing, so every relative ground used needs one.
  for (const article of used) {
    const ground = exceptionGroundByArticle(article);
    if (ground?.kind === 'relative' && !weighed.has(ground.article as WooDecision['weighings'][number]['ground'])) {
      issues.push(
        issue(
          '/weighings',
          'weighing-missing',
          `Grond ${article} is een relatieve grond. Leg uit hoe u het belang hebt afgewogen tegen openbaarheid.`,
          `Ground ${article} is a relative ground. Explain how you weighed the interest against openness.`,
        ),
      );
    }
  }
  return issues;
}

/** Validates one inventory row (`InventoryItem`). */
export function validateInventoryItem(value: unknown): ValidationResult<InventoryItem> {
  return run(inventoryItemValidator, value, (item: InventoryItem) => inventoryItemIssues(item));
}

/** Validates a Woo decision with its weighings and inventory. */
export function validateWooDecision(value: unknown): ValidationResult<WooDecision> {
  return run(wooDecisionValidator, value, wooDecisionIssues);
}

/**
 * True when `validateInventoryItem(value).ok` would be: for code that only keeps or skips a row and
 * shows no message, so it does not load the texts of the issues.
 */
export function isValidInventoryItem(value: unknown): value is InventoryItem {
  return passes(inventoryItemValidator, value, (item: InventoryItem) => inventoryItemIssues(item));
}

/** True when `validateWooDecision(value).ok` would be (see {@link isValidInventoryItem}). */
export function isValidWooDecision(value: unknown): value is WooDecision {
  return passes(wooDecisionValidator, value, wooDecisionIssues);
}

const what: LocalizedText = { nl: 'Het besluit met inventarislijst', en: 'The decision with its inventory' };

/** Returns the value as a `WooDecision`, or throws `WooKitValidationError` (code `validation-failed`). */
export function parseWooDecision(value: unknown): WooDecision {
  const result = validateWooDecision(value);
  if (!result.ok) throw new WooKitValidationError(what, result.errors);
  return result.value;
}

/**
 * Where an issue of `validateWooDecision` sits in the inventory as a spreadsheet shows it: `row` is
 * the 1-based document number (the header not counted), `column` the field. Undefined for issues
 * outside the inventory.
 */
export function inventoryPosition(
  path: string,
): { readonly row: number; readonly column: string | undefined } | undefined {
  const match = /^\/inventory\/(\d+)(?:\/([^/]+))?/.exec(path);
  if (match === null) return undefined;
  return { row: Number(match[1]) + 1, column: match[2] };
}
