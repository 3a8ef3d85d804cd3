import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox learns who a message is for, not only the address: the person's id and name, so the
 * sender's view of deliveries names people, and a person the service has no address for is recorded
 * too, as 'unaddressed' (never sent, shown to the chair) instead of silently left out.
 */
export class MailRecipients1732351000000 implements MigrationInterface {
  name = 'MailRecipients1732351000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE mail_outbox
        ADD COLUMN recipient_person_id text,
        ADD COLUMN recipient_name text,
        DROP CONSTRAINT mail_outbox_status_check,
        ADD CONSTRAINT mail_outbox_status_check
          CHECK (status IN ('pending', 'sent', 'failed', 'unaddressed'));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM mail_outbox WHERE status = 'unaddressed';
      ALTER TABLE mail_outbox
        DROP COLUMN recipient_person_id,
        DROP COLUMN recipient_name,
        DROP CONSTRAINT mail_outbox_status_check,
        ADD CONSTRAINT mail_outbox_status_check CHECK (status IN ('pending', 'sent', 'failed'));
    `);
  }
}
