import { describe, expect, it } from 'vitest';
import { evaluateHoldout, holdoutDir, HOLDOUT_SETS } from '../../scripts/eval/holdout.js';

// Pages and articles of each set, so that a set losing a file fails here rather than scoring higher.
const SIZES: Record<(typeof HOLDOUT_SETS)[number], string> = {
  holdout: '12 pages, 63 labelled articles',
  'holdout-2': '12 pages, 65 labelled articles',
  'holdout-3': '12 pages, 42 labelled articles',
  'holdout-4': '12 pages, 46 labelled articles',
  'holdout-5': '12 pages, 47 labelled articles',
  'holdout-6': '12 pages, 48 labelled articles',
  'holdout-7': '12 pages, 48 labelled articles',
};

// Floors well under today's figures: they catch a regression, not a missed point.
describe.each(HOLDOUT_SETS)('held-out evaluation %s (12 pages by an independent writer)', (name) => {
  it('reads every page and article and keeps the splitter and the finders well above chance', () => {
    const report = evaluateHoldout(holdoutDir(name));
    expect(report.lines[0]).toBe(SIZES[name]);
    expect(report.metrics.boundaries).toBeGreaterThanOrEqual(0.9);
    expect(report.metrics.amounts).toBeGreaterThanOrEqual(0.95);
    expect(report.metrics.places).toBeGreaterThanOrEqual(0.95);
    expect(report.metrics.disputes).toBeGreaterThanOrEqual(0.85);
  });
});
