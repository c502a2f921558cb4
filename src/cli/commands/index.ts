import type { CliCommand } from '../command.js';
import { articlesCommand } from './articles.js';
import { openCommand } from './open.js';
import { regionsCommand } from './regions.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [openCommand, articlesCommand, regionsCommand];
