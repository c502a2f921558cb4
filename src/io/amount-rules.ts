import { readFileSync } from 'node:fs';
import { AMOUNT_RULE_FILES, parseAmountRules, type AmountRuleFiles, type AmountRules } from '../core/amounts/amount-rules.js';

// Resolves the same from src/io (tests, tsx) and dist/io (the built CLI).
const DATA_DIR = new URL('../../src/data/amounts/', import.meta.url);

let cached: AmountRules | undefined;

/** The amount rules shipped in `src/data/amounts/`, read once per process. */
export function loadAmountRules(): AmountRules {
  if (!cached) {
    const files = Object.fromEntries(AMOUNT_RULE_FILES.map((name) => [name, readFileSync(new URL(name, DATA_DIR), 'utf8')]));
    cached = parseAmountRules(files as AmountRuleFiles);
  }
  return cached;
}
