import type { AnalysisData } from '../core/corpus.js';
import { loadAmountRules } from './amount-rules.js';
import { loadDisputeModel } from './load-dispute-model.js';
import { loadRegionData } from './load-region-data.js';

/** Which data to load. */
export interface AnalysisDataOptions {
  /** Civil case-cause edition (default: the newest bundled one). */
  edition?: string;
}

/** The bundled data every extractor needs, read from `src/data` (each table once per process). */
export function loadAnalysisData(options: AnalysisDataOptions = {}): AnalysisData {
  return { regions: loadRegionData(), disputes: loadDisputeModel(options.edition), amountRules: loadAmountRules() };
}
