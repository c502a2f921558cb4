import { useReducer } from 'react';
import { App } from './components/app.js';
import { reducer } from './state/reducer.js';
import type { TuiState } from './state/tui-state.js';
import { useEffects } from './use-effects.js';
import { useKeys } from './use-keys.js';
import { useLoader, type LoadRequest } from './use-loader.js';
import { useResize } from './use-resize.js';
import { useWords } from './use-words.js';

/** Props of `Root`. */
export interface RootProps {
  /** State to start from (loading). */
  initial: TuiState;
  /** What to load. */
  request: LoadRequest;
  /** Folder exports are written to. */
  exportDir: string;
}

/** Wires state, loading, keys and effects to the frame. */
export function Root({ initial, request, exportDir }: RootProps) {
  const [state, dispatch] = useReducer(reducer, initial);
  useLoader(request, dispatch);
  useWords(state.corpus, request.cwd, dispatch);
  useResize(dispatch);
  useKeys(dispatch);
  useEffects(state, dispatch, exportDir);
  return <App state={state} />;
}
