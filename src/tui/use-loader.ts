import { useEffect, type Dispatch } from 'react';
import { loadAnalysisData } from '../io/analysis-data.js';
import { openCorpus } from '../io/open-corpus.js';
import type { Action } from './state/actions.js';

/** What to load. */
export interface LoadRequest {
  /** Path named by the user. */
  target: string;
  /** Extensions read in folders. */
  extensions: readonly string[];
  /** Folder relative paths resolve against. */
  cwd: string;
}

// Progress arrives once per file; redrawing more often than this only costs time.
const PROGRESS_INTERVAL_MS = 50;

/** Loads and analyses the corpus after the first frame, reporting progress as actions. */
export function useLoader(request: LoadRequest, dispatch: Dispatch<Action>): void {
  useEffect(() => {
    let cancelled = false;
    let last = 0;
    const started = performance.now();
    const timer = setTimeout(() => {
      const data = loadAnalysisData();
      openCorpus(request.target, {
        extensions: request.extensions,
        cwd: request.cwd,
        data,
        onProgress: (progress) => {
          const now = performance.now();
          if (cancelled || now - last < PROGRESS_INTERVAL_MS) return;
          last = now;
          dispatch({ type: 'load-progress', progress });
        },
      }).then(
        (opened) => {
          if (!cancelled) dispatch({ type: 'load-done', corpus: opened.corpus, data, warnings: opened.warnings, loadMs: performance.now() - started });
        },
        (error: unknown) => {
          if (!cancelled) dispatch({ type: 'load-failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [request, dispatch]);
}
