import { useCallback, type Dispatch } from 'react';
import { t } from '../i18n/strings.js';
import { exportCsv } from '../io/export-csv.js';
import type { Action } from './state/actions.js';
import { visibleTable } from './state/select-view.js';
import type { TuiState } from './state/tui-state.js';

/** Returns the export effect: writes the table on screen as CSV and reports the path. */
export function useExport(state: TuiState, dispatch: Dispatch<Action>, exportDir: string): () => void {
  return useCallback(() => {
    const shown = state.phase === 'ready' ? visibleTable(state) : null;
    if (!shown) {
      dispatch({ type: 'show-message', text: t('tui.nothing-to-export', state.lang) });
      return;
    }
    exportCsv(shown.view, exportDir, new Date()).then(
      (written) => dispatch({ type: 'show-message', text: `${t('tui.exported', state.lang)} ${written}` }),
      (error: unknown) => dispatch({ type: 'show-message', text: `${t('tui.export-failed', state.lang)}: ${error instanceof Error ? error.message : String(error)}` }),
    );
  }, [state, dispatch, exportDir]);
}
