import { describe, expect, it } from 'vitest';
import { evaluateSplitter } from '../../scripts/eval/splitter.js';

describe('splitter evaluation (16 imitation pages)', () => {
  it('finds article boundaries, datelines, headlines and bylines with accuracy of at least 0.95', () => {
    const { metrics } = evaluateSplitter();
    expect(metrics.boundaries).toBeGreaterThanOrEqual(0.95);
    expect(metrics.dateline).toBeGreaterThanOrEqual(0.95);
    expect(metrics.headline).toBeGreaterThanOrEqual(0.95);
    expect(metrics.byline).toBeGreaterThanOrEqual(0.95);
  });
});
