import { loadAnalysisData } from '../../src/io/analysis-data.js';
import { analyseCorpus, type AnalysedCorpus } from '../../src/core/corpus.js';

// A page written for the amount tests, imitating court news (two articles, a layout break inside
// 利息, a repeated judgment sum, a vague amount); not copied from any source.
export const AMOUNTS_PAGE = `包头讯 近日，某旗人民法院审结一起买卖合同纠纷案件。法院判决被告支付原告货款5万元，上述货款5万元应于十日内付清。（王甲）

集宁讯 近日，某区人民法院审结一起民间借贷纠纷案件，判决被告偿还原告借款20万元及利
息。
该院还审结一起买卖合同纠纷，判决被告支付货款3万元。上述借款20万元应于判决生效后十日内偿还。该院为申请执行人追回数十万元执行款。（李乙）
`;

/** The page analysed as a one-file corpus. */
export function amountsCorpus(): AnalysedCorpus {
  return analyseCorpus([{ path: 'page-2024-01-05.txt', text: AMOUNTS_PAGE, encoding: 'utf-8', bytes: AMOUNTS_PAGE.length }], loadAnalysisData());
}
