import type { Lang } from '../../i18n/strings.js';
import type { AnalysedCorpus } from '../corpus.js';
import type { OverviewSource } from './overview-view.js';

/**
 * The views the overview summarises, each with its name and measure columns, built with their
 * default options. The TUI's Overview tab and the non-terminal overview print both use it.
 */
export function overviewSources(_corpus: AnalysedCorpus, _lang: Lang): OverviewSource[] {
  return [];
}
