import { useEffect, type Dispatch } from 'react';
import { TokenCache } from '../core/keywords/token-cache.js';
import { DEFAULT_MIN_LENGTH } from '../core/keywords/term-options.js';
import { createNodejiebaSegmenter } from '../io/nodejieba-segmenter.js';
import { loadStopwords } from '../io/stopword-files.js';
import type { Action } from './state/actions.js';

/**
 * Loads the segmenter's dictionaries and the stop lists once per session, after the corpus is
 * in, so neither the first frame nor the corpus load waits for them.
 */
export function useWords(ready: boolean, cwd: string, dispatch: Dispatch<Action>): void {
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    Promise.all([createNodejiebaSegmenter(), loadStopwords({ replace: [], add: [] }, cwd)]).then(
      ([segmenter, stopwords]) => {
        if (cancelled) return;
        dispatch({ type: 'words-ready', words: { tokens: new TokenCache(segmenter), options: { stopwords, minLength: DEFAULT_MIN_LENGTH, pos: null, includeHeadlines: false } } });
      },
      (error: unknown) => {
        if (!cancelled) dispatch({ type: 'words-failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [ready, cwd, dispatch]);
}
