/**
 * 0008: information meetings and the course. Sessions (owned by an association, shared with named neighbours, or
 * open to every association when the national admin makes it so), the invitations an applicant books with, and her
 * bookings, which also hold the waiting list (status `waiting`/`offered`). Invitations and bookings go with their
 * application (ON DELETE CASCADE); bookings go with their session. Frozen once released.
 */
import type { Kysely, Migration } from 'kysely';

export const migration0008: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('course_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('place', 'text', (c) => c.notNull())
      .addColumn('video_url', 'text', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
      .addColumn('open_to_all', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('seat_version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('course_sessions_starts_idx').on('course_sessions').columns(['kind', 'starts_at']).execute();

    await db.schema
      .createTable('course_session_shares')
      .addColumn('session_id', 'text', (c) => c.notNull().references('course_sessions.id').onDelete('cascade'))
      .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
      .addPrimaryKeyConstraint('course_session_shares_pk', ['session_id', 'association_id'])
      .execute();

    await db.schema
      .createTable('course_invitations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
      .addColumn('association_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('link_version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('rebook_sent_at', 'text')
      .execute();
    await db.schema.createIndex('course_invitations_application_idx').on('course_invitations').column('application_id').execute();

    await db.schema
      .createTable('course_bookings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('course_sessions.id').onDelete('cascade'))
      .addColumn('invitation_id', 'text', (c) => c.notNull().references('course_invitations.id').onDelete('cascade'))
      .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
      .addColumn('association_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('offered_at', 'text')
      .addColumn('offer_expires_at', 'text')
      .addColumn('reminded_7_at', 'text')
      .addColumn('reminded_1_at', 'text')
      .execute();
    await db.schema.createIndex('course_bookings_session_idx').on('course_bookings').columns(['session_id', 'status']).execute();
    await db.schema.createIndex('course_bookings_invitation_idx').on('course_bookings').column('invitation_id').execute();
    await db.schema.createIndex('course_bookings_application_idx').on('course_bookings').column('application_id').execute();
  },
};
