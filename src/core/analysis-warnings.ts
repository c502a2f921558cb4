import type { AnalysedCorpus } from './corpus.js';
import type { MentionStatus } from './regions/region-types.js';

/** Examples a warning names before it says "…". */
const EXAMPLES = 5;

function placeWarning(corpus: AnalysedCorpus, status: Exclude<MentionStatus, 'resolved'>, what: readonly [string, string]): string | null {
  const found: string[] = [];
  for (const article of corpus.articles) {
    for (const mention of article.regions) if (mention.status === status) found.push(`${mention.text} (${article.file} #${article.index})`);
  }
  if (found.length === 0) return null;
  const shown = found.slice(0, EXAMPLES).join(', ');
  const [one, many] = what;
  return `${found.length === 1 ? `1 place name ${one}` : `${found.length} place names ${many}`}: ${shown}${found.length > EXAMPLES ? ', …' : ''}`;
}

/**
 * What the analysis could not settle, one line per kind with examples: place names context left
 * ambiguous, and names matching no current unit. The overview shows them beside load warnings.
 */
export function analysisWarnings(corpus: AnalysedCorpus): string[] {
  return [placeWarning(corpus, 'ambiguous', ['left ambiguous', 'left ambiguous']), placeWarning(corpus, 'unresolved', ['matches no current unit', 'match no current unit'])].filter(
    (line): line is string => line !== null,
  );
}
