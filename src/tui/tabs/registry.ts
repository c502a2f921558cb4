import { analysisWarnings } from '../../core/analysis-warnings.js';
import { buildOverviewView } from '../../core/views/overview-view.js';
import { overviewSources } from '../../core/views/overview-sources.js';
import { amountsTab } from './amounts-tab.js';
import { articlesTab } from './articles-tab.js';
import { disputesTab } from './disputes-tab.js';
import { keywordsTab } from './keywords-tab.js';
import { regionsTab } from './regions-tab.js';
import type { TabId, TabSpec } from './tab-spec.js';

/** Overview: corpus size, load time, the top rows of every summarised view, warnings. */
export const overviewTab: TabSpec = {
  id: 'overview',
  title: 'tab.overview',
  options: [],
  build: (ctx) => buildOverviewView(ctx.corpus, overviewSources(ctx.corpus, ctx.lang, { data: ctx.data, words: ctx.words }), { ...ctx.facts, warnings: [...ctx.facts.warnings, ...analysisWarnings(ctx.corpus, ctx.lang)] }, ctx.lang),
  nameKeys: ['name'],
  barKeys: ['value'],
  compactHide: ['rank'],
  drill: () => null,
};

/** Every tab, in tab-bar order. */
export const TABS: readonly TabSpec[] = [overviewTab, articlesTab, keywordsTab, regionsTab, disputesTab, amountsTab];

/** The spec of a tab. */
export function tabSpec(id: TabId): TabSpec {
  return TABS.find((spec) => spec.id === id) ?? overviewTab;
}
