/** Admin command that shows where an application from a postal code would go, without storing anything. */
import { findNationalContact } from '../associations/associations.repository.js';
import { countReferenceData, findPostalCode } from '../reference-data/reference-data.repository.js';
import { routeApplication, type Routing } from '../routing/route-application.js';
import { AdminError, usageError, type AdminCommand } from './admin-command.js';

const WHY: Record<Routing, string> = {
  confirmed: 'the association the applicant confirmed',
  postal_code: "serves the postal code's kommune or a postal range holding it",
  page: "the page's own association, because no association serves this postal code",
  county: 'the county association, because no local association serves this postal code',
  national_fallback: 'no association can take it: the national contact gets it, marked unrouted until a person passes it on',
};

/** `route POSTCODE [--page SLUG] [--confirmed SLUG]` */
export const routeCommand: AdminCommand = {
  words: ['route'],
  args: ['POSTCODE'],
  options: {
    page: { type: 'string', value: 'SLUG', description: 'the association of the page the form is on' },
    confirmed: { type: 'string', value: 'SLUG', description: 'the association the applicant confirmed' },
  },
  summary: 'Show where an application from a postal code would go (a debugging aid; stores nothing)',
  async run(ctx, [postalCode], options) {
    if (!/^\d{4}$/.test(postalCode!)) throw usageError(`"${postalCode}" is not a postal code: a postal code is four digits.`);
    const page = typeof options.page === 'string' ? options.page : '';
    const confirmed = typeof options.confirmed === 'string' ? options.confirmed : '';
    const place = await findPostalCode(ctx.db, postalCode!);
    if ((await countReferenceData(ctx.db)).postalCodes === 0) {
      ctx.warn('The postal code register is empty, so only postal ranges can match: import it with "npm run admin -- import-postcodes FILE".');
    }
    const hasNational = (await findNationalContact(ctx.db)) !== undefined;
    if (!hasNational) ctx.warn('There is no active national contact to take what no association can: set one with "npm run admin -- national set --name NAME --email ADDRESS".');
    const route = await routeApplication(ctx.db, { postalCode: postalCode!, pageAssociation: page, confirmedAssociation: confirmed }).catch((err: unknown) => {
      if (hasNational) throw err;
      throw new AdminError(`No association can take an application from ${postalCode}, and there is no national contact to fall back on.`);
    });
    const label = (k: string) => `${k}:`.padEnd(13);
    ctx.out(`${label('Postal code')}${postalCode} ${place ? place.place : '(not in the postal code register)'}`);
    if (place) ctx.out(`${label('Kommune')}${place.kommune.number} ${place.kommune.known ? place.kommune.name : '(not in the kommune list)'}`);
    ctx.out(`${label('Routing')}${route.routing}: ${WHY[route.routing]}`);
    if (route.associations.length > 1) {
      ctx.out(`${label('Shared by')}${route.associations.map((a) => `${a.name} (${a.slug})`).join(', ')}: nobody chose, so all are told`);
    }
    ctx.out(`${label('Goes to')}${route.primary.name} (${route.primary.slug})`);
    ctx.out(`${label('Notified')}${route.recipients.join(', ')}`);
  },
};
