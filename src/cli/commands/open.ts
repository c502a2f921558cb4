import type { Argv } from 'yargs';
import { buildArticlesView } from '../../core/views/articles-view.js';
import type { CliIo } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { runView } from '../run-view.js';
import { withViewOptions } from '../view-options.js';

/** `bulletin [path]`: opens the corpus; until the terminal UI lands, prints its articles. */
export const openCommand: CliCommand = {
  register: (yargs: Argv, io: CliIo) =>
    yargs.command(
      '$0 [path]',
      'open a file or folder of bulletins (default: the bundled corpus)',
      (y) => withViewOptions(y),
      (args) => runView(args, io, buildArticlesView),
    ),
};
