import { describe, expect, it } from 'vitest';
import { evaluateSegmentation } from '../../scripts/eval/segmentation.js';

// Loads the real nodejieba, like test/keywords/nodejieba.test.ts: the floor is about its
// segmentation with the project's user dictionary (without it, 0.461 of the terms stay whole).
describe('segmentation evaluation', () => {
  it('keeps court terms whole on the labelled sentences', async () => {
    const report = await evaluateSegmentation();
    expect(report.metrics.termRecall, report.lines.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.metrics.cleanCases, report.lines.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
