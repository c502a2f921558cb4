import type { Argv } from 'yargs';
import { DEFAULT_MIN_LENGTH, type TermOptions } from '../core/keywords/term-options.js';
import { loadStopwords } from '../io/stopword-files.js';
import { UserError } from '../io/user-error.js';
import type { CliIo } from './cli-io.js';

/** Options shared by the commands that count words (`keywords`, `kwic`). */
export interface TermArgs {
  /** Files replacing the bundled stop lists (repeatable). */
  stopwords?: string | string[];
  /** Files extending the stop lists (repeatable). */
  'add-stopwords'?: string | string[];
  /** Count headline words too. */
  'include-headlines': boolean;
  /** Shortest word counted, in characters. */
  'min-length': number;
  /** Comma-separated part-of-speech tags to keep. */
  pos?: string;
}

/** Adds the word-counting options. */
export function withTermOptions<T>(yargs: Argv<T>): Argv<T & TermArgs> {
  return yargs
    .option('stopwords', { type: 'string', describe: 'stopword file (one word per line) replacing the bundled lists; repeatable' })
    .option('add-stopwords', { type: 'string', describe: 'stopword file added to the lists in use; repeatable' })
    .option('include-headlines', { type: 'boolean', default: false, describe: 'count headline words as well as body words' })
    .option('min-length', { type: 'number', default: DEFAULT_MIN_LENGTH, describe: 'shortest word counted, in characters' })
    .option('pos', { type: 'string', describe: 'keep only these jieba part-of-speech tags, e.g. n,v,nz,ns' }) as unknown as Argv<T & TermArgs>;
}

/** `value` as a list: yargs gives a string for one use of an option and an array for several. */
export function listOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : ([] as string[]).concat(value);
}

/** A whole number option at least `min`, or a usage error naming it. */
export function wholeNumber(value: number, name: string, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new UserError(`--${name} must be a whole number of at least ${min}, got ${String(value)}`, 2);
  return value;
}

/** Parses `--pos n,v` into a tag set; null when not given. */
export function posOf(value: string | undefined): ReadonlySet<string> | null {
  if (value === undefined) return null;
  const tags = value.split(/[,，\s]+/).filter((tag) => tag.length > 0);
  if (tags.length === 0) throw new UserError('--pos needs at least one tag, e.g. --pos n,v,nz,ns', 2);
  return new Set(tags);
}

/** The term options the arguments describe, reading stopword files (a missing one fails, exit 1). */
export async function termOptionsOf(args: TermArgs, io: CliIo): Promise<TermOptions> {
  const minLength = wholeNumber(args['min-length'], 'min-length', 1);
  const pos = posOf(args.pos);
  const stopwords = await loadStopwords({ replace: listOf(args.stopwords), add: listOf(args['add-stopwords']) }, io.cwd);
  return { stopwords, minLength, pos, includeHeadlines: args['include-headlines'] };
}
