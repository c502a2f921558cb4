import { wordAt, wordBefore } from '../word-lists.js';
import { wordsStart, WORDS_WINDOW } from './boundaries.js';
import type { Candidate } from './candidate.js';
import { longestUntil } from './lexicon.js';
import type { DisputeModel } from './model.js';
import { endsInOrganization } from './roles.js';
import { hanRunStart, isHan } from './text.js';
import { mapByRewrite, mapByRule } from './unlisted-mapping.js';

/** A head word at a position: as written, and the formal head it stands for (官司 → 纠纷). */
interface Head {
  written: string;
  formal: string;
  informal: boolean;
}

function headAt(text: string, position: number, model: DisputeModel): Head | undefined {
  const formal = wordAt(text, position, model.phrasing.heads);
  if (formal) return { written: formal, formal, informal: false };
  const informal = model.phrasing.informalHeads.find(([written]) => text.startsWith(written, position));
  return informal ? { written: informal[0], formal: informal[1], informal: true } : undefined;
}

/**
 * `…纠纷` / `…争议` phrases that are no name: a rule of `unlisted-rules.tsv` maps them (草场承包纠纷 →
 * 土地承包经营权纠纷), else a rewrite (房屋租赁纠纷 → 房屋租赁合同纠纷), else they are reported with
 * no cause. A head that ends a name (买卖合同纠纷) or stands bare (推动纠纷化解) gives nothing here.
 * The words are read as if the head followed them directly: a series word between is skipped
 * (物业费系列纠纷 is 物业费纠纷) and an informal head is read as its formal one (离婚官司 is 离婚纠纷,
 * but an unnamed …官司 is never reported). After an umbrella prefix a phrase that is no name, no
 * rule and no legal relation is an umbrella word (涉旅游纠纷, 涉茶产业纠纷, 涉海纠纷: every dispute
 * touching a trade; one character is enough there, unless prefix and character make a verb such as
 * 涉案), while 涉房屋租赁纠纷 stays a case. In an
 * organisation's name such words are not rewritten either (旅游纠纷巡回调解点 takes in every dispute
 * of its trade, not only 旅游合同纠纷), while a legal relation still is (房屋租赁纠纷调解室).
 */
export function scanPhrases(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  const { unlistedHeads, notHeadWhenFollowedBy, maxPhraseChars, seriesWords, umbrellaPrefixes, umbrellaVerbs } = model.phrasing;
  for (let headStart = 0; headStart < text.length; headStart++) {
    const head = headAt(text, headStart, model);
    if (!head) continue;
    const end = headStart + head.written.length;
    if (wordAt(text, end, notHeadWhenFollowedBy)) continue;
    const series = wordBefore(text, headStart, seriesWords);
    const wordsEnd = headStart - (series?.length ?? 0);
    const runStart = hanRunStart(text, wordsEnd, WORDS_WINDOW);
    const phrase = text.slice(runStart, wordsEnd) + head.formal;
    const at = (length: number): number => Math.max(runStart, wordsEnd - (length - head.formal.length));
    const base = { end, family: 'civil', generic: false, via: 'phrase' } as const;
    const name = longestUntil(model.names, phrase, phrase.length, 0);
    const named = name !== undefined && name[1] > head.formal.length;
    if (named && (series || head.informal)) {
      const entry = name[0];
      found.push({ ...base, start: at(name[1]), node: entry.node, family: entry.family, generic: entry.kind === 'generic', mapped: false });
    }
    const rule = mapByRule(phrase, model);
    if (rule) found.push({ ...base, start: at(rule.length), node: rule.node, mapped: true });
    if (rule || named || !(head.informal || unlistedHeads.includes(head.formal))) continue;
    const start = Math.max(wordsStart(text, wordsEnd, model).start, wordsEnd - maxPhraseChars);
    const umbrella = wordBefore(text, start, umbrellaPrefixes);
    if (wordsEnd - start < (umbrella && !wordAt(text, start - umbrella.length, umbrellaVerbs) ? 1 : 2)) continue;
    const words = text.slice(start, wordsEnd);
    const relation = model.phrasing.relationEndings.some((e) => words.endsWith(e));
    if (umbrella && !relation) {
      found.push({ ...base, start: umbrellaChainStart(text, start, umbrellaPrefixes), node: null, generic: true, mapped: false });
      continue;
    }
    const rewrite = relation || !endsInOrganization(text, end, model) ? mapByRewrite(words + head.formal, model) : undefined;
    if (rewrite) found.push({ ...base, start, node: rewrite.node, mapped: true });
    else if (!head.informal) found.push({ ...base, start, node: null, mapped: false });
  }
  return found;
}

/** Longest trade word read after an umbrella prefix in a chain (涉渔涉海纠纷). */
const CHAIN_WORD_CHARS = 2;

/**
 * Where an umbrella word that starts at `start`, after a prefix, begins: there, or at the first
 * prefix of a chain of them (涉渔涉海纠纷, 涉农涉企纠纷 span every 涉X).
 */
function umbrellaChainStart(text: string, start: number, prefixes: readonly string[]): number {
  let chain = start;
  for (let prefix = wordBefore(text, chain, prefixes); prefix; prefix = wordBefore(text, chain, prefixes)) {
    const before = chain - prefix.length;
    const word = [1, CHAIN_WORD_CHARS].find((length) => wordBefore(text, before - length, prefixes) && isHan(text[before - 1]) && isHan(text[before - length]));
    if (word === undefined) return chain;
    chain = before - word - (wordBefore(text, before - word, prefixes) as string).length;
  }
  return chain;
}
