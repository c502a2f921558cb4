import type { Lang } from '../../i18n/strings.js';
import type { AnalysedCorpus, AnalysisData } from '../corpus.js';
import { buildAmountsView } from './amounts-view.js';
import { buildRegionsView } from './regions-view.js';
import type { TermOptions } from '../keywords/term-options.js';
import type { TokenCache } from '../keywords/token-cache.js';
import { buildDisputesView } from './disputes-view.js';
import { buildKeywordsView } from './keywords-view.js';
import { OVERVIEW_TOP, type OverviewSource } from './overview-view.js';

/** A segmenter's token cache with the options words are counted under. */
export interface WordCounting {
  /** Segmenter and its per-article token cache. */
  tokens: TokenCache;
  /** Stop lists and counting options. */
  options: TermOptions;
}

/** What the summarised views need besides the corpus. */
export interface OverviewDeps {
  /** The data the corpus was analysed with (gazetteer, dispute taxonomy). */
  data: AnalysisData;
  /** Word counting, or null while the dictionary loads (keywords are then left out). */
  words: WordCounting | null;
}

/**
 * The views the overview summarises, each built with its default options, with the columns that
 * name and measure their rows. The TUI's Overview tab and the terminal-less print both use it.
 */
export function overviewSources(corpus: AnalysedCorpus, lang: Lang, deps: OverviewDeps): OverviewSource[] {
  const sources: OverviewSource[] = [];
  if (deps.words) {
    const view = buildKeywordsView(corpus, { ...deps.words.options, lang, tokens: deps.words.tokens, top: OVERVIEW_TOP, sort: 'count' });
    sources.push({ view, nameKey: 'term', valueKey: 'count' });
  }
  sources.push({ view: buildRegionsView(corpus, { level: 'city', lang, gazetteer: deps.data.regions.gazetteer }), nameKey: 'region', valueKey: 'articles' });
  sources.push({ view: buildDisputesView(corpus, { lang, taxonomy: deps.data.disputes.taxonomy }), nameKey: 'cause', valueKey: 'articles' });
  sources.push({ view: buildAmountsView(corpus, { by: 'kind', lang }), nameKey: 'key', valueKey: 'total_yuan' });
  return sources;
}
