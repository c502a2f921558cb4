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
  'view.regions': ['Regions', '地区'],
  'view.regionMentions': ['Place mentions', '地名提及'],
  'column.region': ['Region', '地区'],
  'column.code': ['Code', '代码'],
  'column.level': ['Level', '层级'],
  'column.parent': ['Parent', '上级'],
  'column.articles': ['Articles', '文章'],
  'column.mentions': ['Mentions', '提及'],
  'column.article': ['Article', '篇'],
  'column.text': ['As written', '原文'],
  'column.name': ['Official name', '规范名称'],
  'column.county': ['County', '县级'],
  'column.city': ['City', '市级'],
  'column.province': ['Province', '省级'],
  'column.role': ['Role', '角色'],
  'column.offset': ['Offset', '起'],
  'column.end': ['End', '止'],
  'column.status': ['Status', '状态'],
  'column.candidates': ['Candidates', '候选'],
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
