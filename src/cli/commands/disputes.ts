import type { Argv } from 'yargs';
import type { DisputeRole } from '../../core/disputes/roles.js';
import { DISPUTE_FAMILIES, type DisputeFamily } from '../../core/disputes/taxonomy.js';
import { applyFilter } from '../../core/filter.js';
import { buildDisputeMentionsView } from '../../core/views/dispute-mentions-view.js';
import { buildDisputesView } from '../../core/views/disputes-view.js';
import { loadAnalysisData } from '../../io/analysis-data.js';
import { UserError } from '../../io/user-error.js';
import type { CliIo } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { emitView, langOf, loadForCommand } from '../run-view.js';
import { filterOf, withViewOptions, type ViewArgs } from '../view-options.js';

const ROLES: readonly DisputeRole[] = ['case', 'organization', 'generic'];

/** Options of `bulletin disputes`. */
interface DisputesArgs extends ViewArgs {
  /** `--level`: roll causes up to this level. */
  level?: number;
  /** `--family`. */
  family: DisputeFamily | 'all';
  /** `--roles`, as typed (comma list). */
  roles: string;
  /** `--edition` of the civil list. */
  edition?: string;
  /** `--detail`: one row per mention. */
  detail: boolean;
}

/** `--roles case,generic` as a checked list. */
export function parseRoles(value: string): DisputeRole[] {
  const roles = value.split(',').map((role) => role.trim()).filter((role) => role !== '');
  const unknown = roles.filter((role) => !ROLES.includes(role as DisputeRole));
  if (unknown.length > 0 || roles.length === 0) throw new UserError(`--roles takes a comma list of ${ROLES.join(', ')} (got ${value})`, 2);
  return [...new Set(roles)] as DisputeRole[];
}

async function run(args: DisputesArgs, io: CliIo): Promise<void> {
  const roles = parseRoles(args.roles);
  const data = loadAnalysisData({ edition: args.edition });
  const model = data.disputes;
  const corpus = applyFilter(await loadForCommand(args, io, data), filterOf(args, model));
  const options = { lang: langOf(args, io), taxonomy: model.taxonomy, level: args.level, family: args.family, roles };
  await emitView(args.detail ? buildDisputeMentionsView(corpus, options) : buildDisputesView(corpus, options), args, io);
}

/** `bulletin disputes [path]`: case types by the official hierarchy, or one row per mention. */
export const disputesCommand: CliCommand = {
  register: (yargs: Argv, io: CliIo) =>
    yargs.command(
      'disputes [path]',
      'count the case types articles mention (civil causes, charges, enforcement and administrative kinds)',
      (y) =>
        withViewOptions(y)
          .option('level', { type: 'number', choices: [1, 2, 3, 4], describe: 'roll deeper causes up to this level (shallower ones stay)' })
          .option('family', { choices: ['all', ...DISPUTE_FAMILIES] as const, default: 'all' as const, describe: 'only this family' })
          .option('roles', { type: 'string', default: 'case', describe: 'comma list of roles to count: case, organization, generic' })
          .option('edition', { type: 'string', describe: 'civil cause-list edition (default: the newest, 2025)' })
          .option('detail', { type: 'boolean', default: false, describe: 'one row per mention with its source span' }),
      (args) => run(args as DisputesArgs, io),
    ),
};
