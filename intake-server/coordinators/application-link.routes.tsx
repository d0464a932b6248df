/** HTTP: where the link in a coordinator notice leads until coordinators can sign in and see the application. */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../app-env.js';
import { findNationalContact } from '../associations/associations.repository.js';
import type { Database } from '../db/schema.js';

/**
 * The notice links to `/koordinator/soknader/:id`. Until the coordinator workspace exists, the page says so plainly
 * and names the national contact, and shows nothing about the applicant: the link may be forwarded or guessed at.
 */
export function createApplicationLinkRoutes(db: Kysely<Database>) {
  return new Hono<AppEnv>().get('/koordinator/soknader/:id', async (c) => {
    const national = await findNationalContact(db);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(
      <html lang="nb">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>Søknad om å bli ressursvenn</title>
          <style>{'body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d1d1d}'}</style>
        </head>
        <body>
          <main>
            <h1>Søknad om å bli ressursvenn</h1>
            <p>Søknaden er registrert og lagret. Innlogging for koordinatorer, der du ser søknaden og kontaktopplysningene, er ikke tatt i bruk ennå.</p>
            <p>
              Inntil videre: kontakt {national ? <a href={`mailto:${national.contactEmail}`}>{national.name}</a> : 'den nasjonale prosjektlederen'} og oppgi
              referansen i e-posten du fikk.
            </p>
          </main>
        </body>
      </html>,
    );
  });
}
