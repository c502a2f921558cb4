import type { Key } from 'ink';
import type { AnalysedCorpus, AnalysisData } from '../../core/corpus.js';
import type { TabId } from '../tabs/tab-spec.js';
import type { LoadProgress, WordResources } from './tui-state.js';

/** Everything that can happen to the UI; `type` names are kebab-case. */
export type Action =
  | { type: 'load-progress'; progress: LoadProgress }
  | { type: 'load-done'; corpus: AnalysedCorpus; data: AnalysisData; warnings: readonly string[]; loadMs: number }
  | { type: 'words-ready'; words: WordResources }
  | { type: 'words-failed'; message: string }
  | { type: 'load-failed'; message: string }
  | { type: 'resize'; columns: number; rows: number }
  | { type: 'select-tab'; tab: TabId }
  | { type: 'next-tab' }
  | { type: 'previous-tab' }
  | { type: 'move'; by: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'move-to'; where: 'start' | 'end' }
  | { type: 'cycle-sort' }
  | { type: 'cycle-option'; hotkey: string }
  | { type: 'drill' }
  | { type: 'back' }
  | { type: 'open-input'; kind: 'filter' | 'region' | 'dispute' }
  | { type: 'input-char'; text: string }
  | { type: 'input-backspace' }
  | { type: 'input-commit' }
  | { type: 'input-cancel' }
  | { type: 'pick-filter'; kind: 'region' | 'dispute' }
  | { type: 'clear-filters' }
  | { type: 'toggle-help' }
  | { type: 'show-message'; text: string }
  | { type: 'key'; input: string; key: Key }
  | { type: 'effect-done' };
