import path from 'node:path';
import type { AnalysedCorpus } from '../core/corpus.js';
import type { AnalysisData } from '../core/corpus.js';
import { applyFilter } from '../core/filter.js';
import type { ViewTable } from '../core/view/view-table.js';
import { FORMATS, renderView, type Format } from '../export/render.js';
import { langFromEnv, type Lang } from '../i18n/strings.js';
import { openCorpus } from '../io/open-corpus.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import type { CliIo } from './cli-io.js';
import { BUNDLED_CORPUS, filterOf, type ViewArgs } from './view-options.js';

/** Loads and analyses the corpus a command names, printing load warnings to stderr. */
export async function loadForCommand(args: Pick<ViewArgs, 'path' | 'ext'>, io: CliIo, data?: AnalysisData): Promise<AnalysedCorpus> {
  const opened = await openCorpus(args.path ?? BUNDLED_CORPUS, { extensions: args.ext, cwd: io.cwd, data });
  for (const warning of opened.warnings) io.stderr(`bulletin: warning: ${warning}
`);
  return opened.corpus;
}

/** The UI language: `--lang`, else the locale. */
export function langOf(args: Pick<ViewArgs, 'lang'>, io: CliIo): Lang {
  return args.lang ?? langFromEnv(io.env);
}

/** The output format: `--format`, else the one `--out`'s extension names (`.csv`, `.tsv`, `.json`), else a table. */
export function formatOf(args: Pick<ViewArgs, 'format' | 'out'>): Format {
  if (args.format !== undefined) return args.format;
  const extension = args.out === undefined ? '' : path.extname(args.out).slice(1).toLowerCase();
  return FORMATS.find((format) => format !== 'table' && format === extension) ?? 'table';
}

/** Renders a view as the shared options ask and writes it to `--out` or standard output. */
export async function emitView(view: ViewTable, args: ViewArgs, io: CliIo): Promise<void> {
  const format = formatOf(args);
  const delimited = format === 'csv' || format === 'tsv';
  const bom = delimited && (args.bom ?? args.out !== undefined);
  const text = renderView(view, { format, bom, header: args.header });
  if (args.out === undefined) io.stdout(text);
  else await writeFileAtomic(args.out, text, { overwrite: true, cwd: io.cwd });
}

/** Runs a view command: load, build the view (views needing a segmenter build asynchronously), emit it. */
export async function runView(args: ViewArgs, io: CliIo, build: (corpus: AnalysedCorpus, lang: Lang) => ViewTable | Promise<ViewTable>): Promise<void> {
  const corpus = applyFilter(await loadForCommand(args, io), filterOf(args));
  await emitView(await build(corpus, langOf(args, io)), args, io);
}
