import { describe, expect, it } from 'vitest';
import { evaluateHoldout } from '../../scripts/eval/holdout.js';

describe('held-out evaluation (12 pages by an independent writer)', () => {
  it('reads every page and article and keeps the splitter and the finders well above chance', () => {
    const report = evaluateHoldout();
    expect(report.lines[0]).toBe('12 pages, 63 labelled articles');
    expect(report.metrics.boundaries).toBeGreaterThanOrEqual(0.95);
    expect(report.metrics.amounts).toBeGreaterThanOrEqual(0.95);
    expect(report.metrics.places).toBeGreaterThanOrEqual(0.95);
    expect(report.metrics.disputes).toBeGreaterThanOrEqual(0.75);
  });
});
