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
  'view.keywords': ['Keywords', '关键词'],
  'view.kwic': ['Keyword in context', '关键词语境'],
  'column.term': ['Term', '词语'],
  'column.count': ['Count', '频次'],
  'column.articles': ['Articles', '文章数'],
  'column.tfidf': ['TF-IDF', 'TF-IDF'],
  'column.keyness': ['Keyness', '关键度'],
  'column.article': ['Article', '篇目'],
  'column.left': ['Left context', '左语境'],
  'column.right': ['Right context', '右语境'],
  'column.offset': ['Offset', '偏移'],
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
