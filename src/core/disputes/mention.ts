import type { NormalText } from '../normalise.js';
import { toSourceSpan } from '../normalise.js';
import { excerpt, type Span } from '../span.js';
import type { DisputeVia } from './candidate.js';
import { classifyDisputes, type DisputeMatch } from './classify.js';
import type { DisputeModel } from './model.js';
import type { DisputeRole } from './roles.js';
import { ancestorsOf, type DisputeFamily, type Taxonomy } from './taxonomy.js';

/** Cause of a case mention whose words name no official cause. */
export const UNLISTED = '(unlisted)';
/** Cause of an organisation name or umbrella word that names no cause. */
export const NONE = '(none)';

/** One case-type mention in an article. */
export interface DisputeMention {
  /** Official name at its own level, `(unlisted)` or `(none)`. */
  cause: string;
  /** Node id, or null for `(unlisted)` / `(none)`. */
  id: string | null;
  /** Node level, or null. */
  level: number | null;
  /** Names of the node's ancestors, root first (empty for `(unlisted)` / `(none)`). */
  path: string[];
  /** Family. */
  family: DisputeFamily;
  /** Case, organisation name, or umbrella word. */
  role: DisputeRole;
  /** Phrasing it was read from. */
  via: DisputeVia;
  /** True when a rule table chose the cause (the words are no name and no alias). */
  mapped: boolean;
  /** Start in the article's normalised text. */
  start: number;
  /** End (exclusive) in the normalised text. */
  end: number;
  /** Source span in the decoded file. */
  source: Span;
  /** Source text of the span, line breaks removed. */
  text: string;
}

function causeName(match: DisputeMatch): string {
  if (match.node) return match.node.name;
  return match.role === 'case' ? UNLISTED : NONE;
}

/** A match of normalised text as a mention with its source span. */
export function toMention(match: DisputeMatch, normal: NormalText, source: string, taxonomy: Taxonomy): DisputeMention {
  const span = excerpt(source, toSourceSpan(normal, match.start, match.end));
  return {
    cause: causeName(match),
    id: match.node?.id ?? null,
    level: match.node?.level ?? null,
    path: match.node ? ancestorsOf(taxonomy, match.node).map((node) => node.name) : [],
    family: match.family,
    role: match.role,
    via: match.via,
    mapped: match.mapped,
    start: match.start,
    end: match.end,
    source: { start: span.start, end: span.end },
    text: span.text,
  };
}

/** Every case-type mention of an article body, with source spans into `source` (pure). */
export function extractDisputes(normal: NormalText, source: string, model: DisputeModel): DisputeMention[] {
  return classifyDisputes(normal.text, model).map((match) => toMention(match, normal, source, model.taxonomy));
}
