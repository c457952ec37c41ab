// The chart of <woo-timeliness-dashboard> in Node: its geometry (bars inside the plot, the target line,
// value labels never on the line) and its keyboard moves. The browser tests check what it renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  chartGeometry,
  nextMonth,
  shareY,
  targetLineY,
  valueLabelY,
} from '../src/components/woo-timeliness-dashboard/chart.js';

/** Equal up to floating-point rounding (20 + 200 × (1 − 0.8) is 59.99999999999999). */
const near = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≈ ${expected}`);

test('shares map onto the plot: 100% at y 20, 0% at y 220; the target line is clamped to 0–100%', () => {
  assert.equal(shareY(1), 20);
  assert.equal(shareY(0), 220);
  assert.equal(shareY(0.5), 120);
  near(targetLineY(80), 60);
  assert.equal(targetLineY(150), 20);
  assert.equal(targetLineY(-5), 220);
});

test('bars: equal slots over x 40–630, 70% wide and centred, standing on the 0% line', () => {
  const { barWidth, targetY, bars } = chartGeometry([1, 0.5, null, 0], 80);
  near(targetY, 60);
  assert.equal(barWidth, (590 / 4) * 0.7);
  assert.deepEqual(
    bars.map((b) => b.x),
    [0, 1, 2, 3].map((i) => 40 + i * 147.5 + 147.5 * 0.15),
  );
  assert.deepEqual(
    bars.map((b) => [b.y, b.height]),
    [
      [20, 200],
      [120, 100],
      [220, 0],
      [220, 0],
    ],
  );
  // A month without decisions is no bar under the target: there is nothing to compare yet.
  assert.deepEqual(
    bars.map((b) => b.under),
    [false, true, false, true],
  );
  assert.deepEqual(chartGeometry([], 80).bars, []);
});

test('every bar lies inside the plot, and its value label never touches the target line', () => {
  fc.assert(
    fc.property(
      fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 60 }),
      fc.integer({ min: 0, max: 100 }),
      (shares, target) => {
        const { barWidth, targetY, bars } = chartGeometry(shares, target);
        bars.forEach((bar, i) => {
          assert.ok(bar.x >= 40 && bar.x + barWidth <= 630 + 1e-9, `bar ${i} within x 40–630`);
          assert.ok(bar.y >= 20 && bar.y + bar.height <= 220 + 1e-9, `bar ${i} within y 20–220`);
          assert.equal(bar.y + bar.height, 220);
          // The label's box reaches from 12 units above its baseline to 3 below; the line is 2 wide.
          const clear = bar.labelY + 3 <= targetY - 2 || bar.labelY - 12 >= targetY + 2;
          assert.ok(clear, `label of bar ${i} (y ${bar.labelY}) clear of the line at ${targetY}`);
          assert.equal(bar.labelY, valueLabelY(bar.y, targetY));
          assert.equal(bar.under, shares[i] !== null && shares[i]! * 100 < target);
        });
      },
    ),
  );
});

test('the label stands just above its bar unless the target line is there', () => {
  assert.equal(valueLabelY(120, 60), 116);
  // 4 above the bar would put the figure on the line at 60: it moves above the line.
  assert.equal(valueLabelY(66, 60), 55);
});

test('keys: arrows move one month within the chart, Home and End jump, other keys are left alone', () => {
  assert.equal(nextMonth('ArrowRight', -1, 5), 1);
  assert.equal(nextMonth('ArrowRight', 2, 5), 3);
  assert.equal(nextMonth('ArrowDown', 4, 5), 4);
  assert.equal(nextMonth('ArrowLeft', 0, 5), 0);
  assert.equal(nextMonth('ArrowUp', 3, 5), 2);
  assert.equal(nextMonth('ArrowLeft', -1, 5), 0);
  assert.equal(nextMonth('Home', 3, 5), 0);
  assert.equal(nextMonth('End', 0, 5), 4);
  assert.equal(nextMonth('Enter', 2, 5), undefined);
  assert.equal(nextMonth('a', 2, 5), undefined);
});
