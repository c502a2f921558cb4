import { useStdout } from 'ink';
import { useEffect, type Dispatch } from 'react';
import type { Action } from './state/actions.js';

/** Tells the reducer the terminal's size whenever it changes. */
export function useResize(dispatch: Dispatch<Action>): void {
  const { stdout } = useStdout();
  useEffect(() => {
    const onResize = (): void => dispatch({ type: 'resize', columns: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, dispatch]);
}
