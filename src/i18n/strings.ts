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
  'column.disputes': ['Dispute types', '案由'],
  'view.disputes': ['Dispute types', '案由'],
  'view.disputeMentions': ['Dispute-type mentions', '案由提及'],
  'disputes.cause': ['Cause', '案由'],
  'disputes.id': ['Id', '编号'],
  'disputes.level': ['Level', '层级'],
  'disputes.parent': ['Parent', '上级'],
  'disputes.family': ['Family', '类别'],
  'disputes.articles': ['Articles', '文章'],
  'disputes.mentions': ['Mentions', '提及'],
  'disputes.file': ['File', '文件'],
  'disputes.article': ['Article', '文章'],
  'disputes.text': ['Text', '原文'],
  'disputes.role': ['Role', '角色'],
  'disputes.offset': ['Offset', '起点'],
  'disputes.end': ['End', '终点'],
  'disputes.group': ['Counted as', '计入'],
  'disputes.via': ['Phrasing', '表述'],
  'disputes.mapped': ['Mapped', '规则映射'],
  'disputes.context': ['Context', '上下文'],
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
