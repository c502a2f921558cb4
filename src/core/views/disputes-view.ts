import { t } from '../../i18n/strings.js';
import type { AnalysedCorpus } from '../corpus.js';
import type { ViewRow, ViewTable } from '../view/view-table.js';
import { sortRows } from '../view/view-table.js';
import { groupNode, keepsMention, optionsMeta, type DisputesViewOptions } from './disputes-options.js';

interface Group {
  row: Omit<ViewRow, 'articles' | 'mentions'>;
  articles: Set<string>;
  mentions: number;
}

/**
 * One row per case type: how many articles mention it and how often. Causes count at their own
 * level, or rolled up to `level` (deeper causes join their ancestor; shallower ones stay).
 * `(unlisted)` and `(none)` rows group by family. Sorted by articles, then name.
 */
export function buildDisputesView(corpus: AnalysedCorpus, options: DisputesViewOptions): ViewTable {
  const { lang, taxonomy } = options;
  const groups = new Map<string, Group>();
  let mentions = 0;
  for (const article of corpus.articles) {
    for (const mention of article.disputes) {
      if (!keepsMention(mention, options)) continue;
      const node = groupNode(mention, options);
      const key = node ? node.id : `${mention.family}:${mention.cause}`;
      let group = groups.get(key);
      if (!group) {
        const parent = node?.parent ? (taxonomy.byId.get(node.parent)?.name ?? null) : null;
        group = { row: { cause: node?.name ?? mention.cause, id: node?.id ?? null, level: node?.level ?? null, parent, family: mention.family }, articles: new Set(), mentions: 0 };
        groups.set(key, group);
      }
      group.articles.add(`${article.file}\u0000${article.index}`);
      group.mentions++;
      mentions++;
    }
  }
  const rows = [...groups.values()].map((g) => ({ ...g.row, articles: g.articles.size, mentions: g.mentions }));
  return {
    id: 'disputes',
    title: t('view.disputes', lang),
    columns: [
      { key: 'cause', label: t('disputes.cause', lang), type: 'text' },
      { key: 'id', label: t('disputes.id', lang), type: 'text' },
      { key: 'level', label: t('disputes.level', lang), type: 'integer' },
      { key: 'parent', label: t('disputes.parent', lang), type: 'text' },
      { key: 'family', label: t('disputes.family', lang), type: 'text' },
      { key: 'articles', label: t('disputes.articles', lang), type: 'integer' },
      { key: 'mentions', label: t('disputes.mentions', lang), type: 'integer' },
    ],
    rows: sortRows(rows, 'articles', 'cause'),
    meta: { ...optionsMeta(options), articles: corpus.articles.length, mentions, sort: 'articles desc, cause' },
  };
}
