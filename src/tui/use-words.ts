import { useEffect, useRef, type Dispatch } from 'react';
import type { AnalysedCorpus } from '../core/corpus.js';
import { TokenCache } from '../core/keywords/token-cache.js';
import { defaultTermOptions } from '../core/keywords/term-options.js';
import { loadStopwords } from '../io/stopword-files.js';
import { startWorkerSegmenter, type WorkerSegmenter } from '../io/worker-segmenter.js';
import type { Action } from './state/actions.js';

/**
 * Word counting for the Keywords tab, kept off the UI thread: the segmenter's worker starts with
 * the UI (its dictionaries load while the corpus does), then cuts every article body, and the
 * tab counts from those cuts. Once per session.
 */
export function useWords(corpus: AnalysedCorpus | null, cwd: string, dispatch: Dispatch<Action>): void {
  const worker = useRef<WorkerSegmenter | null>(null);
  useEffect(() => {
    worker.current = startWorkerSegmenter();
    return () => {
      void worker.current?.close();
    };
  }, []);
  useEffect(() => {
    const running = worker.current;
    if (!corpus || !running) return;
    let cancelled = false;
    const texts = corpus.articles.map((article) => article.text);
    Promise.all([running.segmentAll(texts), loadStopwords({ replace: [], add: [] }, cwd)]).then(
      ([segmenter, stopwords]) => {
        if (cancelled) return;
        dispatch({ type: 'words-ready', words: { tokens: new TokenCache(segmenter), options: defaultTermOptions(stopwords) } });
      },
      (error: unknown) => {
        if (!cancelled) dispatch({ type: 'words-failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [corpus, cwd, dispatch]);
}
