/** Admin command for the national contact: the fallback for everything no local association can take. */
import { saveAssociationAs } from '../associations/association-admin.service.js';
import { AssociationChangeError, findAnyNationalContact } from '../associations/associations.repository.js';
import { AdminError, usageError, type AdminCommand } from './admin-command.js';
import { changesFromOptions, showAssociation } from './associations.commands.js';

/** The slug a national contact gets when the tool creates it. */
const NATIONAL_SLUG = 'nasjonal';

/** `national set [options]` */
export const nationalSetCommand: AdminCommand = {
  words: ['national', 'set'],
  args: [],
  options: {
    name: { type: 'string', value: 'TEXT', description: 'name shown to applicants, e.g. "Norske Kvinners Sanitetsforening"' },
    email: { type: 'string', value: 'ADDRESS', description: 'contact email: gets what no association can take' },
    phone: { type: 'string', value: 'NUMBER', description: 'contact phone shown to applicants ("" removes it)' },
    lang: { type: 'string', value: 'nb|nn|en', description: 'language of its mails' },
  },
  summary: 'Change the national contact (the fallback shown on errors and for unrouted applications)',
  details: 'Add the people who clear unrouted applications with "coordinators add SLUG EMAIL --name NAME" (see "associations list" for the slug).',
  async run(ctx, _args, options) {
    const current = await findAnyNationalContact(ctx.db);
    const slug = current?.slug ?? NATIONAL_SLUG;
    const changes = changesFromOptions(slug, options);
    if (Object.keys(changes).length === 1) throw usageError('Nothing to change: give --name, --email, --phone or --lang.');
    try {
      await saveAssociationAs(ctx.db, null, { ...changes, kind: 'national', active: true }, ctx.now(), { national: true });
    } catch (err) {
      if (err instanceof AssociationChangeError) throw new AdminError('There is no national contact yet; give --name and --email to create it.');
      throw err;
    }
    ctx.out(current ? 'Updated the national contact.' : 'Created the national contact.');
    await showAssociation(ctx, slug);
  },
};
