import { wordAt, wordBefore } from '../word-lists.js';
import type { Candidate } from './candidate.js';
import type { DisputeModel } from './model.js';
import { readWords } from './read-words.js';
import { hanRunStart } from './text.js';

/**
 * Ends X may have, in the order they are tried: before each party joiner (`因X与Y发生纠纷`), then
 * just before the verb. Y is the other party, so the words before a joiner are read first: the
 * whole run would read the party (因水库承包费与村集体 is no 集体合同 case).
 */
function xEnds(text: string, xStart: number, verbStart: number, model: DisputeModel): number[] {
  const ends: number[] = [];
  for (let p = xStart + 1; p < verbStart; p++) {
    if (wordAt(text, p, model.phrasing.causeClause.partyJoiners)) ends.push(p);
  }
  return [...ends, verbStart];
}

/** X without the filler words at its end (问题, 事宜, 履行). */
function stripFillers(text: string, xStart: number, rawEnd: number, model: DisputeModel): number {
  let xEnd = rawEnd;
  const { fillers } = model.phrasing.causeClause;
  for (let filler = wordBefore(text, xEnd, fillers); filler && xEnd - filler.length > xStart; filler = wordBefore(text, xEnd, fillers)) xEnd -= filler.length;
  return xEnd;
}

/** True when X names a legal relation by its ending, after enough words of its own (店铺转让, 草场界线). */
export function namesRelation(x: string, model: DisputeModel): boolean {
  const { minObjectChars } = model.phrasing.causeClause;
  return model.phrasing.relationEndings.some((ending) => x.endsWith(ending) && x.length - ending.length >= minObjectChars);
}

/** The candidate X gives, with `start` at the words that name it. */
function readX(text: string, xStart: number, rawEnd: number, end: number, model: DisputeModel): Candidate | undefined {
  const xEnd = stripFillers(text, xStart, rawEnd, model);
  const x = text.slice(xStart, xEnd);
  const base = { end, family: 'civil', generic: false, via: 'cause-clause' } as const;
  const reading = readWords(x, model, { family: 'civil', strict: true });
  if (reading && reading.entry.kind !== 'generic' && reading.entry.node) {
    return { ...base, start: xStart + reading.start, node: reading.entry.node, mapped: reading.kind === 'rule' || reading.kind === 'rewrite' };
  }
  return namesRelation(x, model) ? { ...base, start: xStart, node: null, mapped: false } : undefined;
}

/** Where X may start: after each opener before the verb in the same run of Han characters, nearest first. */
function xStarts(text: string, verbStart: number, model: DisputeModel): number[] {
  const { openers, maxChars } = model.phrasing.causeClause;
  const starts: number[] = [];
  for (let p = verbStart - 1; p >= hanRunStart(text, verbStart, maxChars); p--) {
    const opener = wordAt(text, p, openers);
    if (opener && p + opener.length < verbStart) starts.push(p + opener.length);
  }
  return starts;
}

/** End of the verb and head at `verbStart` (发生纠纷, 引发的系列纠纷, 对簿公堂), if they stand there. */
function clauseEnd(text: string, verbStart: number, model: DisputeModel): number | undefined {
  const { verbs, heads, suitHeads } = model.phrasing.causeClause;
  const suit = wordAt(text, verbStart, suitHeads);
  if (suit) return verbStart + suit.length;
  const verb = wordAt(text, verbStart, verbs);
  if (!verb) return undefined;
  let afterVerb = verbStart + verb.length;
  if (text[afterVerb] === '了' || text[afterVerb] === '的') afterVerb++;
  afterVerb += wordAt(text, afterVerb, model.phrasing.seriesWords)?.length ?? 0;
  const head = wordAt(text, afterVerb, heads);
  return head ? afterVerb + head.length : undefined;
}

/**
 * `因X发生纠纷` (also 由于/就 … 产生/引发/引起, `因X与Y发生纠纷`, `因X产生矛盾`, `因X对簿公堂`): X names the cause
 * when it is a civil stem (因买卖合同发生纠纷 → 买卖合同纠纷), ends in one (因宅基地使用权问题),
 * or a rule or rewrite maps it (因工程款结算产生纠纷 → 建设工程合同纠纷). X that names no cause but
 * ends in a legal relation (因店铺转让引发的纠纷, 因草场界线发生纠纷) is a case reported with no
 * cause; other X (因琐事, 因言语不和) gives no mention. A series word may stand before the head
 * (因讨要工钱引发的系列纠纷).
 */
export function scanCauseClauses(text: string, model: DisputeModel): Candidate[] {
  const found: Candidate[] = [];
  for (let verbStart = 0; verbStart < text.length; verbStart++) {
    const end = clauseEnd(text, verbStart, model);
    if (end === undefined) continue;
    const candidate = xStarts(text, verbStart, model)
      .flatMap((xStart) => xEnds(text, xStart, verbStart, model).map((xEnd) => [xStart, xEnd] as const))
      .map(([xStart, xEnd]) => readX(text, xStart, xEnd, end, model))
      .find((c) => c !== undefined);
    if (candidate) found.push(candidate);
  }
  return found;
}
