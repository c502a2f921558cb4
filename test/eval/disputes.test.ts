import { describe, expect, it } from 'vitest';
import { evaluateDisputes } from '../../scripts/eval/disputes.js';

describe('dispute-type evaluation', () => {
  it('reaches the floor of 0.95 precision and recall on the labelled set', () => {
    const report = evaluateDisputes();
    expect(report.lines[0]).toBe('173 cases, 187 gold mentions');
    expect(report.metrics.precision).toBeGreaterThanOrEqual(0.95);
    expect(report.metrics.recall).toBeGreaterThanOrEqual(0.95);
  });
});
