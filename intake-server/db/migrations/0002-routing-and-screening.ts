/**
 * 0002: reference data (kommuner, postal codes), what each association covers, its allowed origins and programme
 * settings; screening state on applications; receipt, challenge, rate-limit and alert bookkeeping. Frozen.
 */
import type { Kysely, Migration } from 'kysely';

export const migration0002: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('kommuner')
      .addColumn('number', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('county_number', 'text', (c) => c.notNull())
      .addColumn('county_name', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('postal_codes')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('place', 'text', (c) => c.notNull())
      .addColumn('kommune_number', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('postal_codes_kommune_idx').on('postal_codes').column('kommune_number').execute();

    await db.schema
      .createTable('association_kommuner')
      .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id').onDelete('cascade'))
      .addColumn('kommune_number', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('association_kommuner_pk', ['association_id', 'kommune_number'])
      .execute();
    await db.schema.createIndex('association_kommuner_kommune_idx').on('association_kommuner').column('kommune_number').execute();

    await db.schema
      .createTable('association_postal_ranges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id').onDelete('cascade'))
      .addColumn('from_code', 'text', (c) => c.notNull())
      .addColumn('to_code', 'text', (c) => c.notNull())
      .execute();

    await db.schema.alterTable('associations').addColumn('allowed_origins', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    await db.schema.alterTable('associations').addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}')).execute();
    await db.schema.alterTable('associations').addColumn('county_number', 'text').execute();

    await db.schema.alterTable('applications').addColumn('kommune_number', 'text').execute();
    await db.schema.alterTable('applications').addColumn('email_key', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('applications').addColumn('quarantine_reason', 'text').execute();
    await db.schema.alterTable('applications').addColumn('duplicate_of', 'text').execute();
    await db.schema.alterTable('applications').addColumn('confirmed_association', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.createIndex('applications_email_key_idx').on('applications').columns(['email_key', 'created_at']).execute();
    await db.schema.createIndex('applications_status_idx').on('applications').columns(['status', 'last_activity_at']).execute();

    // Several associations can share one application (a kommune served by more than one, nobody chosen).
    await db.schema
      .createTable('application_associations')
      .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id').onDelete('cascade'))
      .addColumn('association_id', 'text', (c) => c.notNull().references('associations.id'))
      .addPrimaryKeyConstraint('application_associations_pk', ['application_id', 'association_id'])
      .execute();
    await db.schema.createIndex('application_associations_association_idx').on('application_associations').column('association_id').execute();

    // At most one receipt per address per day; the address is kept only as a keyed hash.
    await db.schema
      .createTable('receipt_log')
      .addColumn('address_hash', 'text', (c) => c.notNull())
      .addColumn('day', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('receipt_log_pk', ['address_hash', 'day'])
      .execute();

    // Proof-of-work challenges already redeemed, until they expire.
    await db.schema
      .createTable('used_challenges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();

    // Fixed-window counters shared by every instance on one database.
    await db.schema
      .createTable('rate_limits')
      .addColumn('bucket', 'text', (c) => c.primaryKey())
      .addColumn('window_start', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();

    // Alerts already sent, so one incident mails the national contact once, not once per mail.
    await db.schema
      .createTable('alerts_sent')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .execute();
  },
};
