/** Languages of the user interface and of human column labels. */
export type Lang = 'en' | 'zh';

/** Every label the faces show, as `[English, Chinese]`. */
const STRINGS = {
  'view.articles': ['Articles', '文章'],
  'column.file': ['File', '文件'],
  'column.index': ['No.', '序号'],
  'column.date': ['Date', '日期'],
  'column.dateline': ['Dateline', '电头'],
  'column.headline': ['Headline', '标题'],
  'column.byline': ['Byline', '署名'],
  'column.chars': ['Characters', '字数'],
  'amounts.view': ['Amounts', '金额'],
  'amounts.view.detail': ['Amount mentions', '金额明细'],
  'amounts.by.kind': ['Kind', '类别'],
  'amounts.by.file': ['File', '文件'],
  'amounts.by.article': ['Article', '文章'],
  'amounts.by.region': ['Region', '地区'],
  'amounts.by.dispute': ['Dispute', '案由'],
  'amounts.column.mentions': ['Mentions', '提及'],
  'amounts.column.total_yuan': ['Total (yuan)', '合计（元）'],
  'amounts.column.min_yuan': ['Min (yuan)', '下限（元）'],
  'amounts.column.max_yuan': ['Max (yuan)', '上限（元）'],
  'amounts.column.vague': ['Vague', '模糊'],
  'amounts.column.articles': ['Articles', '文章数'],
  'amounts.column.text': ['As written', '原文'],
  'amounts.column.yuan': ['Yuan', '金额（元）'],
  'amounts.column.approx': ['Approx.', '约数'],
  'amounts.column.kind': ['Kind', '类别'],
  'amounts.column.offset': ['Offset', '起点'],
  'amounts.column.end': ['End', '终点'],
  'amounts.column.paragraph': ['Paragraph', '段落'],
  'amounts.column.in_total': ['In total', '计入合计'],
  'amounts.column.context': ['Context', '上下文'],
  'amounts.column.amount_total_yuan': ['Amounts (yuan)', '金额合计（元）'],
} as const satisfies Record<string, readonly [string, string]>;

/** Key of a label in the strings table. */
export type StringKey = keyof typeof STRINGS;

/** The label for `key` in `lang`. */
export function t(key: StringKey, lang: Lang): string {
  const [en, zh] = STRINGS[key];
  return lang === 'zh' ? zh : en;
}

/** True for a supported language code. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

/** The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`; `zh*` means Chinese. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
