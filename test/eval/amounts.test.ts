import { describe, expect, it } from 'vitest';
import { evaluateAmounts } from '../../scripts/eval/amounts.js';

const FORMS = ['arabic', 'chinese', 'capital', 'qualifier', 'range', 'no-unit', 'vague'];

// The floors of issue 3, measured on test/fixtures/amounts/eval-set.json.
describe('amount extractor on the labelled set', () => {
  const { metrics } = evaluateAmounts();

  it('reaches 0.98 precision and recall overall', () => {
    expect(metrics.precision).toBeGreaterThanOrEqual(0.98);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('reaches 0.9 recall on every form', () => {
    const below = FORMS.filter((form) => !((metrics[`recall.${form}`] ?? 0) >= 0.9));
    expect(below).toEqual([]);
  });

  it('names the kind of at least nine matched amounts in ten', () => {
    expect(metrics.kindAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
