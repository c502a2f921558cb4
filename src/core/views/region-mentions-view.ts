import { t, type Lang } from '../../i18n/strings.js';
import type { AnalysedCorpus } from '../corpus.js';
import type { Gazetteer } from '../regions/gazetteer.js';
import { qualifiedName } from '../regions/region-names.js';
import type { ColumnType, ViewRow, ViewTable } from '../view/view-table.js';

type Key = 'file' | 'article' | 'text' | 'name' | 'code' | 'level' | 'county' | 'city' | 'province' | 'role' | 'offset' | 'end' | 'status' | 'candidates';

/**
 * `regions --detail`: one row per place mention, in file, article and text order. `text` is the
 * place as written (line breaks removed), `name` the official name it resolved to, `offset`/`end`
 * its source span; an ambiguous mention has a null code and lists its candidates (`code 上级名称`),
 * and an unresolved one (`中宁市`) lists the units its stem names.
 */
export function buildRegionMentionsView(corpus: AnalysedCorpus, lang: Lang, gazetteer: Gazetteer): ViewTable {
  const rows: ViewRow[] = corpus.articles.flatMap((article) =>
    article.regions.map((mention) => ({
      file: article.file,
      article: article.index,
      text: mention.text,
      name: mention.name,
      code: mention.code,
      level: mention.level,
      county: mention.county,
      city: mention.city,
      province: mention.province,
      role: mention.role,
      offset: mention.span.start,
      end: mention.span.end,
      status: mention.status,
      candidates: mention.candidates.map((code) => `${code} ${qualifiedName(gazetteer, code)}`),
    })),
  );
  const column = (key: Key, type: ColumnType = 'text') => ({ key, label: t(`column.${key}`, lang), type });
  return {
    id: 'region-mentions',
    title: t('view.regionMentions', lang),
    columns: [
      column('file'),
      column('article', 'integer'),
      column('text'),
      column('name'),
      column('code'),
      column('level'),
      column('county'),
      column('city'),
      column('province'),
      column('role'),
      column('offset', 'integer'),
      column('end', 'integer'),
      column('status'),
      column('candidates', 'list'),
    ],
    rows,
    meta: { files: corpus.files.length, articles: corpus.articles.length, mentions: rows.length, sort: 'file, article, offset' },
  };
}
