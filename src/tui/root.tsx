import { useReducer } from 'react';
import { App } from './components/app.js';
import { reducer } from './state/reducer.js';
import type { TuiState } from './state/tui-state.js';
import { useExport } from './use-export.js';
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
  useWords(state.phase === 'ready', request.cwd, dispatch);
  useResize(dispatch);
  const exportTable = useExport(state, dispatch, exportDir);
  useKeys(state, dispatch, { exportTable });
  return <App state={state} />;
}
