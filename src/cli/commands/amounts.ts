import type { Argv } from 'yargs';
import { AMOUNT_KINDS, type AmountKind } from '../../core/amounts/amount-kind.js';
import { hasAttributionSource } from '../../core/amounts/attribution.js';
import { AMOUNT_GROUPINGS, type AmountGrouping } from '../../core/views/amount-groups.js';
import { buildAmountsView } from '../../core/views/amounts-view.js';
import { UserError } from '../../io/user-error.js';
import type { CliIo } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { runView } from '../run-view.js';
import { withViewOptions } from '../view-options.js';

const SOURCES = { region: 'region extractor (primary region)', dispute: 'dispute extractor (dispute mentions)' } as const;

/** `bulletin amounts [path]`: sums of money by kind, file, article, region or dispute, or one row per mention. */
export const amountsCommand: CliCommand = {
  register: (yargs: Argv, io: CliIo) =>
    yargs.command(
      'amounts [path]',
      'sums of money: exact totals by kind, file or article, or one row per mention (--detail)',
      (y) =>
        withViewOptions(y)
          .option('by', { choices: AMOUNT_GROUPINGS, default: 'kind' as AmountGrouping, describe: 'what rows group by (region and dispute need their extractors)' })
          .option('detail', { type: 'boolean', default: false, describe: 'one row per mention, with its source span and context' })
          .option('kind', { type: 'string', array: true, choices: AMOUNT_KINDS, describe: 'only amounts of these kinds' }),
      (args) =>
        runView(args, io, (corpus, lang) => {
          if ((args.by === 'region' || args.by === 'dispute') && !hasAttributionSource(corpus.articles, args.by)) {
            throw new UserError(`--by ${args.by} is not available yet: the ${SOURCES[args.by]} is not wired into this build`, 2);
          }
          return buildAmountsView(corpus, { by: args.by, detail: args.detail, kinds: args.kind as AmountKind[] | undefined, lang });
        }),
    ),
};
