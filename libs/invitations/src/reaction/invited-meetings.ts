import type { EntityManager } from 'typeorm';
import type { PersonRef } from '#libs/shared-kernel';

export interface InvitedMeeting {
  recipients: PersonRef[];
  lastSequence: number;
}

/** Who the reaction invited to a meeting, if it sent a kallelse for it. */
export async function invitedMeeting(
  manager: EntityManager,
  tenantId: string,
  meetingId: string,
): Promise<InvitedMeeting | undefined> {
  const rows: { recipients: PersonRef[]; last_sequence: number }[] = await manager.query(
    'SELECT recipients, last_sequence FROM invitation_meetings WHERE tenant_id = $1 AND meeting_id = $2',
    [tenantId, meetingId],
  );
  const row = rows[0];
  return row && { recipients: row.recipients, lastSequence: row.last_sequence };
}

/** Everyone a kallelse went to, over every time it was sent: the update and the cancellation go to them all. */
export async function rememberInvited(
  manager: EntityManager,
  tenantId: string,
  meetingId: string,
  recipients: readonly PersonRef[],
  sequence: number,
): Promise<void> {
  await manager.query(
    `INSERT INTO invitation_meetings (tenant_id, meeting_id, recipients, last_sequence)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (tenant_id, meeting_id)
     DO UPDATE SET recipients = EXCLUDED.recipients, last_sequence = EXCLUDED.last_sequence`,
    [tenantId, meetingId, JSON.stringify(recipients), sequence],
  );
}
