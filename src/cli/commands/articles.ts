import type { Argv } from 'yargs';
import { buildArticlesView } from '../../core/views/articles-view.js';
import type { CliIo } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { runView } from '../run-view.js';
import { withViewOptions } from '../view-options.js';

/** `bulletin articles [path]`: one row per article. */
export const articlesCommand: CliCommand = {
  register: (yargs: Argv, io: CliIo) =>
    yargs.command(
      'articles [path]',
      'list the articles of each file: date, dateline, headline, byline, size',
      (y) => withViewOptions(y),
      (args) => runView(args, io, buildArticlesView),
    ),
};
