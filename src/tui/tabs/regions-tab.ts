import { toNormalSpan } from '../../core/normalise.js';
import type { RegionLevel } from '../../core/regions/region-types.js';
import { buildRegionsView } from '../../core/views/regions-view.js';
import { mentionTable, type ArticleMentions } from './mention-drill.js';
import type { TabSpec } from './tab-spec.js';

/** Regions: units at a level by the articles placed in them; Enter lists those articles and their places there. */
export const regionsTab: TabSpec = {
  id: 'regions',
  title: 'tab.regions',
  options: [{ name: 'level', hotkey: 'l', values: ['city', 'county', 'town', 'province'], label: 'option.level' }],
  build: (ctx, options) => buildRegionsView(ctx.corpus, { level: (options.level ?? 'city') as RegionLevel, lang: ctx.lang, gazetteer: ctx.data.regions.gazetteer }),
  nameKeys: ['region'],
  barKeys: ['articles'],
  compactHide: ['code', 'level', 'parent'],
  drill: (ctx, view, row, options) => {
    const selected = view.rows[row];
    if (!selected || typeof selected.code !== 'string') return null;
    const { gazetteer } = ctx.data.regions;
    const level = (options.level ?? 'city') as RegionLevel;
    const inUnit = (code: string | null): boolean => code !== null && gazetteer.unitAt(code, level)?.code === selected.code;
    const items: ArticleMentions[] = [];
    for (const article of ctx.corpus.articles) {
      const mentions = article.regions.filter((m) => inUnit(m.code));
      if (mentions.length === 0 && !inUnit(article.primaryRegion?.code ?? null)) continue;
      items.push({
        article,
        mentions: mentions.flatMap((m) => {
          const span = toNormalSpan(article, m.span);
          return [{ start: span?.start ?? 0, end: span?.end ?? 0, text: m.text }];
        }),
      });
    }
    return mentionTable(String(selected.region), items, ctx.lang);
  },
};
