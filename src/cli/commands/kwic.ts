import type { Argv } from 'yargs';
import { TokenCache } from '../../core/keywords/token-cache.js';
import { buildKwicView, normaliseTerm } from '../../core/views/kwic-view.js';
import { createNodejiebaSegmenter } from '../../io/nodejieba-segmenter.js';
import { UserError } from '../../io/user-error.js';
import type { CliIo } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { runView } from '../run-view.js';
import { termOptionsOf, wholeNumber, withTermOptions } from '../term-options.js';
import { withViewOptions } from '../view-options.js';

/** Context characters on each side unless `--width` says otherwise. */
const DEFAULT_WIDTH = 20;

/** `bulletin kwic <term> [path]`: every occurrence of a word with its context in the source. */
export const kwicCommand: CliCommand = {
  register: (yargs: Argv, io: CliIo) =>
    yargs.command(
      'kwic <term> [path]',
      'keyword in context: each occurrence of a word with the source text around it',
      (y) =>
        withTermOptions(withViewOptions(y))
          .positional('term', { type: 'string', demandOption: true, describe: 'the word to find, as the keywords view lists it' })
          .option('width', { type: 'number', default: DEFAULT_WIDTH, describe: 'characters of context on each side' }),
      async (args) => {
        const term = normaliseTerm(String(args.term));
        if (term.length === 0) throw new UserError('kwic needs a non-empty term', 2);
        const width = wholeNumber(args.width, 'width', 0);
        const options = await termOptionsOf(args, io);
        await runView(args, io, async (corpus, lang) => {
          const view = buildKwicView(corpus, { ...options, lang, tokens: new TokenCache(await createNodejiebaSegmenter(), { remember: false }), term, width });
          if (view.meta.excluded) io.stderr(`bulletin: note: keywords does not count ${term} (${String(view.meta.excluded)}); its occurrences are listed anyway\n`);
          else if (view.rows.length === 0) io.stderr(`bulletin: note: ${term} does not occur as a word; the segmenter may cut it as part of a longer word or into shorter ones\n`);
          return view;
        });
      },
    ),
};
