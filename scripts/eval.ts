// `npm run eval [-- suite…]`: measures every extractor on its labelled evaluation set, and all of
// them on each set of held-out pages (HOLDOUT_DIR=folder measures another set of such pages in
// place of the first).
import { evaluateAmounts } from './eval/amounts.js';
import type { EvalSuite } from './eval/report.js';
import { evaluateSegmentation } from './eval/segmentation.js';
import { evaluateDisputes } from './eval/disputes.js';
import { evaluateHoldout, HOLDOUT_SETS, holdoutDir } from './eval/holdout.js';
import { evaluateRegions } from './eval/regions.js';
import { evaluateSplitter } from './eval/splitter.js';

const SUITES: Record<string, EvalSuite> = {
  splitter: evaluateSplitter,
  segmentation: () => evaluateSegmentation(),
  disputes: evaluateDisputes,
  amounts: evaluateAmounts,
  regions: evaluateRegions,
  holdout: () => evaluateHoldout(),
  ...Object.fromEntries(HOLDOUT_SETS.slice(1).map((name) => [name, () => evaluateHoldout(holdoutDir(name))])),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  process.stderr.write(`eval: unknown suite ${unknown.join(', ')} (known: ${Object.keys(SUITES).join(', ')})\n`);
  process.exit(2);
}
for (const [name, suite] of Object.entries(SUITES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  // One broken suite (a missing fixture folder) must not hide the figures of the others.
  try {
    const report = await suite();
    process.stdout.write(`== ${report.name}\n${report.lines.join('\n')}\n\n`);
  } catch (error) {
    process.stdout.write(`== ${name}\nfailed: ${error instanceof Error ? error.message : String(error)}\n\n`);
    process.exitCode = 1;
  }
}
