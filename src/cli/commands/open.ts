import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Argv } from 'yargs';
import { analysisWarnings } from '../../core/analysis-warnings.js';
import { TokenCache } from '../../core/keywords/token-cache.js';
import { defaultTermOptions } from '../../core/keywords/term-options.js';
import { buildOverviewView } from '../../core/views/overview-view.js';
import { overviewSources } from '../../core/views/overview-sources.js';
import { renderOverviewText } from '../../export/overview-text.js';
import { openCorpus } from '../../io/open-corpus.js';
import { loadAnalysisData } from '../../io/analysis-data.js';
import { createNodejiebaSegmenter } from '../../io/nodejieba-segmenter.js';
import { loadStopwords } from '../../io/stopword-files.js';
import { UserError } from '../../io/user-error.js';
import type { CliIo } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { langOf } from '../run-view.js';
import { BUNDLED_CORPUS } from '../view-options.js';

interface OpenArgs {
  path?: string;
  lang?: 'en' | 'zh';
  ext: string[];
  'export-dir'?: string;
}

function sourceLabel(target: string | undefined): string {
  return target === undefined ? 'corpus/' : target;
}

/** Without a terminal on both ends: print the overview as text and exit 0. */
async function printOverview(args: OpenArgs, io: CliIo): Promise<void> {
  const data = loadAnalysisData();
  const opened = await openCorpus(args.path ?? BUNDLED_CORPUS, { extensions: args.ext, cwd: io.cwd, data });
  const lang = langOf(args, io);
  const [segmenter, stopwords] = await Promise.all([createNodejiebaSegmenter(), loadStopwords({ replace: [], add: [] }, io.cwd)]);
  const words = { tokens: new TokenCache(segmenter, { remember: false }), options: defaultTermOptions(stopwords) };
  const view = buildOverviewView(opened.corpus, overviewSources(opened.corpus, lang, { data, words }), { loadMs: opened.loadMs, warnings: [...opened.warnings, ...analysisWarnings(opened.corpus, lang)] }, lang);
  io.stdout(renderOverviewText(view, sourceLabel(args.path), lang));
}

/** `bulletin [path]`: the terminal UI on a file or folder, or its overview as text without a terminal. */
export const openCommand: CliCommand = {
  register: (yargs: Argv, io: CliIo) =>
    yargs.command(
      '$0 [path]',
      'open a file or folder of bulletins in the terminal UI (default: the bundled corpus)',
      (y) =>
        y
          .positional('path', { type: 'string', describe: 'file or folder of bulletins (default: the bundled corpus)' })
          .option('lang', { choices: ['en', 'zh'] as const, describe: 'UI language (default: from LC_ALL / LANG)' })
          .option('ext', { type: 'string', array: true, default: ['.txt'], describe: 'file extensions to read in folders' })
          .option('export-dir', { type: 'string', describe: 'folder the e key exports CSV into (default: the current folder)' }),
      async (args) => {
        if (!io.stdinIsTTY || !io.stdoutIsTTY) {
          await printOverview(args, io);
          return;
        }
        const exportDir = path.resolve(io.cwd, args['export-dir'] ?? '.');
        if (!(await stat(exportDir).catch(() => null))?.isDirectory()) throw new UserError(`export folder not found: ${args['export-dir'] ?? '.'}`);
        // Ink draws only the final frame when CI or CONTINUOUS_INTEGRATION is set, and it reads them once,
        // when it loads. With a terminal on both ends a person is watching, so they are cleared first.
        delete process.env.CI;
        delete process.env.CONTINUOUS_INTEGRATION;
        const { runTui } = await import('../../tui/run-tui.js');
        await runTui({
          target: args.path ?? BUNDLED_CORPUS,
          extensions: args.ext,
          cwd: io.cwd,
          lang: langOf(args, io),
          source: sourceLabel(args.path),
          exportDir,
        });
      },
    ),
};
