import type { Argv } from 'yargs';
import { AMOUNT_KINDS, type AmountKind } from '../../core/amounts/amount-kind.js';
import { AMOUNT_GROUPINGS, type AmountGrouping } from '../../core/views/amount-groups.js';
import { buildAmountsView } from '../../core/views/amounts-view.js';
import { REGION_LEVELS, type RegionLevel } from '../../core/regions/region-types.js';
import type { CliIo } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { runView } from '../run-view.js';
import { withViewOptions } from '../view-options.js';

/** `bulletin amounts [path]`: sums of money by kind, file, article, region or dispute, or one row per mention. */
export const amountsCommand: CliCommand = {
  register: (yargs: Argv, io: CliIo) =>
    yargs.command(
      'amounts [path]',
      'sums of money: exact totals by kind, region, dispute, file or article, or one row per mention (--detail)',
      (y) =>
        withViewOptions(y)
          .option('by', { choices: AMOUNT_GROUPINGS, default: 'kind' as AmountGrouping, describe: 'what rows group by' })
          .option('level', { choices: REGION_LEVELS, default: 'city' as RegionLevel, describe: 'with --by region: the level of the regions' })
          .option('detail', { type: 'boolean', default: false, describe: 'one row per mention, with its source span and context' })
          .option('kind', { type: 'string', array: true, choices: AMOUNT_KINDS, describe: 'only amounts of these kinds' }),
      (args) =>
        runView(args, io, (corpus, lang) => buildAmountsView(corpus, { by: args.by, detail: args.detail, kinds: args.kind as AmountKind[] | undefined, level: args.level, lang })),
    ),
};
