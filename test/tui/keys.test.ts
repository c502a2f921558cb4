import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { keyToAction } from '../../src/tui/state/key-map.js';
import { readyState, run } from './helpers.js';

const none: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false,
} as Key;
const key = (over: Partial<Key>): Key => ({ ...none, ...over });

describe('keyToAction', () => {
  const state = readyState();

  it('maps tab keys', () => {
    expect(keyToAction('3', none, state)).toEqual({ type: 'select-tab', tab: 'keywords' });
    expect(keyToAction('', key({ tab: true }), state)).toEqual({ type: 'next-tab' });
    expect(keyToAction('', key({ tab: true, shift: true }), state)).toEqual({ type: 'previous-tab' });
    expect(keyToAction('', key({ rightArrow: true }), state)).toEqual({ type: 'next-tab' });
  });

  it('maps movement, drill-down and back (Backspace arrives as delete in many terminals)', () => {
    expect(keyToAction('', key({ pageDown: true }), state)).toEqual({ type: 'page', direction: 1 });
    expect(keyToAction('', key({ end: true }), state)).toEqual({ type: 'move-to', where: 'end' });
    expect(keyToAction('\r', key({ return: true }), state)).toEqual({ type: 'drill' });
    expect(keyToAction('', key({ delete: true }), state)).toEqual({ type: 'back' });
  });

  it('maps commands and effects', () => {
    expect(keyToAction('q', none, state)).toBe('quit');
    expect(keyToAction('c', key({ ctrl: true }), state)).toBe('quit');
    expect(keyToAction('e', none, state)).toBe('export');
    expect(keyToAction('/', none, state)).toEqual({ type: 'open-input', kind: 'filter' });
    expect(keyToAction('l', none, state)).toEqual({ type: 'cycle-option', hotkey: 'l' });
  });

  it('sends typed characters to an open input line, q included', () => {
    const typing = run(state, { type: 'open-input', kind: 'filter' });
    expect(keyToAction('q', none, typing)).toEqual({ type: 'input-char', text: 'q' });
    expect(keyToAction('', key({ escape: true }), typing)).toEqual({ type: 'input-cancel' });
  });
});
