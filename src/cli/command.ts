import type { Argv } from 'yargs';
import type { CliIo } from './cli-io.js';

/** One CLI command, in a file of its own; `register` adds it to the parser. */
export interface CliCommand {
  /** Adds the command, whose handler runs with `io`. */
  register: (yargs: Argv, io: CliIo) => Argv;
}
