import { loadAnalysisData } from '../../src/io/analysis-data.js';
import { analyseCorpus } from '../../src/core/corpus.js';
import { reducer } from '../../src/tui/state/reducer.js';
import type { Action } from '../../src/tui/state/actions.js';
import { createInitialState, type TuiState } from '../../src/tui/state/tui-state.js';

// Two small pages written for these tests, imitating court-news phrasing.
const PAGE_A = ['调解化纠纷', '', '包头讯 近日，某法院调解一起买卖合同纠纷。（王甲）', '', '执行暖人心', '', '通辽讯 法院执行到位金额5万元。（李乙）'].join('\n');
const PAGE_B = ['赤峰讯 法院审结一起民间借贷纠纷案件，判决被告归还借款。（赵丙）'].join('\n');

/** A ready state on the two small pages, at the given size. */
export function readyState(columns = 100, rows = 20): TuiState {
  const corpus = analyseCorpus([
    { path: 'a.txt', encoding: 'utf-8', text: PAGE_A, bytes: 0 },
    { path: 'b.txt', encoding: 'utf-8', text: PAGE_B, bytes: 0 },
  ], loadAnalysisData());
  const initial = createInitialState({ lang: 'en', source: 'test/', columns, rows });
  return reducer(initial, { type: 'load-done', corpus, data: loadAnalysisData(), warnings: ['x.txt: skipped, binary file (contains NUL bytes)'], loadMs: 12 });
}

/** Applies actions in order. */
export function run(state: TuiState, ...actions: Action[]): TuiState {
  return actions.reduce(reducer, state);
}
