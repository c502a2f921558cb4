import type { Candidate } from './candidate.js';
import type { DisputeModel } from './model.js';
import { sentenceAround } from './text.js';

/** The paragraph of `position` up to the end of its sentence: where the parties of a claim are named. */
function partiesText(text: string, position: number): string {
  const paragraphStart = text.lastIndexOf('\n', position - 1) + 1;
  return text.slice(paragraphStart, sentenceAround(text, position).end);
}

/**
 * A loan case whose words name only a loan (`要求陈某归还借款`, `因借款发生纠纷`), refined by who
 * lent: a bank in its paragraph makes it 金融借款合同纠纷; another lending business (小额贷款公司,
 * 典当行) leaves it as the words give it; else private parties (王某, 某公司) make it 民间借贷纠纷, a
 * loan between people and firms that are no financial institution. With no party named (原告, 被告)
 * it stays as it is. Only suits and cause clauses are refined: they tell of a case with parties.
 */
export function refineLender(text: string, candidate: Candidate, model: DisputeModel): Candidate {
  const causes = model.lenderCauses;
  const { lenders } = model.phrasing;
  if (!causes || candidate.node !== causes.loan || !lenders.vias.includes(candidate.via)) return candidate;
  const parties = partiesText(text, candidate.start);
  if (lenders.banks.some((word) => parties.includes(word))) return { ...candidate, node: causes.bank, mapped: true };
  if (lenders.otherLenders.some((word) => parties.includes(word))) return candidate;
  if (lenders.privateMarks.some((word) => parties.includes(word))) return { ...candidate, node: causes.private, mapped: true };
  return candidate;
}
