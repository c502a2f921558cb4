import { Box, Text } from 'ink';
import { corpusChars } from '../../core/views/overview-view.js';
import { counted, optionValue, t, type StringKey } from '../../i18n/strings.js';
import { bodyHeight, pageRows } from '../layout/screen-layout.js';
import { layoutTable } from '../layout/table-layout.js';
import { truncate, widthOf } from '../layout/text-width.js';
import { articleLines } from '../state/article-lines.js';
import { tabPending } from '../state/reducer.js';
import { builtView, visibleTable } from '../state/select-view.js';
import type { TuiState } from '../state/tui-state.js';
import { TABS, tabSpec } from '../tabs/registry.js';
import { firstColumn } from '../tabs/tab-spec.js';
import { ArticleView } from './article-view.js';
import { HelpView } from './help-view.js';
import { OverviewView } from './overview-view.js';
import { ProgressView } from './progress-view.js';
import { StatusLine } from './status-line.js';
import { TabBar } from './tab-bar.js';
import { TableView } from './table-view.js';

const HELP_KEYS: readonly StringKey[] = ['help.tabs', 'help.move', 'help.enter', 'help.back', 'help.sort', 'help.options', 'help.filter', 'help.global', 'help.export', 'help.help', 'help.quit'];

function titleLine(state: TuiState): string {
  const parts = [`bulletin-lens  ${state.source}`];
  if (state.corpus) {
    const chars = corpusChars(state.corpus);
    parts.push(counted(state.corpus.files.length, 'overview.files', state.lang), counted(state.corpus.articles.length, 'overview.articles', state.lang), counted(chars, 'overview.chars', state.lang));
    if (state.loadMs !== null) parts.push(`${(state.loadMs / 1000).toFixed(1)} s`);
  }
  return ` ${parts.join(' · ')}`;
}

function filterLine(state: TuiState): string {
  const set = Object.entries(state.filters).filter(([, value]) => value);
  if (set.length === 0) return '';
  const names: Record<string, StringKey> = { region: 'tui.region-prompt', dispute: 'tui.dispute-prompt' };
  // A region picked from the Regions tab is kept as its code; show its name.
  const shown = (key: string, value: string): string => (key === 'region' ? (state.data?.regions.gazetteer.get(value)?.name ?? value) : value);
  const list = set.map(([key, value]) => `${names[key] ? t(names[key], state.lang) : key}=${shown(key, String(value))}`).join(' ');
  return `${t('tui.filters', state.lang)}: ${list}  (${t('tui.clear', state.lang)}) `;
}

function optionHints(state: TuiState): string[] {
  if (state.stack.length > 0) return [];
  const spec = tabSpec(state.tab);
  return spec.options.filter((o) => o.name !== 'sort').map((o) => `${o.hotkey} ${t(o.label, state.lang)}: ${optionValue(o.values[state.tabs[state.tab].options[o.name] ?? 0] ?? '', state.lang)}`);
}

function Body({ state, height }: { state: TuiState; height: number }) {
  const L = (key: StringKey): string => t(key, state.lang);
  const width = state.size.columns;
  if (state.phase === 'loading') {
    return <ProgressView heading={`${L('tui.loading')} ${state.source}`} read={state.progress.read} total={state.progress.total} analysed={state.progress.analysed} filesLabel={L('tui.files-read')} articlesLabel={L('tui.articles-analysed')} width={Math.min(40, width - 4)} />;
  }
  if (state.phase === 'failed') return <Text color="red">{` ${L('tui.failed')}: ${state.error ?? ''}`}</Text>;
  if (state.help) return <HelpView title={L('tui.help-title')} lines={HELP_KEYS.map((key) => L(key))} />;
  const top = state.stack[state.stack.length - 1];
  if (top?.kind === 'article') {
    const a = top.article;
    const heading = [a.dateline ? `${a.dateline}讯` : null, a.headline, a.byline ? `（${a.byline}）` : null, `${a.file} #${a.index}`].filter(Boolean).join(' · ');
    return <ArticleView heading={heading} lines={articleLines(top, width)} scroll={top.scroll} height={height} />;
  }
  if (tabPending(state)) return <Text dimColor>{`  ${L('tui.dictionary-loading')}`}</Text>;
  if (!top && state.tab === 'overview') {
    const view = builtView(state, 'overview');
    const notes = state.words ? [] : [`${L('tab.keywords')}: ${state.wordsError ?? L('tui.dictionary-loading')}`];
    return view ? <OverviewView view={view} width={width} height={height} warningsLabel={L('overview.warnings')} none={L('overview.none')} notes={notes} /> : null;
  }
  const shown = visibleTable(state);
  if (!shown) return null;
  const spec = top ? null : tabSpec(state.tab);
  const barKey = spec ? firstColumn(shown.view, spec.barKeys) : null;
  const layout = layoutTable(shown.view, width, { barKey, compactHide: spec?.compactHide ?? [], lang: state.lang });
  return <TableView view={shown.view} layout={layout} cursor={shown.table.cursor} offset={shown.table.offset} height={pageRows(state.size.rows)} barKey={barKey} empty={L('tui.empty')} lang={state.lang} />;
}

/** The whole frame, drawn from the state alone. */
export function App({ state }: { state: TuiState }) {
  const L = (key: StringKey): string => t(key, state.lang);
  const width = state.size.columns;
  const height = bodyHeight(state.size.rows);
  const titles = TABS.map((spec) => L(spec.title));
  const crumbs = [L(tabSpec(state.tab).title), ...state.stack.map((s) => s.crumb)].join(' › ');
  const shown = state.phase === 'ready' ? visibleTable(state) : null;
  const hints = [state.stack.length > 0 ? L('tui.back') : L('tui.enter'), ...optionHints(state), L('tui.sort'), L('tui.filter'), L('tui.export'), L('tui.help'), L('tui.quit')].join(' · ');
  const right = [shown ? counted(shown.view.rows.length, 'tui.rows', state.lang) : '', state.message ?? ''].filter(Boolean).join(' · ');
  const title = titleLine(state);
  const filters = filterLine(state);
  const prompts: Record<string, StringKey> = { filter: 'tui.filter-prompt', region: 'tui.region-prompt', dispute: 'tui.dispute-prompt' };
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        <Text bold>{truncate(title, Math.max(0, width - widthOf(filters)))}</Text>
        <Text>{' '.repeat(Math.max(0, width - widthOf(truncate(title, Math.max(0, width - widthOf(filters)))) - widthOf(filters)))}</Text>
        <Text color="yellow">{filters}</Text>
      </Text>
      <TabBar titles={titles} current={TABS.findIndex((spec) => spec.id === state.tab)} />
      <Text dimColor wrap="truncate">
        {state.stack.length > 0 ? ` ${crumbs}` : '─'.repeat(width)}
      </Text>
      <Box height={height} flexDirection="column" overflow="hidden">
        <Body state={state} height={height} />
      </Box>
      <Text dimColor>{'─'.repeat(width)}</Text>
      <StatusLine hints={hints} right={right} input={state.input ? { prompt: L(prompts[state.input.kind] ?? 'tui.filter-prompt'), text: state.input.text } : null} width={width} />
    </Box>
  );
}
