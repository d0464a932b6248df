/** Admin command that shows where an application from a postal code would go, without storing anything. */
import type { Routing } from '../routing/route-application.js';
import { explainRoute, isPostalCode } from '../routing/route-explanation.js';
import type { UnroutedReason } from '../routing/unrouted-reason.js';
import { AdminError, usageError, type AdminCommand } from './admin-command.js';

const WHY: Record<Routing, string> = {
  confirmed: 'the association the applicant confirmed',
  postal_code: "serves the postal code's kommune or a postal range holding it",
  page: "the page's own association, because no association serves this postal code",
  county: 'the county association, because no local association serves this postal code',
  national_fallback: 'no association can take it: the national contact gets it, marked unrouted until a person passes it on',
};

const UNROUTED: Record<UnroutedReason, string> = {
  no_association: "no association serves the postal code's kommune",
  no_coordinator: 'the association serving it has no active coordinator',
  inactive: 'the association serving it is inactive',
  unknown_postal_code: 'the postal code is not in the register and no postal range holds it',
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
    if (!isPostalCode(postalCode!)) throw usageError(`"${postalCode}" is not a postal code: a postal code is four digits.`);
    const page = typeof options.page === 'string' ? options.page : '';
    const confirmed = typeof options.confirmed === 'string' ? options.confirmed : '';
    const { place, registerEmpty, hasNational, route } = await explainRoute(ctx.db, { postalCode: postalCode!, pageAssociation: page, confirmedAssociation: confirmed });
    if (registerEmpty) ctx.warn('The postal code register is empty, so only postal ranges can match: import it with "npm run admin -- import-postcodes FILE".');
    if (!hasNational) ctx.warn('There is no active national contact to take what no association can: set one with "npm run admin -- national set --name NAME --email ADDRESS".');
    if (!route) throw new AdminError(`No association can take an application from ${postalCode}, and there is no national contact to fall back on.`);
    const label = (k: string) => `${k}:`.padEnd(13);
    ctx.out(`${label('Postal code')}${postalCode} ${place ? place.place : '(not in the postal code register)'}`);
    if (place) ctx.out(`${label('Kommune')}${place.kommune.number} ${place.kommune.known ? place.kommune.name : '(not in the kommune list)'}`);
    ctx.out(`${label('Routing')}${route.routing}: ${WHY[route.routing]}`);
    if (route.unrouted) {
      const names = route.unrouted.associations.map((a) => `${a.name} (${a.slug})`).join(', ');
      ctx.out(`${label('Why')}${route.unrouted.reason}: ${UNROUTED[route.unrouted.reason]}${names ? `: ${names}` : ''}`);
    }
    if (route.associations.length > 1) {
      ctx.out(`${label('Shared by')}${route.associations.map((a) => `${a.name} (${a.slug})`).join(', ')}: nobody chose, so all are told`);
    }
    ctx.out(`${label('Goes to')}${route.primary.name} (${route.primary.slug})`);
    ctx.out(`${label('Notified')}${route.recipients.join(', ')}`);
  },
};
