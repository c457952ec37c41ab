// The public localisation API is explicit: @woo-kit/elements/localization.js exports what a host page
// needs, and not the runtime the elements use inside (withLocale, ensureLocale, isLocaleReady).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as localization from '../src/localization.js';

test('localization.js exports the locales, getting and setting the locale, and nothing of the runtime', () => {
  assert.deepEqual(Object.keys(localization).sort(), [
    'allLocales',
    'configureWooKitLocalization',
    'directionOf',
    'getLocale',
    'isWooKitLocalizationConfigured',
    'loadWooKitLocale',
    'matchLocale',
    'setLocale',
    'sourceLocale',
    'targetLocales',
  ]);
  assert.deepEqual([...localization.allLocales].sort(), ['ar', 'en', 'nl', 'pl', 'tr', 'uk']);
  assert.equal(localization.matchLocale('en-GB'), 'en');
  assert.equal(localization.getLocale(), 'nl');
  assert.equal(localization.isWooKitLocalizationConfigured(), false);
});
