import type { Lang } from '../i18n/strings.js';
import type { AnalysedCorpus } from './corpus.js';
import type { MentionStatus } from './regions/region-types.js';

/** Examples a warning names before it says "…". */
const EXAMPLES = 5;

/** How each warning reads: the count and what the names did, in English (singular, plural) and Chinese. */
const WORDING: Record<Exclude<MentionStatus, 'resolved'>, { en: readonly [string, string]; zh: string }> = {
  ambiguous: { en: ['place name left ambiguous', 'place names left ambiguous'], zh: '个地名仍有歧义' },
  unresolved: { en: ['place name matches no current unit', 'place names match no current unit'], zh: '个地名无对应的现行区划' },
};

function placeWarning(corpus: AnalysedCorpus, status: Exclude<MentionStatus, 'resolved'>, lang: Lang): string | null {
  const found: string[] = [];
  for (const article of corpus.articles) {
    for (const mention of article.regions) if (mention.status === status) found.push(lang === 'zh' ? `${mention.text}（${article.file} #${article.index}）` : `${mention.text} (${article.file} #${article.index})`);
  }
  if (found.length === 0) return null;
  const more = found.length > EXAMPLES ? (lang === 'zh' ? '等' : ', …') : '';
  const wording = WORDING[status];
  if (lang === 'zh') return `${found.length} ${wording.zh}：${found.slice(0, EXAMPLES).join('、')}${more}`;
  return `${found.length} ${wording.en[found.length === 1 ? 0 : 1]}: ${found.slice(0, EXAMPLES).join(', ')}${more}`;
}

/**
 * What the analysis could not settle, one line per kind with examples, in `lang`: place names
 * context left ambiguous, and names matching no current unit. The overview shows them beside
 * load warnings.
 */
export function analysisWarnings(corpus: AnalysedCorpus, lang: Lang = 'en'): string[] {
  return [placeWarning(corpus, 'ambiguous', lang), placeWarning(corpus, 'unresolved', lang)].filter((line): line is string => line !== null);
}
