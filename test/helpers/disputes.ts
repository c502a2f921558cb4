import type { Candidate } from '../../src/core/disputes/candidate.js';
import type { DisputeModel } from '../../src/core/disputes/model.js';
import { loadDisputeModel } from '../../src/io/load-dispute-model.js';

/** The bundled 2025 model. */
export const MODEL: DisputeModel = loadDisputeModel('2025');

/** `[words, cause]` of each candidate a scanner finds (cause `null` for none). */
export function scanned(text: string, scan: (text: string, model: DisputeModel) => Candidate[]): [string, string | null][] {
  return scan(text, MODEL).map((c) => [text.slice(c.start, c.end), c.node?.name ?? null]);
}
