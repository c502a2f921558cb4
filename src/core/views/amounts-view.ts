import type { AmountKind } from '../amounts/amount-kind.js';
import { sentenceAround } from '../amounts/text-bounds.js';
import { fenToYuan, formatYuan } from '../amounts/yuan.js';
import type { AnalysedCorpus } from '../corpus.js';
import type { RegionLevel } from '../regions/region-types.js';
import { sortRows, type ViewColumn, type ViewRow, type ViewTable } from '../view/view-table.js';
import { t, type Lang } from '../../i18n/strings.js';
import { groupMentions, placeMentions, type AmountGrouping, type PlacedMention } from './amount-groups.js';

/** Options of the amounts view. */
export interface AmountsViewOptions {
  /** What rows group by (default `kind`). */
  by?: AmountGrouping;
  /** One row per mention instead of one per group. */
  detail?: boolean;
  /** Only mentions of these kinds (all when unset or empty). */
  kinds?: readonly AmountKind[];
  /** Level of the regions amounts group under with `by: 'region'` (default `city`). */
  level?: RegionLevel;
  /** Label language. */
  lang: Lang;
}

/** The totals policy, stated in every amounts view's meta. */
export const TOTALS_POLICY =
  'total_yuan sums the stated values (a range counts its lower bound) of the mentions that count: the same value of the same kind repeated in one article counts once; min_yuan and max_yuan sum their bounds; mentions counts every mention; vague amounts are counted, never summed; total_yuan is null when nothing in the group can be summed';

const yuan = (fen: bigint | number | null): number | null => fenToYuan(fen);

function column(key: string, label: Parameters<typeof t>[0], type: ViewColumn['type'], lang: Lang): ViewColumn {
  return { key, label: t(label, lang), type };
}

const CONTEXT_BEFORE = 24;
const CONTEXT_AFTER = 16;

/**
 * The words around a mention in its sentence (normalised text), at most `CONTEXT_BEFORE`
 * characters before and `CONTEXT_AFTER` after, `…` where the sentence goes on.
 */
function contextOf({ article, mention }: PlacedMention): string {
  const sentence = sentenceAround(article.text, mention.start);
  const mark = article.text[sentence.end];
  const sentenceEnd = mark && mark !== '\n' ? sentence.end + 1 : sentence.end;
  const from = Math.max(sentence.start, mention.start - CONTEXT_BEFORE);
  const to = Math.min(sentenceEnd, mention.end + CONTEXT_AFTER);
  return `${from > sentence.start ? '…' : ''}${article.text.slice(from, to)}${to < sentenceEnd ? '…' : ''}`;
}

function detailView(placed: readonly PlacedMention[], by: AmountGrouping, lang: Lang): Pick<ViewTable, 'columns' | 'rows'> {
  const columns: ViewColumn[] = [
    column('file', 'amounts.by.file', 'text', lang),
    column('article', 'amounts.by.article', 'integer', lang),
    column('text', 'amounts.column.text', 'text', lang),
    column('yuan', 'amounts.column.yuan', 'yuan', lang),
    column('min_yuan', 'amounts.column.min_yuan', 'yuan', lang),
    column('max_yuan', 'amounts.column.max_yuan', 'yuan', lang),
    column('approx', 'amounts.column.approx', 'boolean', lang),
    column('vague', 'amounts.column.vague', 'boolean', lang),
    column('kind', 'amounts.column.kind', 'text', lang),
    column('offset', 'amounts.column.offset', 'integer', lang),
    column('end', 'amounts.column.end', 'integer', lang),
    column('paragraph', 'amounts.column.paragraph', 'integer', lang),
    column('in_total', 'amounts.column.in_total', 'boolean', lang),
    ...(by === 'region' || by === 'dispute' ? [column(by, `amounts.by.${by}`, 'text', lang)] : []),
    column('context', 'amounts.column.context', 'text', lang),
  ];
  const rows = placed.map((p): ViewRow => {
    const { mention } = p;
    return {
      file: mention.file,
      article: mention.article,
      text: mention.source.text,
      yuan: yuan(mention.fen),
      min_yuan: yuan(mention.minFen),
      max_yuan: yuan(mention.maxFen),
      approx: mention.approx,
      vague: mention.vague,
      kind: mention.kind,
      offset: mention.source.start,
      end: mention.source.end,
      paragraph: mention.paragraph,
      in_total: p.inTotal,
      ...(by === 'region' || by === 'dispute' ? { [by]: p.key } : {}),
      context: contextOf(p),
    };
  });
  return { columns, rows };
}

function groupView(placed: readonly PlacedMention[], by: AmountGrouping, lang: Lang): Pick<ViewTable, 'columns' | 'rows'> {
  const columns: ViewColumn[] = [
    column('key', `amounts.by.${by}`, 'text', lang),
    column('mentions', 'amounts.column.mentions', 'integer', lang),
    column('total_yuan', 'amounts.column.total_yuan', 'yuan', lang),
    column('min_yuan', 'amounts.column.min_yuan', 'yuan', lang),
    column('max_yuan', 'amounts.column.max_yuan', 'yuan', lang),
    column('vague', 'amounts.column.vague', 'integer', lang),
    column('articles', 'amounts.column.articles', 'integer', lang),
    ...(by === 'article' ? [column('headline', 'column.headline', 'text', lang)] : []),
  ];
  const rows = groupMentions(placed).map(
    (g): ViewRow => ({
      key: g.key,
      mentions: g.mentions,
      total_yuan: g.summed > 0 ? yuan(g.total) : null,
      min_yuan: g.summed > 0 ? yuan(g.min) : null,
      max_yuan: g.summed > 0 ? yuan(g.max) : null,
      vague: g.vague,
      articles: g.articles,
      ...(by === 'article' ? { headline: g.firstArticle.headline } : {}),
    }),
  );
  return { columns, rows: sortRows(rows, 'total_yuan', 'key') };
}

/**
 * The amounts view: one row per group (`by` kind, file, article, region or dispute) with its
 * mentions and exact totals in yuan, sorted by total descending then key; or, with `detail`, one
 * row per mention in corpus order, saying whether it counts in totals. See `TOTALS_POLICY`.
 */
export function buildAmountsView(corpus: AnalysedCorpus, options: AmountsViewOptions): ViewTable {
  const by = options.by ?? 'kind';
  const placed = placeMentions(corpus.articles, by, options.kinds, options.level ?? 'city');
  const summed = placed.filter((p) => p.inTotal);
  const total = summed.reduce((sum, p) => sum + BigInt(p.mention.fen as number), 0n);
  const table = options.detail ? detailView(placed, by, options.lang) : groupView(placed, by, options.lang);
  return {
    id: 'amounts',
    title: t(options.detail ? 'amounts.view.detail' : 'amounts.view', options.lang),
    ...table,
    meta: {
      by,
      ...(by === 'region' ? { level: options.level ?? 'city' } : {}),
      detail: options.detail === true,
      kinds: options.kinds && options.kinds.length > 0 ? [...options.kinds] : null,
      articles: corpus.articles.length,
      mentions: placed.length,
      summed: summed.length,
      vague: placed.filter((p) => p.mention.vague).length,
      total_yuan: yuan(total),
      total_exact: formatYuan(total),
      sort: options.detail ? 'file, article, offset' : 'total_yuan desc, key',
      policy: TOTALS_POLICY,
    },
  };
}
