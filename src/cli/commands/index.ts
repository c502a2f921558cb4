import type { CliCommand } from '../command.js';
import { amountsCommand } from './amounts.js';
import { articlesCommand } from './articles.js';
import { disputesCommand } from './disputes.js';
import { keywordsCommand } from './keywords.js';
import { kwicCommand } from './kwic.js';
import { openCommand } from './open.js';
import { regionsCommand } from './regions.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [openCommand, articlesCommand, keywordsCommand, kwicCommand, regionsCommand, disputesCommand, amountsCommand];
