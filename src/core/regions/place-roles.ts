import { courtAfterFiller, courtSuffixAt, isListSeparator, joinsPlaces, type CourtKind } from './court-names.js';
import type { PlaceToken } from './find-places.js';
import { startsOrganization } from './organization.js';
import type { RegionRules } from './region-rules.js';
import type { RegionRole } from './region-types.js';

/** The role of one token in running text, and its links to the tokens around it. */
export interface TokenRole {
  /** `court`, `organization` or `mention` (datelines are assigned elsewhere). */
  role: RegionRole;
  /** For a court: the level its suffix implies. */
  courtKind: CourtKind | null;
  /** For a court: index of the first token of its court name, so courts compare in text order. */
  courtGroup: number | null;
  /** Index of the token that qualifies it (`包头市` for `达茂旗` in `包头市达茂旗`, `科左中旗` for `舍伯吐` in `科左中旗人民法院舍伯吐法庭`), or null. */
  previous: number | null;
}

interface Segment {
  first: number;
  last: number;
}

/** Runs of tokens with nothing but the corps between them: one qualified place (`包头市达茂旗`, `新疆生产建设兵团石河子`). */
function segments(text: string, tokens: readonly PlaceToken[]): Segment[] {
  const runs: Segment[] = [];
  tokens.forEach((token, i) => {
    const run = runs[runs.length - 1];
    if (run && joinsPlaces(text.slice((tokens[run.last] as PlaceToken).end, token.start))) run.last = i;
    else runs.push({ first: i, last: i });
  });
  return runs;
}

/**
 * Gives every token its role. A run of places followed by a court suffix is a court name, every
 * place in it with role `court` (`乌兰察布市察右中旗人民法院`); a court name may go on with a
 * tribunal (`科左中旗人民法院舍伯吐法庭`; a maritime court's tribunal sits in a city:
 * `青岛海事法院烟台法庭`), and a list ending (`集宁区、丰镇市等法院`) makes the listed places courts
 * too. A run followed by a company, law-firm or bank ending is `organization`.
 */
export function assignRoles(text: string, tokens: readonly PlaceToken[], rules: RegionRules): TokenRole[] {
  const joined = (i: number): boolean => i > 0 && joinsPlaces(text.slice((tokens[i - 1] as PlaceToken).end, (tokens[i] as PlaceToken).start));
  const roles: TokenRole[] = tokens.map((_, i) => ({ role: 'mention', courtKind: null, courtGroup: null, previous: joined(i) ? i - 1 : null }));
  const runs = segments(text, tokens);
  let open: { group: number; end: number; last: number; tribunals: CourtKind } | null = null;
  runs.forEach((run, r) => {
    const end = (tokens[run.last] as PlaceToken).end;
    const stopAt = (tokens[run.last + 1] as PlaceToken | undefined)?.start ?? text.length;
    const suffix = courtSuffixAt(text, end) ?? courtAfterFiller(text, end, stopAt);
    const markCourt = (from: Segment, kind: CourtKind, group: number): void => {
      for (let i = from.first; i <= from.last; i++) Object.assign(roles[i] as TokenRole, { role: 'court', courtKind: kind, courtGroup: group });
    };
    if (!suffix) {
      open = null;
      if (startsOrganization(text, end, stopAt, rules)) {
        for (let i = run.first; i <= run.last; i++) (roles[i] as TokenRole).role = 'organization';
      }
      return;
    }
    const continues: { group: number; end: number; last: number; tribunals: CourtKind } | null = open;
    const continued = continues !== null && continues.end === (tokens[run.first] as PlaceToken).start;
    const group = continued ? continues.group : run.first;
    if (continued) (roles[run.first] as TokenRole).previous = continues.last;
    markCourt(run, continued && suffix.kind === 'tribunal' ? continues.tribunals : suffix.kind, group);
    for (let k = r - 1; k >= 0; k--) {
      const earlier = runs[k] as Segment;
      const between = text.slice((tokens[earlier.last] as PlaceToken).end, (tokens[(runs[k + 1] as Segment).first] as PlaceToken).start);
      if (!isListSeparator(between, suffix.list) || (roles[earlier.first] as TokenRole).role === 'court') break;
      markCourt(earlier, suffix.kind, earlier.first);
    }
    open = { group, end: end + suffix.length, last: run.last, tribunals: suffix.tribunals };
  });
  return roles;
}
