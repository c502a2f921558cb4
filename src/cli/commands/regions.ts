import type { Argv } from 'yargs';
import { REGION_LEVELS, type RegionLevel } from '../../core/regions/region-types.js';
import { buildRegionMentionsView } from '../../core/views/region-mentions-view.js';
import { buildRegionsView } from '../../core/views/regions-view.js';
import { loadRegionData } from '../../io/load-region-data.js';
import type { CliIo } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { runView } from '../run-view.js';
import { withViewOptions } from '../view-options.js';

/** `bulletin regions [path]`: articles and mentions per province, city, county or town; `--detail` lists every mention. */
export const regionsCommand: CliCommand = {
  register: (yargs: Argv, io: CliIo) =>
    yargs.command(
      'regions [path]',
      'count articles (by primary region) and place mentions per region; --detail lists every mention',
      (y) =>
        withViewOptions(y)
          .option('level', { choices: REGION_LEVELS, default: 'city' as RegionLevel, describe: 'level of the rows' })
          .option('detail', { type: 'boolean', default: false, describe: 'one row per place mention instead' }),
      (args) => {
        const { gazetteer } = loadRegionData();
        return runView(args, io, (corpus, lang) =>
          args.detail ? buildRegionMentionsView(corpus, lang, gazetteer) : buildRegionsView(corpus, { level: args.level, lang, gazetteer }),
        );
      },
    ),
};
