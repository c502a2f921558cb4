import type { Key } from 'ink';
import { TABS } from '../tabs/registry.js';
import type { Action } from './actions.js';
import type { Effect, TuiState } from './tui-state.js';

/** Maps one key press to an action, or to an effect name, given the state. */
export function keyToAction(input: string, key: Key, state: TuiState): Action | Effect | null {
  if (key.ctrl && input === 'c') return 'quit';
  if (state.input) {
    if (key.return) return { type: 'input-commit' };
    if (key.escape) return { type: 'input-cancel' };
    if (key.backspace || key.delete) return { type: 'input-backspace' };
    if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow) return { type: 'input-char', text: input };
    return null;
  }
  if (input === 'q') return 'quit';
  if (state.help) return input === '?' || key.escape || key.return ? { type: 'toggle-help' } : null;
  if (key.tab) return key.shift ? { type: 'previous-tab' } : { type: 'next-tab' };
  if (key.leftArrow) return { type: 'previous-tab' };
  if (key.rightArrow) return { type: 'next-tab' };
  if (key.upArrow) return { type: 'move', by: -1 };
  if (key.downArrow) return { type: 'move', by: 1 };
  if (key.pageUp) return { type: 'page', direction: -1 };
  if (key.pageDown) return { type: 'page', direction: 1 };
  if (key.home) return { type: 'move-to', where: 'start' };
  if (key.end) return { type: 'move-to', where: 'end' };
  if (key.return) return { type: 'drill' };
  if (key.escape || key.backspace || key.delete) return { type: 'back' };
  const tab = /^[1-9]$/.test(input) ? TABS[Number(input) - 1] : undefined;
  if (tab) return { type: 'select-tab', tab: tab.id };
  switch (input) {
    case '?':
      return { type: 'toggle-help' };
    case 's':
      return { type: 'cycle-sort' };
    case '/':
      return { type: 'open-input', kind: 'filter' };
    case 'r':
      return { type: 'pick-filter', kind: 'region' };
    case 'd':
      return { type: 'pick-filter', kind: 'dispute' };
    case 'x':
      return { type: 'clear-filters' };
    case 'e':
      return 'export';
    default:
      return input.length === 1 && /[a-z]/.test(input) ? { type: 'cycle-option', hotkey: input } : null;
  }
}
