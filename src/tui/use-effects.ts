import { useApp } from 'ink';
import { useEffect, type Dispatch } from 'react';
import { t } from '../i18n/strings.js';
import { exportCsv } from '../io/export-csv.js';
import type { Action } from './state/actions.js';
import { visibleTable } from './state/select-view.js';
import type { TuiState } from './state/tui-state.js';

/** Carries out the effect the reducer asked for (quit, export), then reports it done. */
export function useEffects(state: TuiState, dispatch: Dispatch<Action>, exportDir: string): void {
  const { exit } = useApp();
  useEffect(() => {
    if (state.effect === null) return;
    dispatch({ type: 'effect-done' });
    if (state.effect === 'quit') {
      exit();
      return;
    }
    const shown = state.phase === 'ready' ? visibleTable(state) : null;
    if (!shown) {
      dispatch({ type: 'show-message', text: t('tui.nothing-to-export', state.lang) });
      return;
    }
    exportCsv(shown.view, exportDir, new Date()).then(
      (written) => dispatch({ type: 'show-message', text: `${t('tui.exported', state.lang)} ${written}` }),
      (error: unknown) => dispatch({ type: 'show-message', text: `${t('tui.export-failed', state.lang)}: ${error instanceof Error ? error.message : String(error)}` }),
    );
  }, [state, dispatch, exit, exportDir]);
}
