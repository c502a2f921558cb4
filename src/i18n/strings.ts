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
  'view.overview': ['Overview', '概览'],
  'tab.overview': ['Overview', '概览'],
  'tab.articles': ['Articles', '文章'],
  'tab.keywords': ['Keywords', '关键词'],
  'tab.regions': ['Regions', '地区'],
  'tab.disputes': ['Disputes', '案由'],
  'tab.amounts': ['Amounts', '金额'],
  'column.section': ['Section', '栏目'],
  'column.rank': ['Rank', '名次'],
  'column.value': ['Value', '数值'],
  'column.mentions': ['Mentions', '提及'],
  'overview.name': ['Name', '名称'],
  'overview.files': ['file|files', '文件'],
  'overview.articles': ['article|articles', '篇'],
  'overview.chars': ['character|characters', '字'],
  'overview.loaded': ['loaded in', '加载用时'],
  'overview.warnings': ['Warnings', '提示'],
  'overview.none': ['(none)', '（无）'],
  'tui.loading': ['Loading', '正在加载'],
  'tui.files-read': ['files read', '已读文件'],
  'tui.articles-analysed': ['articles analysed', '已分析文章'],
  'tui.dictionary-loading': ['loading the dictionary…', '正在加载词典…'],
  'tui.failed': ['Failed', '失败'],
  'tui.rows': ['row|rows', '行'],
  'tui.enter': ['Enter open', 'Enter 下钻'],
  'tui.back': ['Esc back', 'Esc 返回'],
  'tui.sort': ['s sort', 's 排序'],
  'tui.filter': ['/ filter', '/ 过滤'],
  'tui.export': ['e export CSV', 'e 导出 CSV'],
  'tui.help': ['? help', '? 帮助'],
  'tui.quit': ['q quit', 'q 退出'],
  'tui.scroll': ['↑↓ scroll', '↑↓ 滚动'],
  'tui.exported': ['exported', '已导出'],
  'tui.export-failed': ['export failed', '导出失败'],
  'tui.nothing-to-export': ['no table to export here', '此处没有可导出的表格'],
  'tui.filter-prompt': ['filter', '过滤'],
  'tui.region-prompt': ['region', '地区'],
  'tui.dispute-prompt': ['dispute', '案由'],
  'tui.filters': ['filter', '筛选'],
  'tui.clear': ['x clear', 'x 清除'],
  'tui.default-order': ['default', '默认'],
  'tui.empty': ['No rows.', '没有数据。'],
  'tui.legend': ['[place] ⟨dispute⟩ {amount}', '[地名] ⟨案由⟩ {金额}'],
  'tui.help-title': ['Keys', '按键'],
  'tui.unknown-dispute': ['unknown dispute type', '未知案由'],
  'tui.unknown-region': ['unknown region', '未知地区'],
  'option.sort': ['sort', '排序'],
  'option.level': ['level', '层级'],
  'option.family': ['family', '类别'],
  'option.grouping': ['grouping', '分组'],
  'help.tabs': ['1-6, Tab, Shift-Tab, ← →: switch tab', '1-6、Tab、Shift-Tab、← →：切换标签页'],
  'help.move': ['↑ ↓ PgUp PgDn Home End: move the cursor or scroll', '↑ ↓ PgUp PgDn Home End：移动光标或滚动'],
  'help.enter': ['Enter: open the articles or text behind a row', 'Enter：打开该行背后的文章或正文'],
  'help.back': ['Esc, Backspace: go back', 'Esc、Backspace：返回'],
  'help.sort': ['s: cycle the sort column', 's：切换排序列'],
  'help.options': ['l level · f family · g grouping (where the tab has them)', 'l 层级 · f 类别 · g 分组（视标签页而定）'],
  'help.filter': ['/: filter the table by text (Enter keeps, Esc drops)', '/：按文字过滤当前表格（Enter 确认，Esc 取消）'],
  'help.global': ['r / d: filter every tab by region / dispute; x: clear', 'r / d：按地区 / 案由筛选所有标签页；x：清除'],
  'help.export': ['e: export the current table to CSV', 'e：把当前表格导出为 CSV'],
  'help.help': ['?: show or hide this help', '?：显示或隐藏本帮助'],
  'help.quit': ['q, Ctrl-C: quit', 'q、Ctrl-C：退出'],
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
  'view.regions': ['Regions', '地区'],
  'view.regionMentions': ['Place mentions', '地名提及'],
  'column.region': ['Region', '地区'],
  'column.code': ['Code', '代码'],
  'column.level': ['Level', '层级'],
  'column.parent': ['Parent', '上级'],
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
  'cell.yes': ['yes', '是'],
  'cell.no': ['no', '否'],
  'value.all': ['all', '全部'],
  'value.none': ['none', '不分组'],
  'value.kind': ['kind', '款项'],
  'value.region': ['region', '地区'],
  'value.dispute': ['dispute', '案由'],
  'value.file': ['file', '文件'],
  'value.province': ['province', '省级'],
  'value.city': ['city', '地级'],
  'value.county': ['county', '县级'],
  'value.town': ['town', '乡级'],
  'value.civil': ['civil', '民事'],
  'value.criminal': ['criminal', '刑事'],
  'value.enforcement': ['enforcement', '执行'],
  'value.administrative': ['administrative', '行政'],
} as const satisfies Record<string, readonly [string, string]>;

/** Key of a label in the strings table. */
export type StringKey = keyof typeof STRINGS;

/** The label for `key` in `lang` (the plural form of a `singular|plural` label). */
export function t(key: StringKey, lang: Lang): string {
  const [en, zh] = STRINGS[key];
  return lang === 'zh' ? zh : (en.split('|').pop() as string);
}

/** An option's value as the UI shows it (`city` is 地级 in Chinese); a value without a label shows as it is. */
export function optionValue(value: string, lang: Lang): string {
  const key = `value.${value}`;
  return key in STRINGS ? t(key as StringKey, lang) : value;
}

/** `n` and the label for `key` in the number `n` takes: `1 file`, `9 articles`, `9 篇`. */
export function counted(n: number, key: StringKey, lang: Lang): string {
  const [en, zh] = STRINGS[key];
  const [singular, plural = singular] = en.split('|') as [string, string?];
  const figure = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return lang === 'zh' ? `${figure} ${zh}` : `${figure} ${n === 1 ? singular : plural}`;
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
