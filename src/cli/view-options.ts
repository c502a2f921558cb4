import { fileURLToPath } from 'node:url';
import type { Argv } from 'yargs';
import { resolveDisputeName } from '../core/disputes/resolve-name.js';
import type { DisputeModel } from '../core/disputes/model.js';
import type { ArticleFilter } from '../core/filter.js';
import { unitsNamed } from '../core/regions/region-names.js';
import { FORMATS, type Format } from '../export/render.js';
import type { HeaderStyle } from '../export/header.js';
import type { Lang } from '../i18n/strings.js';
import { loadDisputeModel } from '../io/load-dispute-model.js';
import { loadRegionData } from '../io/load-region-data.js';
import { UserError } from '../io/user-error.js';

/** The bundled sample corpus, opened when no path is given. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

/** Options every view command shares. */
export interface ViewArgs {
  /** File or folder to analyse. */
  path?: string;
  /** Output format; unset means "from `--out`'s extension, else table". */
  format?: Format;
  /** File to write instead of standard output. */
  out?: string;
  /** Byte-order mark for CSV/TSV; unset means "on for files, off for standard output". */
  bom?: boolean;
  /** CSV/TSV header style. */
  header: HeaderStyle;
  /** UI language; unset means "from the locale". */
  lang?: Lang;
  /** Extensions to read in folders. */
  ext: string[];
  /** Keep only articles whose file path contains this text. */
  file?: string;
  /** Keep only articles with a case mention of this cause or kind (or any under it). */
  dispute?: string;
  /** Keep only articles whose primary region is this unit or lies in it. */
  region?: string;
}

/** Adds the options every view command shares. */
export function withViewOptions<T>(yargs: Argv<T>): Argv<T & ViewArgs> {
  return yargs
    .positional('path', { type: 'string', describe: 'file or folder of bulletins (default: the bundled corpus)' })
    .option('format', { alias: 'f', choices: FORMATS, describe: 'output format (default: from --out: .csv, .tsv or .json; else table)' })
    .option('out', { alias: 'o', type: 'string', describe: 'write to this file (atomically) instead of stdout' })
    .option('bom', { type: 'boolean', describe: 'UTF-8 byte-order mark for CSV/TSV (default: on with --out, off on stdout)' })
    .option('header', { choices: ['keys', 'labels'] as const, default: 'keys' as HeaderStyle, describe: 'CSV/TSV header: stable keys or human labels' })
    .option('lang', { choices: ['en', 'zh'] as const, describe: 'label language (default: from LC_ALL / LANG)' })
    .option('ext', { type: 'string', array: true, default: ['.txt'], describe: 'file extensions to read in folders' })
    .option('file', { type: 'string', describe: 'only articles whose file path contains this text' })
    .option('dispute', { type: 'string', describe: 'only articles with a case of this cause or kind, or any cause under it (合同纠纷, 盗窃罪, 执行实施)' })
    .option('region', { type: 'string', describe: 'only articles whose primary region is this unit or lies in it (包头市, 包头, 150200)' }) as unknown as Argv<T & ViewArgs>;
}

/**
 * The article filter the shared options describe. `--dispute` takes an official name or an alias
 * (抚养权纠纷 → 抚养纠纷) of `model`'s edition; `--region` a full name, short form or code. A
 * name that matches nothing is a usage error.
 */
export function filterOf(args: ViewArgs, model?: DisputeModel): ArticleFilter {
  if (args.region !== undefined && unitsNamed(loadRegionData().gazetteer, args.region).length === 0) {
    throw new UserError(`unknown region: ${args.region} (give a full name, short form or code, e.g. 包头市, 包头, 150200)`, 2);
  }
  if (args.dispute === undefined) return { file: args.file, region: args.region };
  const dispute = resolveDisputeName(args.dispute, model ?? loadDisputeModel());
  if (dispute === undefined) throw new UserError(`unknown dispute type: ${args.dispute} (give an official cause, charge or kind name)`, 2);
  return { file: args.file, region: args.region, dispute };
}
