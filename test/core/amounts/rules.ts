import { loadAmountRules } from '../../../src/io/amount-rules.js';

/** The shipped rule tables: the tests check the extractor with the data it runs with. */
export const RULES = loadAmountRules();
