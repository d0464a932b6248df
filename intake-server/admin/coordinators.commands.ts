/** Admin commands for coordinators: the people told about new applications. */
import * as v from 'valibot';
import { addCoordinatorAs, removeCoordinatorAs, validateCoordinator } from '../associations/association-admin.service.js';
import { Email } from '../associations/association-fields.schema.js';
import { findAssociationBySlug } from '../associations/associations.repository.js';
import { listCoordinators } from '../associations/coordinators.repository.js';
import type { Association } from '../associations/association.js';
import { resetPasskeys } from '../accounts/passkey-changes.js';
import { AdminError, usageError, type AdminCommand, type CommandContext } from './admin-command.js';
import { formatTable } from './format-association.js';

async function association(ctx: CommandContext, slug: string): Promise<Association> {
  const a = await findAssociationBySlug(ctx.db, slug);
  if (!a) throw new AdminError(`There is no association "${slug}". See them all with "npm run admin -- associations list".`);
  return a;
}

/** `coordinators add SLUG EMAIL --name NAME` */
export const coordinatorsAddCommand: AdminCommand = {
  words: ['coordinators', 'add'],
  args: ['SLUG', 'EMAIL'],
  options: { name: { type: 'string', value: 'NAME', description: 'the coordinator\'s name, e.g. "Kari Nordmann" (required)' } },
  summary: 'Add a coordinator to an association (or rename one)',
  async run(ctx, [slug, email], options) {
    const input = { name: typeof options.name === 'string' ? options.name : '', email: email! };
    const valid = validateCoordinator(input);
    const emailProblem = valid.ok ? undefined : valid.problems.find((p) => p.field === 'email');
    if (emailProblem) throw usageError(`${emailProblem.message}.`);
    if (options.name === undefined) throw usageError('Give the coordinator\'s name with --name "First Last".');
    if (!valid.ok) throw usageError(`--${valid.problems[0]!.message}.`);
    const a = await association(ctx, slug!);
    const done = await addCoordinatorAs(ctx.db, null, a, input, ctx.now(), ctx.config.publicUrl);
    if (!done.ok) throw usageError(done.problems.map((p) => p.message).join('; '));
    ctx.out(done.outcome === 'added' ? `Added ${done.name} <${done.email}> to ${a.slug}.` : `${done.email} was already a coordinator of ${a.slug}: name updated, active.`);
  },
};

/** `coordinators remove SLUG EMAIL` */
export const coordinatorsRemoveCommand: AdminCommand = {
  words: ['coordinators', 'remove'],
  args: ['SLUG', 'EMAIL'],
  summary: 'Remove a coordinator from an association (her open applications stay with it, unassigned)',
  details: 'She is signed out at once. The open applications she was following up stay with the association, with nobody following them up; the workspace can pass them to a named colleague instead.',
  async run(ctx, [slug, email]) {
    const a = await association(ctx, slug!);
    const done = await removeCoordinatorAs(ctx.db, null, a, email!, null, ctx.now());
    if (!done.ok && done.reason === 'last_national') {
      throw new AdminError(`${email} is the last coordinator of the national contact (${a.slug}): without one, nobody can administer the service in the browser. Add another first (coordinators add ${a.slug} EMAIL --name NAME), then remove this one.`);
    }
    if (!done.ok) throw new AdminError(`${email} is not a coordinator of ${a.slug}.`);
    ctx.out(`Removed ${email} from ${a.slug}.`);
    if (done.applications > 0) ctx.out(`${done.applications} open application${done.applications === 1 ? '' : 's'} she was following up stay with ${a.slug}, unassigned.`);
    if (done.left === 0) ctx.warn(`${a.slug} has no coordinators left, so its applications go elsewhere until you add one.`);
  },
};

/** `coordinators remove-passkeys EMAIL` */
export const coordinatorsRemovePasskeysCommand: AdminCommand = {
  words: ['coordinators', 'remove-passkeys'],
  args: ['EMAIL'],
  summary: "Remove a coordinator's passkeys (a lost phone) and sign her out everywhere",
  details:
    'For a coordinator who has lost her passkey, once you have checked that it really is her. Her passkeys are removed, ' +
    'her sessions end and her unused sign-in links stop working; she is told by email. Her next sign-in link then lets ' +
    'her register a new passkey, also where a passkey is required. The national admin can do the same on the page ' +
    '/koordinator/passnokkelkrav; this command is for when she cannot (she lost her own).',
  async run(ctx, [email]) {
    const parsedEmail = v.safeParse(Email, email);
    if (!parsedEmail.success) throw usageError(`"${email}" is not an email address.`);
    const done = await resetPasskeys(ctx.db, ctx.config.publicUrl, parsedEmail.output, ctx.now());
    if (!done) throw new AdminError(`No one has signed in to the workspace as ${parsedEmail.output}: there are no passkeys to remove.`);
    ctx.out(`Removed ${done.removed} passkey${done.removed === 1 ? '' : 's'} of ${parsedEmail.output} and ended ${done.sessions} session${done.sessions === 1 ? '' : 's'}.`);
  },
};

/** `coordinators list SLUG` */
export const coordinatorsListCommand: AdminCommand = {
  words: ['coordinators', 'list'],
  args: ['SLUG'],
  summary: "List an association's coordinators",
  async run(ctx, [slug]) {
    const a = await association(ctx, slug!);
    const people = await listCoordinators(ctx.db, a.id);
    if (people.length === 0) {
      ctx.out(`${a.slug} has no coordinators.`);
      return;
    }
    for (const line of formatTable(['EMAIL', 'ACTIVE', 'NAME'], people.map((c) => [c.email, c.active ? 'yes' : 'no', c.name]))) ctx.out(line);
  },
};
