import { describe, expect, it } from 'vitest';
import { evaluateRegions } from '../../scripts/eval/regions.js';

describe('place resolver evaluation (144 imitation texts, 293 labelled mentions)', () => {
  it('finds and resolves places with precision, recall and resolution accuracy of at least 0.95', () => {
    const { metrics } = evaluateRegions();
    expect(metrics.precision).toBeGreaterThanOrEqual(0.95);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.95);
    expect(metrics.resolution).toBeGreaterThanOrEqual(0.95);
    expect(metrics.role).toBeGreaterThanOrEqual(0.95);
    expect(metrics.primary).toBeGreaterThanOrEqual(0.95);
  });
});
