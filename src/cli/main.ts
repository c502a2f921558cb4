import { readFileSync } from 'node:fs';
import yargs from 'yargs';
import { UserError } from '../io/user-error.js';
import type { CliIo } from './cli-io.js';
import { processIo } from './cli-io.js';
import { COMMANDS } from './commands/index.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const EXAMPLES = [
  'Examples:',
  '  bulletin                                   open the bundled page in the terminal UI',
  '  bulletin pages/ --lang zh                  open a folder of bulletins, Chinese labels',
  '  bulletin keywords pages/ --top 30          the 30 most frequent words',
  '  bulletin kwic 诉源治理 pages/          every occurrence of a word in context',
  '  bulletin regions pages/ --level county     articles by county',
  '  bulletin disputes pages/ --family civil --level 2',
  '  bulletin amounts pages/ --by region -f csv --out amounts.csv',
  '  bulletin articles pages/ --region 包头市 --dispute 合同纠纷 -f json',
].join('\n');

/** Collapses yargs' multi-line messages into the one line a usage error gets. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Runs the CLI on `argv` (arguments after the program name) and returns the exit status:
 * 0 on success, 2 for usage errors, 1 for failures. Errors are one line on stderr, never a trace.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let parser = yargs()
    .scriptName('bulletin')
    .exitProcess(false)
    .strict()
    .help()
    .alias('h', 'help')
    .version(VERSION)
    .epilog(EXAMPLES)
    .wrap(Math.min(110, io.columns ?? 100))
    .fail((message, error) => {
      throw error ?? new UserError(oneLine(message), 2);
    });
  for (const command of COMMANDS) parser = command.register(parser, io);
  try {
    await parser.parseAsync([...argv], {}, (_error, _args, output) => {
      if (output) io.stdout(`${output}\n`);
    });
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`bulletin: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`bulletin: unexpected error: ${oneLine(message)}\n`);
    if (io.env.BULLETIN_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 1;
  }
}
