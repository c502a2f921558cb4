import type { DisputeFamily } from '../../core/disputes/taxonomy.js';
import { groupNode, keepsMention, type DisputesViewOptions } from '../../core/views/disputes-options.js';
import { buildDisputesView } from '../../core/views/disputes-view.js';
import { mentionTable, type ArticleMentions } from './mention-drill.js';
import type { TabContext, TabSpec } from './tab-spec.js';

function viewOptions(ctx: TabContext, options: Readonly<Record<string, string>>): DisputesViewOptions {
  const level = options.level === undefined || options.level === 'all' ? undefined : Number(options.level);
  return { lang: ctx.lang, taxonomy: ctx.data.disputes.taxonomy, level, family: (options.family ?? 'all') as DisputeFamily | 'all' };
}

/** Disputes: case types by articles; Enter lists the articles with their mentions of the type. */
export const disputesTab: TabSpec = {
  id: 'disputes',
  title: 'tab.disputes',
  options: [
    { name: 'level', hotkey: 'l', values: ['all', '1', '2', '3', '4'], label: 'option.level' },
    { name: 'family', hotkey: 'f', values: ['all', 'civil', 'criminal', 'enforcement', 'administrative'], label: 'option.family' },
  ],
  build: (ctx, options) => buildDisputesView(ctx.corpus, viewOptions(ctx, options)),
  nameKeys: ['cause'],
  barKeys: ['articles'],
  compactHide: ['id', 'parent', 'level'],
  drill: (ctx, view, row, options) => {
    const selected = view.rows[row];
    if (!selected) return null;
    const opts = viewOptions(ctx, options);
    const key = selected.id ?? `${String(selected.family)}:${String(selected.cause)}`;
    const items: ArticleMentions[] = [];
    for (const article of ctx.corpus.articles) {
      const mentions = article.disputes.filter((m) => keepsMention(m, opts) && (groupNode(m, opts)?.id ?? `${m.family}:${m.cause}`) === key);
      if (mentions.length > 0) items.push({ article, mentions });
    }
    return mentionTable(String(selected.cause), items, ctx.lang);
  },
};
