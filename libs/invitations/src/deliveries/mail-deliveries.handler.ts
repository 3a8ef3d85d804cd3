import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { StreamReader } from '#libs/event-store';
import { GroupDirectory, groupDecider, requirePermission } from '#libs/groups';
import { meetingDecider } from '#libs/meetings';
import { groupStream, meetingStream } from '#libs/shared-kernel';
import { type MailDelivery, MeetingMailDeliveriesQuery } from './mail-deliveries.query.js';

interface Row {
  kind: string;
  recipient_name: string | null;
  recipient: string;
  status: MailDelivery['status'];
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

/** For those who run the group's meetings: who was sent what about the meeting, and how it went. */
@QueryHandler(MeetingMailDeliveriesQuery)
export class MeetingMailDeliveriesHandler implements IQueryHandler<MeetingMailDeliveriesQuery> {
  constructor(
    private readonly reader: StreamReader,
    private readonly directory: GroupDirectory,
    private readonly dataSource: DataSource,
  ) {}

  async execute({
    principal,
    meetingId,
    groupId: known,
  }: MeetingMailDeliveriesQuery): Promise<MailDelivery[]> {
    const { tenantId } = principal;
    // The store's own not-found error for a meeting without a stream.
    const groupId =
      known ??
      ((await this.reader.loadExisting(meetingStream(tenantId, meetingId), meetingDecider)).state
        .groupId as string);
    const [listed] = await this.directory.groupsById(tenantId, [groupId]);
    const group =
      listed?.state ?? (await this.reader.loadExisting(groupStream(tenantId, groupId), groupDecider)).state;
    requirePermission(principal, 'meeting.run', { group });
    const rows: Row[] = await this.dataSource.query(
      `SELECT kind, recipient_name, recipient, status, attempts, last_error, created_at, sent_at
       FROM mail_outbox
       WHERE tenant_id = $1 AND subject_ref @> jsonb_build_object('meetingId', $2::text)
       ORDER BY created_at, recipient_name, recipient`,
      [tenantId, meetingId],
    );
    return rows.map((row) => ({
      kind: row.kind,
      recipientName: row.recipient_name,
      recipient: row.recipient === '' ? null : row.recipient,
      status: row.status,
      attempts: row.attempts,
      lastError: row.status === 'unaddressed' ? 'Ingen e-postadress' : row.last_error,
      recordedAt: row.created_at.toISOString(),
      sentAt: row.sent_at?.toISOString() ?? null,
    }));
  }
}
