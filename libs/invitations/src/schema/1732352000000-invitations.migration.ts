import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the invitations reaction remembers of each meeting it sent a kallelse for: who was invited
 * (the update and the cancellation go to them) and the kallelse's sequence it last sent. Written
 * in the reaction's own transaction with its checkpoint and the outbox rows; never rebuilt.
 */
export class Invitations1732352000000 implements MigrationInterface {
  name = 'Invitations1732352000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE invitation_meetings (
        tenant_id     text    NOT NULL,
        meeting_id    text    NOT NULL,
        recipients    jsonb   NOT NULL,
        last_sequence integer NOT NULL,
        PRIMARY KEY (tenant_id, meeting_id)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE invitation_meetings');
  }
}
