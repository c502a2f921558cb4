import { t, type Lang } from '../../i18n/strings.js';
import type { AnalysedCorpus } from '../corpus.js';
import type { Gazetteer, Unit } from '../regions/gazetteer.js';
import type { RegionLevel } from '../regions/region-types.js';
import { sortRows, type ViewRow, type ViewTable } from '../view/view-table.js';

/** Options of the regions view. */
export interface RegionsViewOptions {
  /** Level of the rows. */
  level: RegionLevel;
  /** Label language. */
  lang: Lang;
  /** The gazetteer the mentions were resolved against. */
  gazetteer: Gazetteer;
}

interface Tally {
  unit: Unit;
  articles: number;
  mentions: number;
}

/**
 * One row per unit at the chosen level that an article's primary region or a mention lies in:
 * `articles` counts articles whose primary region lies in the unit, `mentions` every resolved
 * mention (any role) inside it. Sorted by articles, then name; units with equal names (two 青山区)
 * keep code order. Articles placed only above the level (a primary region of 内蒙古自治区 in a city
 * view) or nowhere are counted in `meta`, so totals can be checked.
 */
export function buildRegionsView(corpus: AnalysedCorpus, options: RegionsViewOptions): ViewTable {
  const { gazetteer, level, lang } = options;
  const tallies = new Map<string, Tally>();
  const tallyOf = (code: string): Tally | null => {
    const unit = gazetteer.unitAt(code, level);
    if (!unit) return null;
    const known = tallies.get(unit.code) ?? { unit, articles: 0, mentions: 0 };
    tallies.set(unit.code, known);
    return known;
  };
  let unplaced = 0;
  let aboveLevel = 0;
  const status = { resolved: 0, ambiguous: 0, unresolved: 0 };
  for (const article of corpus.articles) {
    const primary = article.primaryRegion;
    if (!primary) unplaced++;
    else {
      const tally = tallyOf(primary.code);
      if (tally) tally.articles++;
      else aboveLevel++;
    }
    for (const mention of article.regions) {
      status[mention.status]++;
      if (mention.code !== null) {
        const tally = tallyOf(mention.code);
        if (tally) tally.mentions++;
      }
    }
  }
  const rows: ViewRow[] = [...tallies.values()]
    .sort((a, b) => (a.unit.code < b.unit.code ? -1 : 1))
    .map(({ unit, articles, mentions }) => ({
      region: unit.name,
      code: unit.code,
      level: unit.level,
      parent: unit.parent === null ? null : (gazetteer.get(unit.parent)?.name ?? null),
      articles,
      mentions,
    }));
  return {
    id: 'regions',
    title: t('view.regions', lang),
    columns: [
      { key: 'region', label: t('column.region', lang), type: 'text' },
      { key: 'code', label: t('column.code', lang), type: 'text' },
      { key: 'level', label: t('column.level', lang), type: 'text' },
      { key: 'parent', label: t('column.parent', lang), type: 'text' },
      { key: 'articles', label: t('column.articles', lang), type: 'integer' },
      { key: 'mentions', label: t('column.mentions', lang), type: 'integer' },
    ],
    rows: sortRows(rows, 'articles', 'region'),
    meta: {
      level,
      articles: corpus.articles.length,
      articlesWithoutRegion: unplaced,
      articlesAboveLevel: aboveLevel,
      mentions: status.resolved + status.ambiguous + status.unresolved,
      ambiguousMentions: status.ambiguous,
      unresolvedMentions: status.unresolved,
      sort: 'articles desc, region',
    },
  };
}
