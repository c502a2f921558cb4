import { describe, expect, it } from 'vitest';
import { reducer } from '../../src/tui/state/reducer.js';
import { visibleTable } from '../../src/tui/state/select-view.js';
import { createInitialState } from '../../src/tui/state/tui-state.js';
import { readyState, run } from './helpers.js';

describe('TUI reducer', () => {
  it('starts loading on the overview and records progress, then the corpus', () => {
    const initial = createInitialState({ lang: 'zh', source: 'corpus/', columns: 80, rows: 24 });
    expect(initial).toMatchObject({ phase: 'loading', tab: 'overview', stack: [], lang: 'zh' });
    const progressed = reducer(initial, { type: 'load-progress', progress: { read: 1, total: 2, analysed: 0 } });
    expect(progressed.progress).toEqual({ read: 1, total: 2, analysed: 0 });
    const ready = readyState();
    expect(ready.phase).toBe('ready');
    expect(ready.corpus?.articles).toHaveLength(3);
  });

  it('records a load failure with its one-line reason', () => {
    const initial = createInitialState({ lang: 'en', source: 'x', columns: 80, rows: 24 });
    expect(reducer(initial, { type: 'load-failed', message: 'path not found: x' })).toMatchObject({ phase: 'failed', error: 'path not found: x' });
  });

  it('switches tabs by id, forward and backward with wrap-around', () => {
    const state = readyState();
    expect(run(state, { type: 'select-tab', tab: 'articles' }).tab).toBe('articles');
    expect(run(state, { type: 'next-tab' }).tab).toBe('articles');
    expect(run(state, { type: 'previous-tab' }, { type: 'next-tab' }).tab).toBe('overview');
  });

  it('moves the cursor within the rows and keeps it on screen', () => {
    const state = run(readyState(100, 9), { type: 'select-tab', tab: 'articles' });
    expect(run(state, { type: 'move', by: 1 }).tabs.articles.cursor).toBe(1);
    expect(run(state, { type: 'move', by: -5 }).tabs.articles.cursor).toBe(0);
    expect(run(state, { type: 'move-to', where: 'end' }).tabs.articles).toMatchObject({ cursor: 2, offset: 1 });
    expect(run(state, { type: 'page', direction: 1 }).tabs.articles.cursor).toBe(2);
  });

  it('returns the same state for impossible moves', () => {
    const state = readyState();
    expect(reducer(state, { type: 'back' })).toBe(state);
    const articles = run(state, { type: 'select-tab', tab: 'articles' });
    expect(reducer(articles, { type: 'move', by: -1 })).toBe(articles);
    expect(reducer(articles, { type: 'move-to', where: 'start' })).toBe(articles);
  });

  it('cycles the sort column through the numeric columns, the name column and back', () => {
    const state = run(readyState(), { type: 'select-tab', tab: 'articles' });
    const names = (s: typeof state) => visibleTable(s)?.view.rows.map((r) => r.headline);
    expect(names(state)).toEqual(['调解化纠纷', '执行暖人心', null]);
    const byIndex = run(state, { type: 'cycle-sort' });
    expect(visibleTable(byIndex)?.view.rows.map((r) => r.index)).toEqual([2, 1, 1]);
    // index, chars, amount_total_yuan, then the name column (headline), then the view's own order.
    const byName = run(state, ...new Array(4).fill({ type: 'cycle-sort' } as const));
    expect(visibleTable(byName)?.view.rows.map((r) => r.headline)).toEqual([null, '执行暖人心', '调解化纠纷']);
    expect(run(byName, { type: 'cycle-sort' }).tabs.articles.sort).toBe(0);
  });

  it('narrows the table as a filter is typed, keeps it on Enter and drops it on Esc', () => {
    const state = run(readyState(), { type: 'select-tab', tab: 'articles' }, { type: 'open-input', kind: 'filter' }, { type: 'input-char', text: '通辽' });
    expect(visibleTable(state)?.view.rows.map((r) => r.dateline)).toEqual(['通辽']);
    const kept = run(state, { type: 'input-commit' });
    expect(kept.input).toBeNull();
    expect(visibleTable(kept)?.view.rows).toHaveLength(1);
    const dropped = run(state, { type: 'input-cancel' });
    expect(visibleTable(dropped)?.view.rows).toHaveLength(3);
    expect(run(state, { type: 'input-backspace' }).input?.text).toBe('通');
  });

  it('drills from an article row into its text and back', () => {
    const state = run(readyState(), { type: 'select-tab', tab: 'articles' }, { type: 'move', by: 1 }, { type: 'drill' });
    const top = state.stack[0];
    expect(top?.kind).toBe('article');
    expect(top?.kind === 'article' ? top.article.text : '').toBe('法院执行到位金额5万元。');
    expect(top?.crumb).toBe('#2 执行暖人心');
    expect(run(state, { type: 'back' }).stack).toEqual([]);
  });

  it('switching tab leaves a drill-down', () => {
    const state = run(readyState(), { type: 'select-tab', tab: 'articles' }, { type: 'drill' }, { type: 'select-tab', tab: 'overview' });
    expect(state.stack).toEqual([]);
  });

  it('toggles help, which Esc also closes', () => {
    const state = run(readyState(), { type: 'toggle-help' });
    expect(state.help).toBe(true);
    expect(run(state, { type: 'back' }).help).toBe(false);
  });

  it('shows a message until the next screen change', () => {
    const state = run(readyState(), { type: 'show-message', text: 'exported a.csv' });
    expect(state.message).toBe('exported a.csv');
    expect(run(state, { type: 'next-tab' }).message).toBeNull();
  });
});

describe('TUI reducer reading keys', () => {
  const none = {
    upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
    return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false,
  } as import('ink').Key;
  const press = (input: string, over: Partial<import('ink').Key> = {}) => ({ type: 'key', input, key: { ...none, ...over } }) as const;

  it('reads each key in the state the previous one left, so fast typing lands in the filter', () => {
    const state = run(readyState(), { type: 'select-tab', tab: 'articles' }, press('/'), press('通辽'), press('q'), press('', { backspace: true }), press('\r', { return: true }));
    expect(state.input).toBeNull();
    expect(visibleTable(state)?.view.rows.map((r) => r.dateline)).toEqual(['通辽']);
    expect(state.effect).toBeNull();
  });

  it('asks for the export and quit effects, and clears them when done', () => {
    const asked = run(readyState(), press('e'));
    expect(asked.effect).toBe('export');
    expect(run(asked, { type: 'effect-done' }).effect).toBeNull();
    expect(run(readyState(), press('c', { ctrl: true })).effect).toBe('quit');
  });
});
