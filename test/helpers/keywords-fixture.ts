import { loadAnalysisData } from '../../src/io/analysis-data.js';
import { analyseCorpus, type AnalysedCorpus } from '../../src/core/corpus.js';
import { fakeSegmenter } from './fake-segmenter.js';

// A page written by us for these tests, imitating a court bulletin: two articles with datelines,
// a two-line headline before the first, a one-line headline after the second, bylines, an
// anonymised party (张某某, 李某, 甲公司, 乙公司) and the first reporter's name in its own body.
export const PAGE = [
  '执行干警上门拘传',
  '被执行人当场履行',
  '',
  '包头讯 近日，包头市人民法院执行干警依法对被执行人张某某',
  '采取拘传措施，张某某当场履行欠款3000元。申请执行人李某',
  '表示满意。记者王小明从该院获悉，甲公司与乙公司的纠纷也已执行和解。（王小明）',
  '',
  '通辽讯 通辽市人民法院开展诉源治理工作，诉前调解纠纷',
  '一百二十件。调解员表示，调解工作全面推进，执行',
  '工作同步推进。 （赵六）',
  '',
  '诉源治理见实效 调解',
  '',
].join('\n');

/** The words the fake segmenter knows for `PAGE` (`word/tag`, tag `n` when absent). */
export const WORDS = [
  '执行干警', '执行/v', '干警', '上门/v', '拘传/v', '被执行人', '当场/d', '履行/v', '近日/t', '包头市/ns', '人民法院/nt',
  '依法/d', '采取/v', '措施', '欠款', '申请执行人', '表示/v', '满意/a', '记者', '王小明/nr', '该院/r', '获悉/v',
  '公司', '纠纷', '也已/d', '执行和解/nz', '通辽市/ns', '开展/v', '诉源治理/nz', '工作/vn', '诉前调解/nz', '一百二十/m',
  '调解员', '调解/v', '全面/ad', '推进/v', '同步/vd', '见/v', '实效', '某某/r',
];

/** The fixture page analysed as one file. */
export function fixtureCorpus(): AnalysedCorpus {
  return analyseCorpus([{ path: 'page-2023-12.txt', encoding: 'utf-8', bytes: PAGE.length, text: PAGE }], loadAnalysisData());
}

/** A fake segmenter knowing `WORDS`. */
export function fixtureSegmenter(): ReturnType<typeof fakeSegmenter> {
  return fakeSegmenter(WORDS);
}
