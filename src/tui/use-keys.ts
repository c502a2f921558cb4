import { useInput, useStdin } from 'ink';
import type { Dispatch } from 'react';
import type { Action } from './state/actions.js';

/**
 * Reads keys, only where raw mode is supported (never on piped stdin), and hands each to the
 * reducer, which maps it against the latest state: keys typed faster than frames draw are read
 * in the state their predecessors left.
 */
export function useKeys(dispatch: Dispatch<Action>): void {
  const { isRawModeSupported } = useStdin();
  useInput((input, key) => dispatch({ type: 'key', input, key }), { isActive: isRawModeSupported === true });
}
