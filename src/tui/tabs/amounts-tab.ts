import { placeMentions, type AmountGrouping } from '../../core/views/amount-groups.js';
import { buildAmountsView } from '../../core/views/amounts-view.js';
import { sortViewBy } from '../../core/view/reshape.js';
import { articleOfRow } from './find-article.js';
import { mentionTable, type ArticleMentions } from './mention-drill.js';
import type { TabSpec } from './tab-spec.js';

/** Groupings `g` cycles through; `none` lists every mention. */
const GROUPINGS = ['none', 'kind', 'region', 'dispute', 'file'] as const;

/**
 * Amounts: opens on every amount mention, largest first; `g` groups them. Enter on a mention opens
 * its article at the sum; on a group, the articles with their sums in it.
 */
export const amountsTab: TabSpec = {
  id: 'amounts',
  title: 'tab.amounts',
  options: [{ name: 'grouping', hotkey: 'g', values: GROUPINGS, label: 'option.grouping' }],
  build: (ctx, options) => {
    if (options.grouping === 'none') return sortViewBy(buildAmountsView(ctx.corpus, { detail: true, lang: ctx.lang }), 'yuan', 'text');
    return buildAmountsView(ctx.corpus, { by: options.grouping as AmountGrouping, lang: ctx.lang });
  },
  nameKeys: ['text', 'key'],
  barKeys: ['yuan', 'total_yuan'],
  compactHide: ['file', 'offset', 'end', 'paragraph', 'min_yuan', 'max_yuan', 'approx', 'in_total', 'context'],
  drill: (ctx, view, row, options) => {
    const selected = view.rows[row];
    if (!selected) return null;
    if (options.grouping === 'none') {
      const article = articleOfRow(ctx.corpus, selected);
      const mention = article?.amounts.find((m) => m.source.start === selected.offset);
      return article && mention ? { article, highlights: [{ start: mention.start, end: mention.end }] } : null;
    }
    const items = new Map<string, ArticleMentions & { mentions: { start: number; end: number; text: string }[] }>();
    for (const placed of placeMentions(ctx.corpus.articles, options.grouping as AmountGrouping)) {
      if (placed.key !== selected.key) continue;
      const key = `${placed.article.file}\u0000${placed.article.index}`;
      const item = items.get(key) ?? { article: placed.article, mentions: [] };
      item.mentions.push({ start: placed.mention.start, end: placed.mention.end, text: placed.mention.source.text });
      items.set(key, item);
    }
    return mentionTable(String(selected.key), [...items.values()], ctx.lang);
  },
};
