import type { Argv } from 'yargs';
import { TokenCache } from '../../core/keywords/token-cache.js';
import { buildKeywordsView, KEYWORD_SORTS, type KeywordSort } from '../../core/views/keywords-view.js';
import { createNodejiebaSegmenter } from '../../io/nodejieba-segmenter.js';
import { loadReferenceIdf } from '../../io/reference-idf-file.js';
import type { CliIo } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { runView } from '../run-view.js';
import { termOptionsOf, wholeNumber, withTermOptions } from '../term-options.js';
import { withViewOptions } from '../view-options.js';

/** The top rows shown unless `--top` says otherwise. */
const DEFAULT_TOP = 50;

/** `bulletin keywords [path]`: word frequency, document frequency, tf-idf (and keyness). */
export const keywordsCommand: CliCommand = {
  register: (yargs: Argv, io: CliIo) =>
    yargs.command(
      'keywords [path]',
      'count the words of the article bodies: occurrences, articles, tf-idf',
      (y) =>
        withTermOptions(withViewOptions(y))
          .option('top', { type: 'number', default: DEFAULT_TOP, describe: 'rows to show (0: all)' })
          .option('sort', { choices: KEYWORD_SORTS, default: 'count' as KeywordSort, describe: 'measure to sort by, descending' })
          .option('keyness', { type: 'boolean', default: false, describe: "add a keyness column against jieba's general-Chinese IDF list" }),
      async (args) => {
        const top = wholeNumber(args.top, 'top', 0);
        const options = await termOptionsOf(args, io);
        const withKeyness = args.keyness || args.sort === 'keyness';
        await runView(args, io, async (corpus, lang) => {
          const [segmenter, reference] = await Promise.all([createNodejiebaSegmenter(), withKeyness ? loadReferenceIdf() : null]);
          return buildKeywordsView(corpus, { ...options, lang, tokens: new TokenCache(segmenter, { remember: false }), top, sort: args.sort, reference });
        });
      },
    ),
};
