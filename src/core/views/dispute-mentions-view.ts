import { t } from '../../i18n/strings.js';
import type { AnalysedArticle, AnalysedCorpus } from '../corpus.js';
import type { DisputeMention } from '../disputes/mention.js';
import type { ViewRow, ViewTable } from '../view/view-table.js';
import { groupNode, keepsMention, optionsMeta, type DisputesViewOptions } from './disputes-options.js';

/** Characters of normalised text shown on each side of a mention. */
const CONTEXT = 12;

function context(article: AnalysedArticle, mention: DisputeMention): string {
  const before = article.text.slice(Math.max(0, mention.start - CONTEXT), mention.start);
  const after = article.text.slice(mention.end, mention.end + CONTEXT);
  return `${before}【${article.text.slice(mention.start, mention.end)}】${after}`.replace(/\n/g, ' ');
}

/**
 * `disputes --detail`: one row per mention, in file, article and text order, with its source span
 * (`offset`, `end`), its words as printed (line breaks removed), and the cause it counts under.
 */
export function buildDisputeMentionsView(corpus: AnalysedCorpus, options: DisputesViewOptions): ViewTable {
  const { lang } = options;
  const rows: ViewRow[] = [];
  for (const article of corpus.articles) {
    for (const m of article.disputes) {
      if (!keepsMention(m, options)) continue;
      rows.push({
        file: article.file,
        article: article.index,
        text: m.text,
        cause: m.cause,
        id: m.id,
        level: m.level,
        family: m.family,
        role: m.role,
        offset: m.source.start,
        end: m.source.end,
        group: groupNode(m, options)?.name ?? m.cause,
        via: m.via,
        mapped: m.mapped,
        context: context(article, m),
      });
    }
  }
  const column = (key: string, type: ViewTable['columns'][number]['type'], label: Parameters<typeof t>[0]) => ({ key, label: t(label, lang), type });
  return {
    id: 'dispute-mentions',
    title: t('view.disputeMentions', lang),
    columns: [
      column('file', 'text', 'disputes.file'),
      column('article', 'integer', 'disputes.article'),
      column('text', 'text', 'disputes.text'),
      column('cause', 'text', 'disputes.cause'),
      column('id', 'text', 'disputes.id'),
      column('level', 'integer', 'disputes.level'),
      column('family', 'text', 'disputes.family'),
      column('role', 'text', 'disputes.role'),
      column('offset', 'integer', 'disputes.offset'),
      column('end', 'integer', 'disputes.end'),
      column('group', 'text', 'disputes.group'),
      column('via', 'text', 'disputes.via'),
      column('mapped', 'boolean', 'disputes.mapped'),
      column('context', 'text', 'disputes.context'),
    ],
    rows,
    meta: { ...optionsMeta(options), articles: corpus.articles.length, mentions: rows.length, sort: 'file, article, offset' },
  };
}
