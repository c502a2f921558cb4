import { settleOverlaps, type DisputeVia } from './candidate.js';
import { scanCaseNouns } from './case-nouns.js';
import { scanClaims } from './claims.js';
import { scanCauseClauses } from './cause-clause.js';
import { withoutEnclosedClaims } from './enclosed-claims.js';
import { refineLender } from './lenders.js';
import { scanLists } from './lists.js';
import type { DisputeModel } from './model.js';
import { scanNames } from './scan-names.js';
import { scanPhrases } from './phrase-heads.js';
import { roleOf, type DisputeRole } from './roles.js';
import type { DisputeFamily, TaxonomyNode } from './taxonomy.js';
import { insideAny, titleRanges } from './titles.js';
import { scanVerbSuits } from './verb-suits.js';

/** A case-type mention in normalised text. */
export interface DisputeMatch {
  /** Start in the text. */
  start: number;
  /** End (exclusive). */
  end: number;
  /** Case type, or null for "(unlisted)" (a case) or "(none)" (an organisation or umbrella word). */
  node: TaxonomyNode | null;
  /** Family. */
  family: DisputeFamily;
  /** Case, organisation name, or umbrella word. */
  role: DisputeRole;
  /** Phrasing it was read from. */
  via: DisputeVia;
  /** True when a rule table chose the cause. */
  mapped: boolean;
}

/**
 * Finds every case-type mention in a normalised text, in text order (pure). Words inside a
 * document title (《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》) name a document, not a
 * case, and are left out, and so are claims made inside a divorce suit named before them. A loan
 * suit is refined by who lent (`refineLender`).
 */
export function classifyDisputes(text: string, model: DisputeModel): DisputeMatch[] {
  const titles = titleRanges(text, model.phrasing.titleBrackets);
  const candidates = [
    ...scanNames(text, model),
    ...scanPhrases(text, model),
    ...scanCauseClauses(text, model),
    ...scanCaseNouns(text, model),
    ...scanLists(text, model),
    ...scanVerbSuits(text, model),
    ...scanClaims(text, model),
  ];
  const settled = withoutEnclosedClaims(text, settleOverlaps(candidates), model).filter((candidate) => !insideAny(candidate, titles));
  return settled.map((found) => refineLender(text, found, model)).map((candidate) => ({
    start: candidate.start,
    end: candidate.end,
    node: candidate.node,
    family: candidate.family,
    role: roleOf(text, candidate, model),
    via: candidate.via,
    mapped: candidate.mapped,
  }));
}
